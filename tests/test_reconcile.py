"""Reconciliation: one example per finding type, draft mode, config, and order properties."""

from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.config import Config
from factcheck.reconcile import reconcile
from factcheck.types import Article, ArticleClaims, Claim


def fig(kind, qualifier, value=None, *, low=None, high=None, **kw) -> dict:
    """Fields of a count claim, with value/low/high filled in per the extract contract."""
    if qualifier == "exact":
        low = high = value
    elif qualifier in ("at_least", "more_than"):
        low = value
    elif qualifier in ("at_most", "less_than"):
        high = value
    return dict(kind=kind, qualifier=qualifier, value=value, low=low, high=high, **kw)


def quote(words, speaker) -> dict:
    return dict(kind="quote", quote=words, speaker=speaker)


def art(aid, *specs, published=None, source=None, error=None) -> ArticleClaims:
    claims = tuple(
        Claim(id=f"{aid}:{i}", article=aid, start=10 * i, end=10 * i + 5, **spec)
        for i, spec in enumerate(specs)
    )
    return ArticleClaims(Article(id=aid, source=source, published=published, error=error), claims)


def types(findings) -> list[tuple[str, str, str]]:
    return [(f.rule, f.type, f.severity) for f in findings]


def flagged(findings):
    return [f for f in findings if f.type != "consistent"]


# --- counts ------------------------------------------------------------------------------------


def test_undated_disjoint_is_conflict():
    out = reconcile(
        [
            art("a", fig("wounded", "exact", 97), source="NewsNation"),
            art("b", fig("wounded", "exact", 90, subject="people"), source="AP"),
        ]
    )
    assert types(out) == [("FC101", "conflict", "error")]
    f = out[0]
    assert f.kind == "wounded"
    assert f.message == "wounded: 97 wounded (NewsNation, undated) vs 90 people (AP, undated)"
    assert sorted(c.id for c in f.claims) == ["a:0", "b:0"]


def test_same_day_disjoint_is_conflict_and_message_names_dates():
    out = reconcile(
        [
            art("a", fig("killed", "exact", 3, scope="in Sarasota County"), published="2022-10-03"),
            art("b", fig("killed", "exact", 4, scope="in Sarasota County"), published="2022-10-03"),
        ]
    )
    assert types(out) == [("FC101", "conflict", "error")]
    assert "(a, 2022-10-03)" in out[0].message and "in Sarasota County" in out[0].message


def test_civilians_and_people_at_least_14_are_consistent():
    out = reconcile(
        [
            art("a", fig("killed", "at_least", 14, subject="civilians")),
            art("b", fig("killed", "at_least", 14, subject="people")),
        ]
    )
    assert types(out) == [("FC100", "consistent", "info")]


def test_more_than_80_vs_dozens_is_consistent():
    out = reconcile(
        [
            art("a", fig("missiles", "more_than", 80, subject="missiles")),
            art("b", fig("missiles", "vague", low=24, subject="missiles")),
        ]
    )
    assert types(out) == [("FC100", "consistent", "info")]
    assert "dozens of missiles" in out[0].message and "more than 80 missiles" in out[0].message


def test_at_least_vs_exact_differs():
    out = reconcile(
        [
            art("a", fig("killed", "at_least", 14)),
            art("b", fig("killed", "exact", 19)),
        ]
    )
    assert types(out) == [("FC102", "differs", "warning")]


def test_launched_and_shot_down_not_compared():
    out = reconcile(
        [
            art("a", fig("missiles", "exact", 75, subject="missiles")),
            art("b", fig("missiles", "exact", 41, subject="shot down")),
        ]
    )
    assert out == ()


def test_city_and_national_tolls_not_compared():
    out = reconcile(
        [
            art("a", fig("killed", "exact", 5, scope="in Kyiv")),
            art("b", fig("killed", "exact", 11)),
        ]
    )
    assert out == ()


def test_children_and_people_not_compared():
    out = reconcile(
        [
            art("a", fig("killed", "exact", 19, subject="children")),
            art("b", fig("killed", "exact", 21, subject="people")),
        ]
    )
    assert out == ()


def test_claims_of_one_article_are_not_compared():
    out = reconcile([art("a", fig("killed", "exact", 5), fig("killed", "exact", 8))])
    assert out == ()


def test_articles_with_error_are_skipped():
    out = reconcile(
        [
            art("a", fig("killed", "exact", 5)),
            art("b", fig("killed", "exact", 8), error="cannot read"),
        ]
    )
    assert out == ()


