"""The ``factcheck_claims`` component: count and quote claims as spans of the Doc.

Claims go to ``doc.spans["factcheck"]`` (label = claim kind) and, as plain msgpack-safe dicts,
to ``doc._.factcheck`` in the same order; ``span._.claim`` gives a span's dict. When the
pipeline has an entity recognizer, its PERSON entities help resolve speakers.

Example:
    >>> import factcheck
    >>> nlp = factcheck.load("blank")
    >>> doc = nlp("At least 14 people were killed and 90 were injured.")
    >>> [(s.label_, s._.claim["value"]) for s in doc.spans["factcheck"]]
    [('killed', 14), ('wounded', 90)]
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.extractor import draft_fields, extract_drafts
from factcheck.pipeline.sentences import SHARED_KEY, doc_text

SPANS_KEY = "factcheck"


def _span_claim(span: Span) -> dict[str, Any] | None:
    for d in span.doc._.factcheck or ():
        if d["start"] == span.start_char and d["kind"] == span.label_:
            return d
    return None


if not Doc.has_extension("factcheck"):
    Doc.set_extension("factcheck", default=None)
if not Span.has_extension("claim"):
    Span.set_extension("claim", getter=_span_claim)


class ClaimExtractor:
    """Finds claims with :func:`factcheck.extractor.extract_drafts` and stores them."""

    def __init__(self, name: str = "factcheck_claims", *, spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        shared = doc.user_data.pop(SHARED_KEY, None)
        if shared is not None:  # left by factcheck_sentences: the text and its sentences
            drafts = extract_drafts(shared[0], persons=persons, sentences=shared[1])
        else:
            drafts = extract_drafts(doc_text(doc), persons=persons)
        spans, dicts = [], []
        for d in drafts:
            span = doc.char_span(d.start, d.end, label=d.kind, alignment_mode="expand")
            if span is None:  # pragma: no cover - expand always finds tokens for text
                continue
            # the claim keeps its exact characters; the span covers whole tokens
            spans.append(span)
            dicts.append(draft_fields(d))
        doc.spans[self.spans_key] = spans
        doc._.factcheck = dicts
        return doc


@Language.factory("factcheck_claims", default_config={"spans_key": SPANS_KEY})
def make_claims(nlp: Language, name: str, spans_key: str) -> ClaimExtractor:
    """Factory for :class:`ClaimExtractor`."""
    return ClaimExtractor(name, spans_key=spans_key)
