"""Direct quotations: where they open and close, over odd quote marks and paragraphs.

News copy opens a quote with “ or ", may split one by "he said", may run a quote over several
paragraphs (each paragraph reopens it and only the last one closes it), and sometimes forgets
to close it at all. We pair marks per paragraph and never give up on an odd count.

Example:
    >>> text = 'He said it was "desperate". “We will\\n“go on,” she said.'
    >>> [text[q.inner_start:q.inner_end] for q in find_quotes(text)]
    ['desperate', 'We will\\n“go on,']
"""

from __future__ import annotations

import re

import attrs

_OPEN_CURLY = "“„«"
_CLOSE_CURLY = "”»"
_MARK_RE = re.compile(f'[{_OPEN_CURLY}{_CLOSE_CURLY}"]')


@attrs.frozen(slots=True)
class QuoteSpan:
    """A quotation: the whole span with its marks and the quoted words inside.

    Example:
        >>> QuoteSpan(0, 7, 1, 6).inner_end
        6
    """

    start: int
    end: int
    inner_start: int
    inner_end: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    i = text.find("\n")
    while i >= 0:
        out.append((start, i))
        start = i + 1
        i = text.find("\n", start)
    out.append((start, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _opens_paragraph(text: str, start: int, end: int) -> bool:
    s = text[start:end].lstrip()
    return bool(s) and (s[0] in _OPEN_CURLY or s[0] == '"')


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every direct quotation in ``text``, in order.

    Example:
        >>> t = '"A," he said. "B'
        >>> [t[q.inner_start:q.inner_end] for q in find_quotes(t)]
        ['A,', 'B']
    """
    paras = _paragraphs(text)
    quotes: list[QuoteSpan] = []
    open_at: int | None = None  # position of the opening mark
    for pi, (ps, pe) in enumerate(paras):
        # only quote marks change the state: visit just those
        for m in _MARK_RE.finditer(text, ps, pe):
            i = m.start()
            ch = text[i]
            if open_at is None:
                if ch in _OPEN_CURLY or (ch == '"' and _can_open(text, i, ps)):
                    open_at = i
            elif (
                open_at < ps and i == _first_char(text, ps, pe) and (ch in _OPEN_CURLY or ch == '"')
            ):
                pass  # a continued paragraph reopens the quote
            elif ch in _CLOSE_CURLY or ch == '"':
                if i > open_at + 1:
                    quotes.append(QuoteSpan(open_at, i + 1, open_at + 1, i))
                open_at = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and _opens_paragraph(text, *nxt):
                continue  # the quote runs on into the next paragraph
            end = pe
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                quotes.append(QuoteSpan(open_at, end, open_at + 1, end))
            open_at = None
    return [_trim(text, q) for q in quotes if text[q.inner_start : q.inner_end].strip()]


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _can_open(text: str, i: int, para_start: int) -> bool:
    """A straight quote opens at a paragraph start or after a space, bracket, dash or colon."""
    if i == para_start:
        return True
    prev = text[i - 1]
    return prev.isspace() or prev in "([{—–-:;,/"


def _trim(text: str, q: QuoteSpan) -> QuoteSpan:
    s, e = q.inner_start, q.inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return QuoteSpan(q.start, q.end, s, e)


def quote_text(text: str, q: QuoteSpan) -> str:
    """The quoted words, with paragraph reopening marks and line breaks folded to spaces.

    Example:
        >>> t = '“We will\\n“go on.”'
        >>> quote_text(t, find_quotes(t)[0])
        'We will go on.'
    """
    inner = text[q.inner_start : q.inner_end]
    parts = [p.strip().lstrip(_OPEN_CURLY + '"').strip() for p in inner.split("\n")]
    return " ".join(p for p in parts if p)
