"""Sentences and word tokens of news text, by rules (no statistical model).

News copy has datelines, headlines without full stops, abbreviations ("Gov.", "Sept.",
"U.S."), initials ("P. Kumar Nayak") and quotes that close after the full stop. The splitter
knows these; the tokenizer keeps offsets so every claim can point back into the article.

Example:
    >>> text = 'Gov. Abbott spoke. "It is sad," he said.\\nNext line'
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Gov. Abbott spoke.', '"It is sad," he said.', 'Next line']
"""

from __future__ import annotations

import operator
import re
from itertools import accumulate, repeat
from operator import index
from typing import NamedTuple

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gov sen rep lt col gen capt sgt st mt jr sr inc co corp ltd no nos vs
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e etc approx est dept
    univ ave blvd fig conn calif fla tex ariz mass penn wash ont cmdr adm maj pvt cpl gov't
    rs""".split()
)

#: The length of the longest abbreviation.
_ABBREVIATION_MAX = max(map(len, ABBREVIATIONS))

_TOKEN_RE = re.compile(
    r"""
    [$€£₹¥]                                   # currency symbols stand alone
  | \d++(?:[.,:]\d++)*+(?:[A-Za-z]++)?          # 1,200  15.6  10:30  15bn  7pm
  | [A-Za-z]\.(?:[A-Za-z]\.)++                 # U.S.  a.m.
  | [^\W\d_]\w*+(?:[-'’]\w++)*+                # words, hyphen and apostrophe compounds
  | \S                                         # any other single character
    """,
    re.VERBOSE,
)
# possessive quantifiers: a token never gives back characters (same tokens, no backtracking)

#: :data:`_TOKEN_RE` rewritten to start with ``\S``, in a group: the same tokens. Each branch
#: checks the first character with a look-behind: a letter starts a word, or an abbreviation
#: ("U.S.") when a stop follows it (tried first, as in ``_TOKEN_RE``); a digit starts a
#: number; any other character (a currency symbol too) stands alone. A pattern that starts
#: with a character class lets the regex engine skip the spaces between tokens in one fast
#: scan, and the group makes ``split`` return the gaps and the tokens in turn.
_TOKEN_SPLIT_RE = re.compile(
    r"""
    (\S(?:
        (?<=[^\W\d_])(?:
            (?!\.)\w*+(?:[-'’]\w++)*+                 # a word (no stop after its letter)
          | (?<=[A-Za-z])\.(?:[A-Za-z]\.)++           # U.S.  a.m.
          | \w*+(?:[-'’]\w++)*+                       # a word
        )
      | (?<=\d)\d*+(?:[.,:]\d++)*+(?:[A-Za-z]++)?      # a number
      |                                              # one character
    ))
    """,
    re.VERBOSE,
)

_CLOSERS = "\"'”’)]"
_OPENERS = "\"'“‘([—–-"


class Tok(NamedTuple):
    """A word token: its text, lowercase form and character offsets.

    A named tuple rather than an attrs class: millions are made, and a tuple is the cheapest
    immutable record Python has.

    Example:
        >>> tokenize("Five died")[1]
        Tok(text='died', lower='died', start=5, end=9)
    """

    text: str
    lower: str
    start: int
    end: int


#: Tok fields as C-level functions, for ``map()`` over tokens and as bisection keys.
TOK_LOWER = operator.itemgetter(1)
TOK_START = operator.itemgetter(2)
TOK_END = operator.itemgetter(3)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Word tokens of ``text[start:end]`` with offsets into ``text``.

    Example:
        >>> [t.text for t in tokenize("At least 14 people, he said.")]
        ['At', 'least', '14', 'people', ',', 'he', 'said', '.']
    """
    n = len(text)
    # clamped as the regex engine clamps a range (a slice would count from the end), and
    # plain ints as match offsets are (index() of a numpy integer, say)
    start = min(max(index(start), 0), n)
    end = n if end is None else min(max(index(end), 0), n)
    # no per-token Python code: ``split`` gives [gap, token, gap, token, ..., gap] (the gaps
    # are the spaces no token takes; the pattern has no anchor or look-around outside the
    # token, so the slice matches as the range would); the running sum of their lengths gives
    # every token's start and end in turn, and the Toks are made by C-level map and zip
    parts = _TOKEN_SPLIT_RE.split(text[start:end])
    words = parts[1::2]
    offsets = accumulate(map(len, parts), initial=start)
    next(offsets)  # the start of the first gap
    # zip takes a token's start and end from ``offsets`` in turn (the last gap's end is left)
    lowers = map(str.lower, words)
    return list(map(tuple.__new__, repeat(Tok), zip(words, lowers, offsets, offsets, strict=False)))


#: A sentence break: ``[.!?…]+[\"'”’)\]]*(?=\s)`` (a stop, closing quotes or brackets, then
#: a space), or ``\n``, or ``(?<=[a-z][a-z])[.!?](?=[\"“]?[A-Z][a-z])``. Written to start with
#: the one character class every break starts with (each branch then checks that character
#: with a look-behind), so that the regex engine skips to the next candidate in a fast scan
#: instead of trying every branch at every character: the same matches, several times faster.
_BREAK_RE = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s)|(?<=\n)"
    # paragraphs run together by a scraper: "said reporters.Hezbollah earlier said"
    r"|(?<=[a-z][a-z][.!?])(?=[\"“]?[A-Z][a-z]))"
)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at ``dot`` end an abbreviation or an initial?"""
    if dot > _ABBREVIATION_MAX and text[dot - _ABBREVIATION_MAX - 1 : dot].isalpha():
        # a word of more letters than any abbreviation, with no stop in its end: no initial
        # and no abbreviation (lower() never shortens it), without walking back over it
        return False
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "P. Kumar"
    raw = text[j:dot]
    if raw.isupper() and all(len(p) == 1 for p in raw.split(".")):
        return True  # initials: "police official A.K. Chhetri" (and "U.S.", "U.N.")
    return word in ABBREVIATIONS


def soft_break(text: str, i: int) -> bool:
    """Is the line break at ``i`` a wrap inside a sentence ("were presumed\\ndead"), not the
    end of a paragraph? The line goes on in lowercase after a word or a comma.

    Example:
        >>> text = "At least 31 climbers on the mountain were presumed\\ndead."
        >>> soft_break(text, 50), soft_break("Headline\\nBody", 8)
        (True, False)
    """
    if i + 1 >= len(text) or i == 0 or not text[i + 1].islower():
        return False
    prev = text[i - 1]
    if not (prev.isalpha() or prev in ",-–"):
        return False
    # a wrapped line is a long one: "Visible 5\nitem one" is a list, not prose
    return i - text.rfind("\n", 0, i) > _WRAP_MIN


_WRAP_MIN = 40


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (paragraph breaks always split).

    Example:
        >>> split_sentences("One died. Two were hurt")
        [(0, 9), (10, 23)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    isspace = str.isspace
    for m in _BREAK_RE.finditer(text):
        b, end = m.span()
        c = text[b]
        if c == "\n":  # (every other break starts with a stop)
            # soft_break's first test inline: a break before anything but a lowercase
            # letter is no soft one
            if end < n and text[end].islower() and soft_break(text, b):
                continue  # a hard-wrapped line goes on
        else:
            if c == "." and end - b == 1 and _is_abbreviation(text, b):
                continue
            # the next sentence must start with a capital, a digit or an opening quote
            k = end
            while k < n and text[k] in " \t":
                k += 1
            if k < n and not (text[k].isupper() or text[k].isdigit() or text[k] in _OPENERS):
                continue
        # _push inline (the sentence without the spaces around it)
        s, e = start, end
        while s < e and isspace(text[s]):
            s += 1
        while e > s and isspace(text[e - 1]):
            e -= 1
        if s < e:
            spans.append((s, e))
        start = end
    _push(text, spans, start, n)
    return spans


def _push(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
