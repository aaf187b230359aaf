"""The spaCy components on a blank English pipeline."""

from __future__ import annotations

import pytest
import spacy
from conftest import SEEDS, with_docs
from spacy.tokens import DocBin

import factcheck
from factcheck.pipeline.component import SPANS_KEY


def test_load_blank_has_components(nlp) -> None:
    assert nlp.pipe_names == ["factcheck_sentences", "factcheck_claims"]
    assert factcheck.model_name(nlp) == "blank:en"


def test_claims_as_spans_with_attributes(nlp) -> None:
    doc = nlp('At least 14 people were killed and 90 were injured, police said. "It is grim."')
    spans = doc.spans[SPANS_KEY]
    assert [s.label_ for s in spans] == ["killed", "wounded", "quote"]
    killed = spans[0]._.claim
    assert (killed["value"], killed["qualifier"], killed["speaker"]) == (14, "at_least", "police")
    assert spans[1]._.claim["subject"] == "people"
    assert spans[2]._.claim["quote"] == "It is grim."


def test_sentences_split_like_news(nlp) -> None:
    doc = nlp("Gov. Greg Abbott spoke. U.S. officials said 5 died.\nHEADLINE WITHOUT STOP\nNext.")
    assert [s.text.strip() for s in doc.sents] == [
        "Gov. Greg Abbott spoke.",
        "U.S. officials said 5 died.",
        "HEADLINE WITHOUT STOP",
        "Next.",
    ]


def test_factories_registered_by_entry_points() -> None:
    # a fresh pipeline finds the factories through the spacy_factories entry points
    nlp = spacy.blank("en")
    nlp.add_pipe("factcheck_sentences")
    nlp.add_pipe("factcheck_claims")
    doc = nlp("Over 900 were injured.")
    assert doc._.factcheck[0]["kind"] == "wounded"


def test_doc_attributes_survive_serialisation(nlp) -> None:
    doc = nlp("Russia fired 75 missiles and 41 were shot down.")
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    [back] = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [dict(d) for d in back._.factcheck] == doc._.factcheck
    assert [s.label_ for s in back.spans[SPANS_KEY]] == ["missiles", "missiles"]


def test_pipe_batches_and_empty_text(nlp) -> None:
    docs = list(nlp.pipe(["", "Two died.", "   "]))
    assert [len(d._.factcheck) for d in docs] == [0, 1, 0]


def test_extract_keeps_order_and_errors(tmp_path, nlp) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Five people died.", encoding="utf-8")
    out = factcheck.extract([str(good), str(tmp_path / "missing.txt")], nlp=nlp)
    assert [ac.article.id for ac in out] == ["a", "missing"]
    assert out[0].claims[0].text == "Five people died"[: len(out[0].claims[0].text)]
    assert out[1].article.error and "missing.txt" in out[1].article.error
    assert out[1].claims == ()


def test_claim_text_is_the_article_slice(nlp) -> None:
    [ac] = factcheck.extract("Officials said 12 were hurt. “We are shocked,” she said.", nlp=nlp)
    for c in ac.claims:
        assert c.text == ac.article.text[c.start : c.end]
        assert c.id.startswith(ac.article.id + ":")


def test_long_article_split_past_max_length() -> None:
    nlp = factcheck.load("blank")
    nlp.max_length = 200
    para = "At least 3 people were killed in the blast. " * 3
    text = "\n".join([para] * 10)
    [ac] = factcheck.extract(text, nlp=nlp)
    assert len([c for c in ac.claims if c.kind == "killed"]) == 30
    for c in ac.claims:
        assert c.text == text[c.start : c.end]


def test_a_text_the_rules_fail_on_marks_its_article_only(monkeypatch) -> None:
    from factcheck import extractor
    from factcheck.pipeline import component

    real = extractor.extract_drafts

    def flaky(text, **kw):
        if "BOOM" in text:
            raise RuntimeError("rule crash")
        if "BANG" in text:
            raise ValueError("other crash")
        return real(text, **kw)

    monkeypatch.setattr(component, "extract_drafts", flaky)  # the component's (Docs)
    monkeypatch.setattr(extractor, "extract_drafts", flaky)  # the rules on the text
    texts = ["Two people died.", "BOOM 5 died.", "Three were hurt."]
    # the blank pipeline (rules alone) and one that goes through Docs fail alike
    for nlp in (factcheck.load("blank"), with_docs(factcheck.load("blank"))):
        out = factcheck.extract(texts, nlp=nlp)
        assert [len(ac.claims) for ac in out] == [1, 0, 1]
        assert out[1].article.error and "extraction failed" in out[1].article.error
        assert "rule crash" in out[1].article.error
        assert out[0].article.error is None and out[2].article.error is None
    # on the text alone, each failed article names its own failure
    out = factcheck.extract(
        ["BOOM 5 died.", "Two died.", "BANG 3 died."], nlp=factcheck.load("blank")
    )
    assert "RuntimeError: rule crash" in out[0].article.error
    assert "ValueError: other crash" in out[2].article.error
    assert out[1].article.error is None and len(out[1].claims) == 1