def test_later_higher_is_update():
    out = reconcile(
        [
            art("a", fig("killed", "exact", 54, scope="in Lee County"), published="2022-10-03"),
            art("b", fig("killed", "exact", 42, scope="in Lee County"), published="2022-10-02"),
        ]
    )
    assert types(out) == [("FC103", "update", "info")]
    assert out[0].message.startswith("killed: 42 killed in Lee County (b, 2022-10-02) vs 54")


def test_later_lower_disjoint_is_conflict():
    out = reconcile(
        [
            art(
                "a", fig("killed", "exact", 24, scope="in Charlotte County"), published="2022-10-03"
            ),
            art(
                "b", fig("killed", "exact", 8, scope="in Charlotte County"), published="2022-10-28"
            ),
        ]
    )
    assert types(out) == [("FC101", "conflict", "error")]


def test_later_lower_overlapping_differs():
    out = reconcile(
        [
            art("a", fig("killed", "at_least", 52), published="2022-10-03"),
            art("b", fig("killed", "at_least", 50), published="2022-10-04"),
        ]
    )
    assert types(out) == [("FC102", "differs", "warning")]


def test_superseded_figure_is_update():
    # b reports 288 revised down to 275; a (undated) still says 288.
    out = reconcile(
        [
            art("a", fig("killed", "exact", 288)),
            art("b", fig("killed", "exact", 275), fig("killed", "exact", 288, superseded=True)),
        ]
    )
    kinds = {f.type for f in out}
    assert "update" in kinds and "conflict" not in kinds


def test_article_stating_both_figures_reports_a_change():
    # a says 14 then 19 (not marked superseded); b says only 19: a told of a change, so the
    # 14 against b's 19 is an update (info), never a conflict, and the 19s agree.
    out = reconcile(
        [
            art("a", fig("killed", "exact", 14), fig("killed", "exact", 19)),
            art("b", fig("killed", "exact", 19)),
        ]
    )
    assert sorted(types(out)) == [("FC100", "consistent", "info"), ("FC103", "update", "info")]


def test_superseded_figure_against_other_article_is_update():
    # romper: Abbott's 14, then 19; cbs: 19. The old 14 is reported, as an update.
    out = reconcile(
        [
            art("romper", fig("killed", "exact", 14, superseded=True), fig("killed", "exact", 19)),
            art("cbs", fig("killed", "exact", 19)),
        ]
    )
    assert sorted(types(out)) == [("FC100", "consistent", "info"), ("FC103", "update", "info")]
    update = next(f for f in out if f.type == "update")
    assert sorted(c.id for c in update.claims) == ["cbs:0", "romper:0"]


def test_update_representatives_show_the_date_order():
    out = reconcile(
        [
            art("ht", fig("killed", "exact", 288), published="2023-06-03"),
            art(
                "zee",
                fig("killed", "exact", 278),
                fig("killed", "exact", 288, superseded=True),
                published="2023-06-05",
            ),
            art("bt", fig("killed", "exact", 288), published="2023-06-06"),
        ]
    )
    update = [f for f in out if f.type == "update"]
    assert len(update) == 1
    # the two claims that show the order come first; other articles with either figure follow
    assert [c.id for c in update[0].claims][:2] == ["zee:0", "bt:0"]
    assert {c.article for c in update[0].claims} == {"zee", "bt", "ht"}


def test_two_articles_reporting_the_same_revision_agree():
    a = (fig("killed", "exact", 275), fig("killed", "exact", 288, superseded=True))
    out = reconcile([art("x", *a), art("y", *a)])
    assert {f.type for f in out} == {"consistent"}


def test_one_finding_per_pair_of_figures():
    arts = [art(f"s{i}", fig("killed", "exact", 19), published="2022-05-25") for i in range(6)]
    arts.append(art("x", fig("killed", "exact", 14), published="2022-05-25"))
    out = reconcile(arts)
    assert sorted(types(out)) == [("FC100", "consistent", "info"), ("FC101", "conflict", "error")]
    consistent = next(f for f in out if f.type == "consistent")
    assert len(consistent.claims) == 6
    conflict = next(f for f in out if f.type == "conflict")
    assert sorted(c.id for c in conflict.claims[:2]) == ["s0:0", "x:0"]
    # every article giving either figure is listed once, after the two named ones
    assert sorted(c.article for c in conflict.claims) == sorted(["x"] + [f"s{i}" for i in range(6)])


