"""displaCy span rendering of an article's claims.

:func:`render` shows each claim of an article as a span labelled with its kind, with
``spacy.displacy.render(..., style="span")``. displaCy escapes the token text but not the span
labels nor the title, so those are escaped here. displaCy also writes a space after every token
("Kyiv , the country ’s capital"); to keep the article readable the text is handed over in
manual mode as whitespace-separated words, each claim covering the words it touches.

Example:
    >>> html = render("At least 14 people were killed.", jupyter=False)
    >>> "killed" in html and "<script" not in html
    True
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from markupsafe import escape

from factcheck.types import Article, ArticleClaims, Claim

#: ``doc.spans`` key the rendered claims are put under.
SPANS_KEY = "factcheck"
#: Span colours by claim kind (displaCy ``colors`` option).
COLORS = {
    "killed": "#f4a6a6",
    "wounded": "#f7c59f",
    "missing": "#d7bde2",
    "displaced": "#aed6f1",
    "arrested": "#c8c8c8",
    "missiles": "#f9e79f",
    "drones": "#f5e0a3",
    "money": "#a9dfbf",
    "other_count": "#d5dbdb",
    "quote": "#b3e5fc",
}


def _doc_from_claims(nlp: Any, text: str, claims: tuple[Claim, ...]) -> Any:
    from spacy.tokens import Span

    doc = nlp.make_doc(text)
    spans = []
    for c in claims:
        span = doc.char_span(c.start, c.end, label=str(escape(c.kind)), alignment_mode="expand")
        if span is not None:
            spans.append(Span(doc, span.start, span.end, label=span.label_))
    doc.spans[SPANS_KEY] = spans
    return doc


def to_doc(item: Article | ArticleClaims | str, *, nlp: Any = None) -> Any:
    """A spaCy Doc of the article with its claims in ``doc.spans["factcheck"]``.

    An :class:`ArticleClaims` keeps exactly its claims (the text is only tokenized); an
    :class:`Article` or a text runs through the pipeline.

    Args:
        item: The article, the article with its claims, or an article text.
        nlp: A pipeline from :func:`factcheck.load` (default ``load("blank")``).

    Example:
        >>> doc = to_doc("Five people died.")
        >>> [(s.text, s.label_) for s in doc.spans["factcheck"]]
        [('Five people died', 'killed')]
    """
    nlp = nlp if nlp is not None else _blank()
    if isinstance(item, ArticleClaims):
        return _doc_from_claims(nlp, item.article.text, item.claims)
    if isinstance(item, str):
        item = Article(id="text", text=item)
    if not isinstance(item, Article):
        raise TypeError(f"expected an Article, ArticleClaims or str, got {type(item).__name__}")
    from factcheck.api import extract

    [ac] = extract([item], nlp=nlp)
    return _doc_from_claims(nlp, ac.article.text, ac.claims)


_BLANK: list[Any] = []


def _blank() -> Any:
    """The model-free pipeline, loaded once."""
    if not _BLANK:
        from factcheck.api import load

        _BLANK.append(load("blank"))
    return _BLANK[0]


_WORD = re.compile(r"\S+")


def _manual(doc: Any, title: str | None) -> dict[str, Any]:
    """displaCy's manual span data for a Doc, with words (not tokens) as the units."""
    words = list(_WORD.finditer(doc.text))
    starts = [m.start() for m in words]
    spans = []
    for span in doc.spans.get(SPANS_KEY, []):
        first = bisect.bisect_right(starts, span.start_char) - 1
        last = bisect.bisect_left(starts, span.end_char)
        if first < 0 or last <= first:
            continue
        spans.append(
            {
                "start_token": first,
                "end_token": last,
                "label": str(escape(span.label_)),
                "kb_id": "",
                "kb_url": "#",
            }
        )
    return {
        "text": doc.text,
        "tokens": [m.group() for m in words],
        "spans": spans,
        "title": str(escape(title)) if title else None,
    }


def _title(item: Article | ArticleClaims | str) -> str | None:
    art = item.article if isinstance(item, ArticleClaims) else item
    if not isinstance(art, Article):
        return None
    return " · ".join(x for x in (art.source or art.id, art.published) if x)


def render(
    item: Article | ArticleClaims | str,
    *,
    nlp: Any = None,
    jupyter: bool | None = None,
    options: dict[str, Any] | None = None,
) -> str | None:
    """Show an article's claims with displaCy's span style.

    The article's source and date (or id) make the title; each claim is a span labelled with
    its kind. Everything from the article is escaped.

    Args:
        item: An :class:`ArticleClaims` (its claims as extracted), an :class:`Article` or a
            text (extracted now).
        nlp: A pipeline from :func:`factcheck.load` (default ``load("blank")``).
        jupyter: Display in a notebook and return None (True), return the HTML (False), or
            decide by whether we run in Jupyter (None, displaCy's default).
        options: Extra displaCy options (merged over ``spans_key`` and the kind colours).

    Returns:
        The HTML markup, unless it was displayed in Jupyter.

    Example:
        >>> html = render("<script>x</script> Two died.", jupyter=False)
        >>> "<script" in html, "&lt;script&gt;x&lt;/script&gt;" in html
        (False, True)
    """
    from spacy import displacy

    doc = to_doc(item, nlp=nlp)
    opts: dict[str, Any] = {"spans_key": SPANS_KEY, "colors": dict(COLORS)}
    opts.update(options or {})
    return displacy.render(
        _manual(doc, _title(item)), style="span", options=opts, jupyter=jupyter, manual=True
    )
