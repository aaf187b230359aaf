"""Alignment: blocking keys, subject groups, scopes, speakers and quote similarity."""

from __future__ import annotations

import pytest

from factcheck.align import (
    block_key,
    contains_words,
    lexicon,
    merge_subject_keys,
    quote_norm,
    quote_similarity,
    role,
    same_speaker,
    scope_key,
    scope_keys,
    speaker_key,
    subject_key,
)
from factcheck.types import Claim


def count(kind="killed", subject=None, scope=None, value=5, **kw) -> Claim:
    return Claim(
        id="a:0",
        article="a",
        kind=kind,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        subject=subject,
        scope=scope,
        **kw,
    )


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("civilians", "people"),
        ("people", None),
        ("deaths", "fatalities"),
        ("bodies", "people"),
        ("other people", "people"),
        ("students", "children"),
        ("teachers", "adults"),
        ("troops", "soldiers"),
        ("police officers", "officers"),
    ],
)
def test_same_subject_group(s1, s2):
    assert block_key(count(subject=s1)) == block_key(count(subject=s2))


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("children", "people"),
        ("teachers", "students"),
        ("soldiers", "civilians"),
        ("patients", "people"),
        ("police officers", "people"),
    ],
)
def test_different_subject_group(s1, s2):
    assert block_key(count(subject=s1)) != block_key(count(subject=s2))


def test_unknown_subject_is_its_own_group():
    assert subject_key(count(subject="mass shootings")) == "s:mass shooting"


def test_missiles_launched_vs_intercepted():
    launched = count("missiles", "missiles", value=75)
    cruise = count("missiles", "cruise missiles", value=81)
    down = count("missiles", "shot down", value=41)
    assert role(launched) == "launched" and role(down) == "intercepted"
    assert block_key(launched) == block_key(cruise)
    assert block_key(launched) != block_key(down)
    assert block_key(count("drones", "drones")) == block_key(count("drones", "Shaheds"))


def test_scope():
    assert scope_key("in Kiev") == scope_key("in Kyiv") == scope_key("across Kyiv") == "kyiv"
    assert scope_key("in Lee County") == scope_key("Lee") == "lee"
    assert scope_keys("Hardee and Manatee counties") == ("hardee", "manatee")
    assert scope_key(None) is None and scope_key("nationwide") is None
    assert block_key(count(scope="in Kyiv")) != block_key(count(scope=None))
    assert block_key(count(scope="in Lee County")) != block_key(count(scope="in Florida"))


def test_speaker_is_not_part_of_count_key():
    assert block_key(count(speaker="Kyiv police")) == block_key(count(speaker=None))


def test_money_blocks_by_currency():
    usd = count("money", "military aid", currency="USD")
    eur = count("money", "military aid", currency="EUR")
    assert block_key(usd) != block_key(eur)


def test_other_count_merges_only_near_identical_subjects():
    keys = [
        block_key(count("other_count", s))
        for s in ("regions", "region", "cities", "Regions ", "counties", "county")
    ]
    canon = merge_subject_keys(keys)
    assert canon[keys[0]] == canon[keys[1]] == canon[keys[3]]
    assert canon[keys[0]] != canon[keys[2]]
    assert canon[keys[4]] == canon[keys[5]] != canon[keys[0]]


def test_synonyms_extend_groups():
    lex = lexicon({"people": ["pilgrims"], "rescuers": ["firefighters", "rescue workers"]})
    assert subject_key(count(subject="pilgrims"), lex=lex) == "g:people"
    assert subject_key(count(subject="firefighters"), lex=lex) == "g:rescuers"
    assert subject_key(count(subject="pilgrims")) == "s:pilgrim"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelensky", "Zelenskyy"),
        ("Zelenskiy", "President Volodymyr Zelenskyy"),
        ("Biden", "Joe Biden"),
        ("President Joe Biden", "Joe Biden"),
        ("Sen. Chuck Schumer", "Chuck Schumer"),
        ("U.N. Secretary-General António Guterres", "Antonio Guterres"),
        ("Dr. Jane Doe", "jane doe"),
    ],
)
def test_same_speaker(a, b):
    assert same_speaker(speaker_key(a), speaker_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("Oleksii Kuleba", "Dmytro Kuleba"), ("Joe Biden", "Liz Truss"), (None, "Biden")],
)
def test_different_speaker(a, b):
    assert not same_speaker(speaker_key(a), speaker_key(b))


def test_quote_norm_and_similarity():
    assert quote_norm("\u201cIllegal War,\u201d") == quote_norm('"illegal  war"') == "illegal war"
    assert contains_words("illegal war", quote_norm("Mr. Putin\u2019s illegal war on Ukraine"))
    assert quote_similarity("advanced air systems", "advanced air defence systems") >= 85
    assert quote_similarity("a stable peace", "we want nothing but war") < 85