def test_possible_figure_never_conflicts():
    out = reconcile(
        [
            art("a", fig("killed", "possible", 40)),
            art("b", fig("killed", "exact", 288)),
        ]
    )
    assert types(out) == [("FC102", "differs", "warning")]


# --- quotes ------------------------------------------------------------------------------------

LONG = (
    "These attacks killed and injured civilians and destroyed targets with no military "
    "purpose. They once again demonstrate the utter brutality of Mr. Putin\u2019s illegal war "
    "on the Ukrainian people,"
)


def test_dropped_word_same_speaker_is_quote_mismatch():
    out = reconcile(
        [
            art("a", quote("advanced air defence systems", "Biden")),
            art("b", quote("\u201cadvanced air systems\u201d", "President Joe Biden")),
        ]
    )
    assert types(out) == [("FC201", "quote_mismatch", "error")]
    assert "advanced air defence systems" in out[0].message
    assert "advanced air systems" in out[0].message


def test_same_long_quote_two_speakers_is_attribution_conflict():
    out = reconcile([art("a", quote(LONG, "Joe Biden")), art("b", quote(LONG, "Antony Blinken"))])
    assert types(out) == [("FC202", "attribution_conflict", "error")]


def test_fragment_of_longer_quote_is_fine():
    out = reconcile(
        [
            art(
                "a",
                quote("demonstrate the utter brutality", "Joe Biden"),
                quote("illegal war", "Biden"),
            ),
            art("b", quote(LONG, "Joe Biden")),
        ]
    )
    assert flagged(out) == []
    assert {f.type for f in out} == {"consistent"}


def test_different_quotes_and_unattributed_give_nothing():
    out = reconcile(
        [
            art("a", quote("must not waver one iota", "Liz Truss"), quote(LONG, None)),
            art("b", quote("cannot be intimidated", "Volodymyr Zelensky"), quote(LONG, "Biden")),
        ]
    )
    assert flagged(out) == []


def test_transliterated_speaker_mismatch():
    out = reconcile(
        [
            art("a", quote("Ukraine cannot be intimidated by anyone", "Zelensky")),
            art("b", quote("Ukraine can not be intimidated by anyone", "Volodymyr Zelenskyy")),
        ]
    )
    assert types(out) == [("FC201", "quote_mismatch", "error")]


# --- draft mode --------------------------------------------------------------------------------


def test_draft_mode_only_findings_with_draft():
    arts = [
        art("s1", fig("wounded", "exact", 97)),
        art("s2", fig("wounded", "exact", 90)),
        art("d", fig("wounded", "exact", 97)),
    ]
    out = reconcile(arts, draft="d", today="2022-10-11")
    assert out and all(any(c.article == "d" for c in f.claims) for f in out)
    assert {f.type for f in out} == {"consistent", "conflict"}


def test_draft_unsupported_figure_and_quote():
    arts = [
        art("s1", fig("killed", "exact", 14), quote(LONG, "Joe Biden")),
        art(
            "d",
            fig("killed", "exact", 14),
            fig("missiles", "exact", 84),
            quote("illegal war", "Biden"),
            quote("we will rebuild every home", "Zelensky"),
        ),
    ]
    out = reconcile(arts, draft="d", today="2022-10-11")
    unsupported = [f for f in out if f.type == "unsupported"]
    assert sorted(f.claims[0].id for f in unsupported) == ["d:1", "d:3"]
    assert all(f.rule == "FC301" and f.severity == "warning" for f in unsupported)


def test_draft_outdated_figure():
    arts = [
        art("old", fig("killed", "exact", 42, scope="in Lee County"), published="2022-10-02"),
        art("new", fig("killed", "exact", 54, scope="in Lee County"), published="2022-10-03"),
        art("d", fig("killed", "exact", 42, scope="in Lee County")),
    ]
    out = reconcile(arts, draft="d", today="2022-10-04")
    assert ("FC302", "outdated", "error") in types(out)
    outdated = next(f for f in out if f.type == "outdated")
    assert [c.id for c in outdated.claims] == ["d:0", "new:0"]
    assert "conflict" not in {f.type for f in out}  # the outdated finding says it once
    assert "unsupported" not in {f.type for f in out}


def test_draft_with_newest_figure_is_update_not_outdated():
    arts = [
        art("old", fig("killed", "exact", 42), published="2022-10-02"),
        art("new", fig("killed", "exact", 54), published="2022-10-03"),
        art("d", fig("killed", "exact", 54)),
    ]
    out = reconcile(arts, draft="d", today="2022-10-04")
    assert sorted(f.type for f in out) == ["consistent", "update"]


