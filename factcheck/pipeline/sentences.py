"""The ``factcheck_sentences`` component: news-aware sentence boundaries without a model.

Example:
    >>> import spacy, factcheck.pipeline.sentences
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("factcheck_sentences")
    >>> [s.text for s in nlp("Gov. Abbott spoke. Two died.").sents]
    ['Gov. Abbott spoke.', 'Two died.']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.segment import split_sentences


class NewsSentencizer:
    """Sets ``token.is_sent_start`` from :func:`factcheck.segment.split_sentences`."""

    def __init__(self, name: str = "factcheck_sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = {s for s, _ in split_sentences(doc.text)}
        for i, tok in enumerate(doc):
            if i == 0:
                tok.is_sent_start = True
            else:
                tok.is_sent_start = tok.idx in starts and not tok.is_space
        return doc


@Language.factory("factcheck_sentences")
def make_sentencizer(nlp: Language, name: str) -> NewsSentencizer:
    """Factory for :class:`NewsSentencizer`."""
    return NewsSentencizer(name)
