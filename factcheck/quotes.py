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
from bisect import bisect_left

import attrs

from factcheck.segment import soft_break

_OPEN_CURLY = "“„«"
_CLOSE_CURLY = "”»"
#: Double marks, and pairs typed for them in some wire copy: two backticks open (when two
#: single marks close them later in the paragraph, so ``code`` is no quote), two single
#: closing marks close ("``We left,'' said X"); an opening pair ‘‘ is as rare as it is
#: ambiguous with nested quotes.
_PAIRS = {"`": "“", "’": "”", "'": "”"}
#: A quote mark: ``[“„«”»"]|’’|''|(?<!`)``(?!`)(?=[^\\n]*'')``, written to start with the
#: character class of every mark's first character (each branch then checks that character
#: with a look-behind), so that the regex engine skips to the next mark in a fast scan.
_MARK_RE = re.compile(
    f"[{_OPEN_CURLY}{_CLOSE_CURLY}\"’'`]"
    f"(?:(?<=[{_OPEN_CURLY}{_CLOSE_CURLY}\"])|(?<=’)’|(?<=')'|(?<=`)(?<!``)`(?!`)(?=[^\\n]*''))"
)


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
    n = len(text)
    i = text.find("\n")
    while i >= 0:
        # a hard-wrapped line goes on in the same paragraph (soft_break's first test inline:
        # a line break before anything but a lowercase letter is no soft one)
        if not (i + 1 < n and text[i + 1].islower() and soft_break(text, i)):
            out.append((start, i))
            start = i + 1
        i = text.find("\n", i + 1)
    out.append((start, n))
    # (a paragraph that starts with a non-space character is not blank: no copy to strip)
    return [(s, e) for s, e in out if s < e and (not text[s].isspace() or text[s:e].strip())]


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
    inner = 0  # where the quoted words begin (after a mark of one or two characters)
    # only quote marks change the state: visit just those. One scan of the whole text finds
    # what a scan of each paragraph would: no mark spans or looks past a line break, and
    # between paragraphs there are only line breaks and blank lines
    marks = [m.span() for m in _MARK_RE.finditer(text)]
    mk, n_marks = 0, len(marks)
    for pi, (ps, pe) in enumerate(paras):
        if open_at is None and (mk == n_marks or marks[mk][0] >= pe):
            continue  # no mark and no open quote: the paragraph changes nothing
        while mk < n_marks and marks[mk][0] < ps:
            mk += 1
        while mk < n_marks and marks[mk][0] < pe:
            i, m_end = marks[mk]
            mk += 1
            ch = text[i] if m_end - i == 1 else _PAIRS[text[i]]  # ``...'' (wire copy)
            if open_at is None:
                if ch in _OPEN_CURLY or (
                    _can_open(text, i, ps)
                    and (ch == '"' or (ch == "”" and m_end < pe and text[m_end].isalnum()))
                ):  # (a right mark where an opening one belongs opens too: ”We are ...”)
                    open_at, inner = i, m_end
            elif (
                open_at < ps and i == _first_char(text, ps, pe) and (ch in _OPEN_CURLY or ch == '"')
            ):
                pass  # a continued paragraph reopens the quote
            elif ch in _CLOSE_CURLY or ch == '"':
                if i > inner:
                    quotes.append(QuoteSpan(open_at, m_end, inner, i))
                open_at = None
        if open_at is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            speech = open_at < ps or _introduced(text, open_at, ps)
            if speech and nxt is not None and _opens_paragraph(text, *nxt):
                continue  # the quote runs on into the next paragraph
            end = pe
            if not speech:
                # 'fired "dozens of rounds. Police arrived ...': a mark opened inside a
                # sentence and never closed ends with its sentence
                stop = _SENTENCE_END_RE.search(text, inner, pe)
                end = stop.end() if stop else pe
            while end > inner and text[end - 1].isspace():
                end -= 1
            if end > inner:
                quotes.append(QuoteSpan(open_at, end, inner, end))
            open_at = None
    quotes = [
        _trim(text, q)
        for q in quotes
        if text[q.inner_start : q.inner_end].strip() and not _is_name(text, q)
    ]
    if "‘" in text or "'" in text:
        quotes = sorted(quotes + _single_quotes(text, paras, quotes), key=lambda q: q.start)
    return quotes


#: Words before a name in quotes: Hurricane "Michael", Operation "Sindoor".
_NAMED_BY = frozenset("hurricane typhoon cyclone storm operation codenamed".split())
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w.'’-]*)\s*$")
_WORD_AFTER_RE = re.compile(r"\s*([^\W\d_])")