def test_unknown_draft_raises():
    import pytest

    with pytest.raises(ValueError, match="nope"):
        reconcile([art("a")], draft="nope")


# --- config ------------------------------------------------------------------------------------


def test_config_ignore_and_severity():
    arts = [art("a", fig("killed", "at_least", 14)), art("b", fig("killed", "exact", 19))]
    assert reconcile(arts, config=Config(ignore=["FC102"])) == ()
    out = reconcile(arts, config=Config(severity={"differs": "error"}))
    assert types(out) == [("FC102", "differs", "error")]


def test_config_tolerance_and_synonyms():
    arts = [art("a", fig("killed", "about", 100)), art("b", fig("killed", "exact", 115))]
    assert types(reconcile(arts)) == [("FC101", "conflict", "error")]
    assert types(reconcile(arts, config=Config(tolerance=0.2))) == [("FC102", "differs", "warning")]
    arts = [
        art("a", fig("killed", "exact", 5, subject="pilgrims")),
        art("b", fig("killed", "exact", 7, subject="people")),
    ]
    assert reconcile(arts) == ()
    cfg = Config(synonyms={"people": ("pilgrims",)})
    assert types(reconcile(arts, config=cfg)) == [("FC101", "conflict", "error")]


def test_findings_sorted_errors_first():
    arts = [
        art("a", fig("killed", "at_least", 14), fig("wounded", "exact", 97)),
        art("b", fig("killed", "exact", 19), fig("wounded", "exact", 90)),
    ]
    assert [f.severity for f in reconcile(arts)] == ["error", "warning"]


# --- properties --------------------------------------------------------------------------------

KINDS = ["killed", "wounded", "missiles"]
SUBJECTS = [None, "people", "civilians", "children", "shot down"]
SCOPES = [None, "in Kyiv", "in Kiev", "in Lviv"]
SPEAKERS = [None, "Joe Biden", "Biden", "Liz Truss", "Zelenskyy"]
WORDS = ["advanced air defence systems", "advanced air systems", LONG, "illegal war"]
DATES = [None, "2022-10-10", "2022-10-11", "2022-10-12"]


@st.composite
def claim_spec(draw) -> dict:
    if draw(st.integers(0, 4)) == 0:
        return quote(draw(st.sampled_from(WORDS)), draw(st.sampled_from(SPEAKERS)))
    q = draw(st.sampled_from(["exact", "at_least", "about", "vague", "possible", "range"]))
    n = draw(st.integers(1, 30))
    extra = dict(
        subject=draw(st.sampled_from(SUBJECTS)),
        scope=draw(st.sampled_from(SCOPES)),
        superseded=draw(st.booleans()) and draw(st.booleans()),
    )
    kind = draw(st.sampled_from(KINDS))
    if q == "range":
        return fig(kind, q, low=n, high=n + draw(st.integers(0, 5)), **extra)
    if q == "vague":
        return fig(kind, q, low=24, **extra)
    return fig(kind, q, n, **extra)


@st.composite
def corpora(draw) -> list[ArticleClaims]:
    n = draw(st.integers(2, 5))
    return [
        art(
            f"a{i}",
            *draw(st.lists(claim_spec(), min_size=1, max_size=5)),
            published=draw(st.sampled_from(DATES)),
        )
        for i in range(n)
    ]


def identity(findings) -> set:
    return {(f.rule, f.type, f.severity, tuple(sorted(c.id for c in f.claims))) for f in findings}


def shuffled(arts: list[ArticleClaims], seed: int) -> list[ArticleClaims]:
    rng = random.Random(seed)
    out = []
    for ac in rng.sample(arts, len(arts)):
        claims = list(ac.claims)
        rng.shuffle(claims)
        out.append(attrs.evolve(ac, claims=tuple(claims)))
    return out


@settings(max_examples=150, deadline=None)
@given(corpora(), st.integers(0, 10_000))
def test_order_of_articles_and_claims_does_not_matter(arts, seed):
    base = reconcile(arts, today="2022-10-12")
    again = reconcile(shuffled(arts, seed), today="2022-10-12")
    assert identity(base) == identity(again)
    assert [f.key for f in base] == [f.key for f in again]  # same sorted order too


@settings(max_examples=100, deadline=None)
@given(corpora(), st.integers(0, 10_000))
def test_draft_mode_order_independent(arts, seed):
    base = reconcile(arts, draft="a0", today="2022-10-12")
    again = reconcile(shuffled(arts, seed), draft="a0", today="2022-10-12")
    assert identity(base) == identity(again)
    assert all(any(c.article == "a0" for c in f.claims) for f in base)


