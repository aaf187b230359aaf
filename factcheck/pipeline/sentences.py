"""The ``factcheck_sentences`` component: news-aware sentence boundaries without a model.

Example:
    >>> import spacy, factcheck.pipeline.sentences
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("factcheck_sentences")
    >>> [s.text for s in nlp("Gov. Abbott spoke. Two died.").sents]
    ['Gov. Abbott spoke.', 'Two died.']
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from factcheck.segment import split_sentences

#: ``doc.user_data`` key under which the component leaves ``(text, sentence spans)`` for
#: ``factcheck_claims``: ``Doc.text`` joins every token in Python (as slow as the rules), and
#: the claims need the same split. The claims component takes it out again.
SHARED_KEY = "factcheck.sentences"

#: ``doc.user_data`` key under which :func:`factcheck.extract` leaves the text it made the Doc
#: from (the component takes it out, and checks that its length is the Doc's).
TEXT_KEY = "factcheck.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, or the text the Doc was made from when :data:`TEXT_KEY` holds it.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Two died. ")
        >>> doc.user_data[TEXT_KEY] = "Two died. "
        >>> doc_text(doc), TEXT_KEY in doc.user_data
        ('Two died. ', False)
    """
    text = doc.user_data.pop(TEXT_KEY, None)
    if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return text
    return doc.text


class NewsSentencizer:
    """Sets ``token.is_sent_start`` from :func:`factcheck.segment.split_sentences`."""

    def __init__(self, name: str = "factcheck_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        # one array read for the offsets and the parse: has_annotation("DEP") is whether some
        # token has a dependency label, and reading the array is cheaper than asking
        arr = doc.to_array([IDX, DEP])
        if arr[:, 1].any():
            doc[0].is_sent_start = True  # raises spaCy's E043, as setting each token would
        text = doc_text(doc)
        spans = split_sentences(text)
        starts = numpy.fromiter((s for s, _ in spans), dtype=numpy.int64, count=len(spans))
        # one array write instead of a Token per word: each ``is_sent_start`` assignment
        # re-scans the Doc for a parse (has_annotation), which made this quadratic
        idx = arr[:, 0].astype(numpy.int64)
        # the token that begins at a sentence's first character starts it (offsets increase;
        # a start inside a token marks nothing)
        at = numpy.searchsorted(idx, starts)
        at = at[at < len(idx)]
        at = at[idx[at] == starts[: len(at)]]
        first = numpy.zeros(len(idx), dtype=bool)
        first[at] = True
        # a space token starts nothing: looked up for these few tokens only (reading
        # IS_SPACE for every token costs more)
        for i in at.tolist():
            if doc[i].is_space:
                first[i] = False
        first[0] = True
        # sent_start is 1 (starts a sentence) or -1 (does not); from_array takes uint64
        doc.from_array([SENT_START], numpy.where(first, 1, -1).astype(numpy.uint64))
        doc.user_data[SHARED_KEY] = (text, spans)
        return doc


@Language.factory("factcheck_sentences")
def make_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Factory for :class:`NewsSentencizer`."""
    return NewsSentencizer(name)