def test_the_blank_pipeline_skips_the_doc_with_the_same_claims(monkeypatch) -> None:
    from factcheck.api import rules_only
    from factcheck.io import read

    texts = [a.text for a in read([SEEDS])] + [
        'Police said 14 were killed. "It is grim," Ana Lima said.\n\nTwo more died later.',
        "Rescuers said at least 40 people remain missing; 12,000 were evacuated.",
    ]
    fast = factcheck.load("blank")
    slow = with_docs(factcheck.load("blank"))
    assert rules_only(fast) and not rules_only(slow)
    expected = [ac.claims for ac in factcheck.extract(texts, nlp=slow)]
    assert sum(map(len, expected)) > 20
    monkeypatch.setattr(fast, "pipe", None)  # the rules alone never call nlp.pipe
    assert [ac.claims for ac in factcheck.extract(texts, nlp=fast)] == expected


def test_the_blank_pipeline_in_two_processes_gives_the_same_claims(nlp) -> None:
    texts = [f"Police said {n} people were killed and {n + 3} injured." for n in range(1, 13)] + [
        "",
        "No figures here.",
        '"It was grim," Ana Lima said.',
    ]
    one = factcheck.extract(texts, nlp=nlp)
    two = factcheck.extract(texts, nlp=nlp, n_process=2)
    assert [ac.claims for ac in two] == [ac.claims for ac in one]
    assert sum(len(ac.claims) for ac in one) == 25


def test_only_the_factcheck_components_alone_skip_the_doc() -> None:
    from factcheck.api import rules_only

    claims_only = spacy.blank("en")
    claims_only.add_pipe("factcheck_claims")
    assert rules_only(claims_only)
    assert not rules_only(spacy.blank("en"))  # no claims component: nothing to extract
    ner = factcheck.load("blank")
    ner.add_pipe("entity_ruler")  # its PERSON entities would name speakers
    assert not rules_only(ner)


def test_sentence_component_hands_its_split_to_the_claims_and_leaves_nothing(nlp) -> None:
    from factcheck.pipeline.sentences import SHARED_KEY

    doc = nlp("Gov. Abbott said 19 children died. Two teachers died too.")
    assert SHARED_KEY not in doc.user_data  # the claims component took it out
    assert [d["value"] for d in doc._.factcheck] == [19, 2]
    # the claims component alone splits the text itself, with the same claims
    alone = spacy.blank("en")
    alone.add_pipe("factcheck_claims")
    assert alone(doc.text)._.factcheck == doc._.factcheck


def test_sentence_starts_fall_on_the_tokens_that_begin_sentences(nlp) -> None:
    doc = nlp("One died.  Two were hurt.\n\n“Three,” he said. (Four) left")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["One", "Two", "“", "("]


def test_memory_zones_after_the_warm_up_give_the_same_claims(monkeypatch) -> None:
    from factcheck import api

    texts = [
        f"Police said {n} people were killed and {n + 3} injured in town {n}." for n in range(9)
    ]
    warm = with_docs(factcheck.load("blank"))
    expected = [ac.claims for ac in factcheck.extract(texts, nlp=warm)]
    assert warm._factcheck_warm_chars == sum(len(t) for t in texts)  # all read outside zones
    monkeypatch.setattr(api, "WARM_CHARS", 100)
    monkeypatch.setattr(api, "ZONE_SIZE", 2)
    zoned = with_docs(factcheck.load("blank"))
    assert [ac.claims for ac in factcheck.extract(texts, nlp=zoned)] == expected
    # the first two texts warmed the pipeline, once in its life: a second call is all zones
    assert zoned._factcheck_warm_chars == len(texts[0]) + len(texts[1])
    assert [ac.claims for ac in factcheck.extract(texts, nlp=zoned)] == expected
    assert zoned._factcheck_warm_chars == len(texts[0]) + len(texts[1])


@pytest.mark.parametrize(
    "text",
    [
        "Two died.  \n\n\tThree were hurt. ",
        "Five\u00a0people died\r\nin Kyiv.\u2003 ",
        "  \n",
        "Ten died",
    ],
)
def test_extract_reads_the_text_it_made_the_doc_from_with_the_same_claims(nlp, text) -> None:
    from factcheck.pipeline.sentences import TEXT_KEY

    [ac] = factcheck.extract([text], nlp=with_docs(factcheck.load("blank")))
    doc = nlp(text)
    assert TEXT_KEY not in doc.user_data
    assert [c.to_dict()["value"] for c in ac.claims] == [d["value"] for d in doc._.factcheck]
    assert [(c.start, c.end) for c in ac.claims] == [
        (d["start"], d["end"]) for d in doc._.factcheck
    ]


def test_a_kept_text_that_does_not_fit_the_doc_is_not_used(nlp) -> None:
    from factcheck.pipeline.sentences import TEXT_KEY, doc_text

    doc = nlp.make_doc("Nine died.")
    doc.user_data[TEXT_KEY] = "Ninety people died."
    assert doc_text(doc) == "Nine died."
    assert TEXT_KEY not in doc.user_data