@settings(max_examples=100, deadline=None)
@given(st.lists(claim_spec(), min_size=1, max_size=6), st.sampled_from(DATES))
def test_identical_articles_give_only_consistent(specs, date):
    arts = [art("a", *specs, published=date), art("b", *specs, published=date)]
    out = reconcile(arts)
    assert {f.type for f in out} <= {"consistent"}
    if any(s["kind"] != "quote" for s in specs):
        assert any({c.article for c in f.claims} == {"a", "b"} for f in out)


@settings(max_examples=100, deadline=None)
@given(claim_spec())
def test_claim_never_conflicts_with_its_copy(spec):
    spec = {k: v for k, v in spec.items() if k != "superseded"}
    out = reconcile([art("a", spec), art("b", spec)])
    assert {f.type for f in out} <= {"consistent"}


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 100), st.integers(1, 100), st.integers(0, 50), st.integers(0, 50))
def test_widening_never_turns_consistent_into_conflict(a, b, down, up):
    base = [art("x", fig("killed", "at_least", a)), art("y", fig("killed", "exact", b))]
    wide = [
        art("x", fig("killed", "range", low=max(0, a - down), high=a + 1000 + up)),
        art("y", fig("killed", "exact", b)),
    ]
    before = {f.type for f in reconcile(base)}
    after = {f.type for f in reconcile(wide)}
    if before == {"consistent"}:
        assert "conflict" not in after


def test_money_without_a_purpose_is_not_compared():
    out = reconcile(
        [
            art("a", fig("money", "exact", 1_000_000, currency="INR")),
            art("b", fig("money", "about", 156_000_000, currency="INR")),
        ]
    )
    assert out == ()


def test_draft_figure_a_source_contradicts_is_said_once():
    arts = [
        art("s1", fig("wounded", "exact", 19), published="2022-10-10"),
        art("d", fig("wounded", "exact", 15), fig("killed", "exact", 30)),
        art("s2", fig("killed", "exact", 24), published="2022-10-10"),
    ]
    out = reconcile(arts, draft="d", today="2022-10-11")
    # the conflict tells the editor about 15; 30 is newer than any source, so still unsupported
    assert {(f.type, f.kind) for f in out} == {
        ("conflict", "wounded"),
        ("update", "killed"),
        ("unsupported", "killed"),
    }
    # with conflicts ignored, the unsupported warning is what is left to say
    cfg = Config(ignore=frozenset({"FC101"}))
    out = reconcile(arts, draft="d", today="2022-10-11", config=cfg)
    assert ("unsupported", "wounded") in {(f.type, f.kind) for f in out}


def _rose_findings(first: tuple, second: tuple) -> list[tuple[str, str]]:
    import factcheck

    arts = [
        factcheck.Article(id=f"a{i}", text=t, published=d)
        for i, (t, d) in enumerate((first, second))
    ]
    return [(f.rule, f.type) for f in factcheck.check(arts, nlp=factcheck.load("blank")).findings]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # no dates: the toll that "rose to" the higher figure is the newer one
        (("The death toll rose to 2,122.", None), ("At least 2,000 were killed.", None), "FC103"),
        (("The toll has climbed to 52.", None), ("The toll was 40.", None), "FC103"),
        # a lower figure that "rose to" says nothing about a higher one
        (("The death toll rose to 40.", None), ("The toll was 52.", None), "FC101"),
        # dates decide first: the lower figure is the later one
        (
            ("The death toll rose to 97.", "2022-10-11"),
            ("90 people were killed.", "2022-10-12"),
            "FC101",
        ),
    ],
)
def test_a_toll_that_rose_to_a_higher_figure_is_an_update(first, second, expected) -> None:
    assert [r for r, _ in _rose_findings(first, second)] == [expected]
    assert [r for r, _ in _rose_findings(second, first)] == [expected]  # order never matters


def test_the_wounded_in_critical_condition_are_not_compared_with_all_the_wounded() -> None:
    import factcheck

    arts = [
        factcheck.Article(id="a", text="More than 500 were injured, twelve in critical condition."),
        factcheck.Article(id="b", text="527 people were injured."),
    ]
    found = factcheck.check(arts, nlp=factcheck.load("blank")).findings
    assert all(12 not in [c.value for c in f.claims] for f in found)
    assert [f.rule for f in found] == ["FC102"]  # "more than 500" against 527