def _is_name(text: str, q: QuoteSpan) -> bool:
    """Is the quote a name, not words someone said: a nickname between a first and a last
    name (Joaquin "El Chapo" Guzman) or a storm's or an operation's (Hurricane "Michael")?

    Example:
        >>> t = 'Joaquin "El Chapo" Guzman and Hurricane "Ida". "Go," he said.'
        >>> [t[q.inner_start : q.inner_end] for q in find_quotes(t)]
        ['Go,']
    """
    words = text[q.inner_start : q.inner_end].split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, q.start - 40), q.start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    if before.group(1).lower() in _NAMED_BY:
        return True
    after = _WORD_AFTER_RE.match(text, q.end)
    return after is not None and after.group(1).isupper()


_SINGLE_RE = re.compile("[‘’']")
_OPEN_SINGLE = "‘'"
_CLOSE_SINGLE = "’'"
_DECADE_RE = re.compile(r"[0-9]{2}s\b")


def _single_quotes(
    text: str, paras: list[tuple[int, int]], double: list[QuoteSpan]
) -> list[QuoteSpan]:
    """Quotations in single marks (‘...’ or '...'), as British and some wire styles write them.

    The closing mark is also the apostrophe, so a pair must stay in one paragraph, open at a
    word start ("‘90s" and "rock ‘n’ roll" do not), close after a word or a full stop and
    before a space, a stop or the end ("Ukraine’s" does not), and sit outside every quotation
    in double marks (a quote inside a quote is part of the outer one). "the victims’ families"
    closes nothing while a later mark in the paragraph can close the quote. A pair followed by
    a colon is a headline's label ("‘Profound grief’: ..."), not a quotation.

    Example:
        >>> t = "‘The victims’ families are here,’ she said. He called it 'a disaster'."
        >>> [t[q.inner_start:q.inner_end] for q in find_quotes(t)]
        ['The victims’ families are here,', 'a disaster']
    """
    out: list[QuoteSpan] = []
    # the marks of each paragraph cut from one scan of the whole text
    every = [m.start() for m in _SINGLE_RE.finditer(text)]
    for ps, pe in paras:
        lo = bisect_left(every, ps)
        hi = bisect_left(every, pe, lo)
        if lo == hi:
            continue
        marks = every[lo:hi]
        # for each mark, the next mark that can close a quote, and the next that is not
        # a plural possessive: one pass from the end instead of a search per opening mark
        n = len(marks)
        next_any: list[int | None] = [None] * (n + 1)
        next_plain: list[int | None] = [None] * (n + 1)
        for x in range(n - 1, -1, -1):
            next_any[x], next_plain[x] = next_any[x + 1], next_plain[x + 1]
            j = marks[x]
            if text[j] in _CLOSE_SINGLE and _single_closes(text, j, pe):
                next_any[x] = x
                if not _possessive(text, j):
                    next_plain[x] = x
        k = 0
        while k < n:
            i = marks[k]
            k += 1
            if text[i] not in _OPEN_SINGLE or not _single_opens(text, i, ps, pe):
                continue
            c = next_plain[k] if next_plain[k] is not None else next_any[k]
            if c is None or marks[c] - i < 3:
                continue
            j = marks[c]
            k = c + 1
            if text[j + 1 : j + 2] == ":":
                continue  # a headline's label, "‘Profound grief’: 19 children ..."
            q = _trim(text, QuoteSpan(i, j + 1, i + 1, j))
            if not any(d.start < q.end and q.start < d.end for d in double):
                out.append(q)
    return out


def _single_opens(text: str, i: int, ps: int, pe: int) -> bool:
    if i + 1 >= pe or not (text[i + 1].isalnum() or text[i + 1] in "…."):
        return False
    if _DECADE_RE.match(text, i + 1):
        return False  # ‘90s
    return _can_open(text, i, ps)


def _single_closes(text: str, j: int, pe: int) -> bool:
    prev = text[j - 1]
    if prev.isspace():
        return False
    return j + 1 >= pe or not text[j + 1].isalnum()


def _possessive(text: str, j: int) -> bool:
    """Is the mark at ``j`` a plural possessive ("the victims’ families")?"""
    return text[j - 1] in "sS" and text[j + 1 : j + 2] == " " and text[j + 2 : j + 3].isalpha()


_SENTENCE_END_RE = re.compile(r"[.!?…](?=\s)")


def _introduced(text: str, i: int, para_start: int) -> bool:
    """Does the mark at ``i`` open a speech (at its paragraph's start, after a sentence, or
    after "said:" / "said,") rather than a few words inside a clause ('fired "dozens')?"""
    j = i
    while j > para_start and text[j - 1].isspace():
        j -= 1
    return j == para_start or not text[j - 1].isalnum()


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _can_open(text: str, i: int, para_start: int) -> bool:
    """A straight quote opens at a paragraph start or after a space, bracket, dash or colon."""
    if i == para_start:
        return True
    prev = text[i - 1]
    if prev in ".!?" and i + 1 < len(text) and text[i + 1].isupper():
        # 'from south Lebanon."They bombed': paragraphs run together without a space
        return i >= 3 and text[i - 3 : i - 1].isalpha() and text[i - 2].islower()
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
