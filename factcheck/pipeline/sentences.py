"""The ``factcheck_sentences`` component: news-aware sentence boundaries without a model.

Example:
    >>> import spacy, factcheck.pipeline.sentences
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("factcheck_sentences")
    >>> [s.text for s in nlp("Gov. Abbott spoke. Two died.").sents]
    ['Gov. Abbott spoke.', 'Two died.']
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from factcheck.segment import split_sentences


class NewsSentencizer:
    """Sets ``token.is_sent_start`` from :func:`factcheck.segment.split_sentences`."""

    def __init__(self, name: str = "factcheck_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        if doc.has_annotation("DEP"):
            doc[0].is_sent_start = True  # raises spaCy's E043, as setting each token would
        starts = numpy.fromiter((s for s, _ in split_sentences(doc.text)), dtype=numpy.int64)
        # one array write instead of a Token per word: each ``is_sent_start`` assignment
        # re-scans the Doc for a parse (has_annotation), which made this quadratic
        arr = doc.to_array([IDX, IS_SPACE]).astype(numpy.int64)
        first = numpy.isin(arr[:, 0], starts) & (arr[:, 1] == 0)
        first[0] = True
        # sent_start is 1 (starts a sentence) or -1 (does not); from_array takes uint64
        doc.from_array([SENT_START], numpy.where(first, 1, -1).astype(numpy.uint64))
        return doc


@Language.factory("factcheck_sentences")
def make_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Factory for :class:`NewsSentencizer`."""
    return NewsSentencizer(name)
