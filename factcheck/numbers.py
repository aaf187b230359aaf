"""Find the quantities stated in news text: counts, money, ranges and vague amounts.

Pure Python (no spaCy). :func:`find_quantities` scans any text and returns every quantity
mention with the interval its wording allows; :func:`parse_number` reads one number
expression alone.

Interval conventions (the contract the extractor relies on):

=============  =======  =======  =======
qualifier      value    low      high
=============  =======  =======  =======
``exact``      N        N        N
``at_least``   N        N        None
``more_than``  N        N        None
``about``      N        None     None
``at_most``    N        None     N
``less_than``  N        None     N
``range``      None     A        B
``vague``      None     L        None
=============  =======  =======  =======

Skipped entirely: ordinals, clock times, percentages, bare years (1900-2099 without a
comma), digits glued into identifiers ("G7", "COVID-19") and the "one" of "no one",
"one another" and similar.

Example:
    >>> [(q.text, q.qualifier, q.low, q.high) for q in find_quantities(
    ...     "At least 14 people died and between 10 and 15 were hurt in 2022.")]
    [('At least 14', 'at_least', 14, None), ('between 10 and 15', 'range', 10, 15)]
    >>> find_quantities("Rs 15.6 crores was paid.")[0].value
    156000000
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import attrs
from text_to_num import text2num

__all__ = ["QUALIFIERS", "Quantity", "find_quantities", "parse_number"]

#: Qualifiers :func:`find_quantities` can return.
QUALIFIERS = frozenset(
    {"exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"}
)


@attrs.frozen(slots=True)
class Quantity:
    """One quantity mention found in a text.

    Attributes:
        start: Offset of the whole mention (qualifier words, currency, number, scale words,
            trailing "or more" / "+").
        end: End offset of the whole mention.
        num_start: Offset of just the number part ("14" in "at least 14"; "$15 billion" for
            money; "dozens"; "10-15" for a range).
        num_end: End offset of the number part.
        value: The number as stated; None for vague quantities and ranges.
        low: Lowest value the wording allows (None: unbounded or unknown).
        high: Highest value the wording allows (None: unbounded or unknown).
        qualifier: One of :data:`QUALIFIERS`.
        currency: ISO 4217 code when a currency symbol or word is attached, else None.
        text: ``text[start:end]`` of the scanned text.

    Example:
        >>> q = find_quantities("more than $15bn")[0]
        >>> (q.value, q.low, q.high, q.qualifier, q.currency, q.text)
        (15000000000, 15000000000, None, 'more_than', 'USD', 'more than $15bn')
    """

    start: int
    end: int
    num_start: int
    num_end: int
    value: float | int | None
    low: float | int | None
    high: float | int | None
    qualifier: str
    currency: str | None = None
    text: str = ""

    @property
    def interval(self) -> tuple[float | int | None, float | int | None]:
        """``(low, high)``; None on a side means open."""
        return (self.low, self.high)


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_BIG = "hundred thousand million billion trillion".split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth "
    "millionth billionth half halves quarter quarters"
).split()

#: Multipliers of scale words and abbreviations (keys casefolded).
_SCALES: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10**3),
    "k": Decimal(10**3),
    "lakh": Decimal(10**5),
    "lakhs": Decimal(10**5),
    "lac": Decimal(10**5),
    "lacs": Decimal(10**5),
    "million": Decimal(10**6),
    "m": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "crore": Decimal(10**7),
    "crores": Decimal(10**7),
    "billion": Decimal(10**9),
    "b": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "trillion": Decimal(10**12),
    "tn": Decimal(10**12),
    "dozen": Decimal(12),
}

#: Currency written before the number (keys casefolded, spaces removed).
_CUR_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "¥": "JPY",
    "₴": "UAH",
    "₽": "RUB",
    "rmb": "CNY",
    "₦": "NGN",
    # letters written right before the digits, read as money only with a scale word
    # ("R20 million", "N50 billion", "Sh2bn"): "R20" alone is a road, "N50" a highway
    "ksh": "KES",
    "sh": "KES",
    "n": "NGN",
    "r": "ZAR",
}
#: The letter prefixes of :data:`_CUR_SYMBOLS` that need a scale word after the number.
_LETTER_CURRENCIES = frozenset({"KSh", "Sh", "N", "R"})
_ISO = "USD EUR GBP INR JPY CNY UAH RUB CHF AUD CAD HKD NZD SGD ILS PKR BDT KES NGN ZAR BRL".split()

#: Currency words written after the number (keys casefolded).
_CUR_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvna": "UAH",
    "hryvnas": "UAH",
    "hryvnya": "UAH",
    "hryvnyas": "UAH",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "yuan": "CNY",
    "renminbi": "CNY",
    "yen": "JPY",
    "shekel": "ILS",
    "shekels": "ILS",
    "naira": "NGN",
    "rand": "ZAR",
    "reais": "BRL",
    "reals": "BRL",
}

#: Qualifier phrases before the number, by qualifier.
_PRE_QUALIFIERS = {
    "at_least": (
        r"at\s+(?:the\s+(?:very\s+)?)?least|a\s+minimum\s+of|at\s+a\s+minimum\s+of"
        r"|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than"
    ),
    "more_than": (
        r"(?:(?:just|a\s+little|a\s+bit|slightly|well|far|much|way|significantly)\s+)?"
        r"(?:more\s+than|over|upwards\s+of|upward\s+of|in\s+excess\s+of|above|greater\s+than)"
    ),
    "about": (
        r"(?:just\s+|nearly\s+)?about|around|roughly|approximately|approx\.|some"
        r"|an?\s+estimated|estimated|close\s+to|circa"
        r"|in\s+the\s+(?:region|order)\s+of|on\s+the\s+order\s+of"
    ),
    "at_most": (
        r"nearly|almost|up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+(?:the\s+)?most"
        r"|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|at\s+a\s+maximum\s+of"
    ),
    "less_than": (
        r"(?:(?:just|a\s+little|a\s+bit|slightly|well|far|much)\s+)?"
        r"(?:fewer\s+than|less\s+than|under|below|short\s+of)"
    ),
}

#: Qualifier phrases under which a bare year-like number ("more than 2000") is a count.
_YEAR_OK = frozenset(
    {
        "at least",
        "a minimum of",
        "no fewer than",
        "no less than",
        "not fewer than",
        "not less than",
        "more than",
        "upwards of",
        "in excess of",
        "an estimated",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "as many as",
        "no more than",
        "fewer than",
        "less than",
    }
)

#: Words before a number that make it a designator ("Boeing 737", "Article 370").
_DESIGNATORS = (
    "boeing airbus flight route highway section article resolution chapter platform gate "
    "terminal page paragraph clause number room episode season phase stage grade type model "
    "version level iphone windows magnitude category"
).split()


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# --------------------------------------------------------------------------------------------
# Regular expressions (compiled once)
# --------------------------------------------------------------------------------------------

_CUR_PRE = (
    r"(?:\b(?:US|AU|A|CA|C|HK|NZ|S)\$|\$|[€£₹¥₴₽₦]|(?-i:\bRs\b\.?|\bRS\b\.?)"
    rf"|(?-i:\b(?:RMB|{'|'.join(_ISO)})\b)|(?-i:\b(?:KSh|Sh|N|R)(?=[0-9])))\s?"
)
_DIGITS = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}|[0-9]+)"
    r"(?:\.[0-9]+)?(?![.,:/]?[0-9])"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?|dozen)\b"
_DIGIT_SCALE = (
    r"(?:(?:mln|mn|bln|bn|tn|k|m|(?(cur)b|(?!)))(?![^\W_])"
    r"|\s(?:mln|mn|bln|bn|tn)\b"
    rf"|(?:\s*|-){_SCALE_WORD}(?:\s+{_SCALE_WORD})?)"
)
_WORD = rf"(?:{_alt(_UNITS + _TENS + _BIG)})\b"
_WORD_SEQ = (
    rf"(?:\ba\s+(?:{_alt(_BIG)})\b|\b(?:{_alt(_UNITS + _TENS)})\b)"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD})*"
)
_ORD_AHEAD = rf"[\s-]+(?:{_alt(_ORDINALS)})s?\b"
_VAGUE = (
    r"\b(?:several|a\s+few|a\s+couple(?:\s+of)?|few)\s+"
    r"(?:hundred\s+thousand|hundreds?|thousands?|dozens?|millions?|billions?)\b"
    r"|\b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b"
    r"|\b(?:dozens|hundreds|thousands|millions|billions)\b"
    r"|\bscores(?=\s+(?:of|more|were|have|had|are|injured|wounded|hurt|killed|dead|died)\b)"
)
_CUR_WORD = rf"(?:{_alt(list(_CUR_WORDS))}|pounds\s+sterling|swiss\s+francs?)"

_ATOM_RE = re.compile(
    rf"""
    (?=[0-9$€£₹¥₴₽₦]|(?<![^\W\d_])[^\W\d_])  # cheap guard: a digit, a symbol or a word start
    (?P<cur>{_CUR_PRE})?
    (?:
        (?(cur)|(?:(?<![\w,:#/])(?<![0-9]\.)(?<![^\W\d_]-)|(?<=\bover)))
        (?P<digits>{_DIGITS})
        (?P<dscale>{_DIGIT_SCALE})?
      | (?P<words>{_WORD_SEQ})(?!{_ORD_AHEAD})
        (?P<wscale>(?:\s+and\s+a\s+half)?\s+{_SCALE_WORD}(?:\s+{_SCALE_WORD})?)?
      | (?P<a>\b(?:half\s+)?a)\s+(?P<ascale>{_SCALE_WORD})
      | (?P<dozen>\bdozen\b)
      | (?P<vague>{_VAGUE})
    )
    (?![^\W_])
    (?P<cursuf>(?(vague)(?:\s+of)?)(?:\s+|(?(wscale)-|(?(dscale)-|(?!))))(?:(?:US|U\.S\.)\s+)?{_CUR_WORD}\b|\s+(?-i:{"|".join(_ISO)})\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: Where an ``_ATOM_RE`` match can begin: a digit or symbol, or a word that can open one of
#: its branches (a number word, "a", "half", a vague amount, a currency code). A superset: the
#: pattern itself decides (``_atom_search``).
_START_RE = re.compile(
    r"[0-9$€£₹¥₴₽₦]|(?<![^\W\d_])(?:"
    + _alt(
        _UNITS
        + _TENS
        + "a half dozen several few tens hundreds dozens thousands millions billions scores".split()
        + "us au ca c hk nz s rs rmb ksh sh n r".split()
        + [c.lower() for c in _ISO]
    )
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)

#: :data:`_START_RE` for lowercased ASCII text, without case folding.
_START_LOWER_RE = re.compile(_START_RE.pattern)

_PRE_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PRE_QUALIFIERS.items())
    + r")\s*$",
    re.IGNORECASE,
)
#: The last word of every ``_PRE_QUALIFIERS`` phrase (lowercase).
_PRE_LAST_WORDS = frozenset(
    """least of than over above about around roughly approximately approx. some estimated to
    circa nearly almost as most under below""".split()
)
_POST_RE = re.compile(
    r"(?P<at_least>\s+or\s+more\b|\s*-?\s*plus\b(?!\s*[0-9])|\+(?![0-9+]))"
    r"|(?P<about>\s+or\s+so\b|[\s-]odd\b)"
    r"|(?P<at_most>\s+or\s+(?:fewer|less)\b)",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(
    r"(?<!\w)between\s+(?:(?:about|around|roughly|approximately|some|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_AND_RE = re.compile(
    r"\s+and\s+(?:(?:about|around|roughly|approximately|some|an\s+estimated)\s+)?",
    re.IGNORECASE,
)
_FROM_RE = re.compile(r"(?<!\w)from\s+$", re.IGNORECASE)
_SEP_RE = re.compile(r"(?P<dash>\s?[–—]\s?|-)|\s+to\s+", re.IGNORECASE)
_BY_RE = re.compile(
    r"\b(?:rose|risen|rising|rises|jumped|jumps|increased|increasing|increases|climbed|"
    r"climbing|grew|grown|fell|fallen|dropped|decreased|up|down)\s+(?:by|from)(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(
    r"\s*(?:%|％|percent\b|per\s*cent\b|pc\b|pct\b|percentage\s+points?\b)", re.IGNORECASE
)
_TIME_RE = re.compile(
    r"(?:\s*(?:[-–—]|to\b)\s*[0-9]{1,2}(?:[:.][0-9]{2})?)?"
    r"\s*(?:[ap]\.\s?m\b\.?|[ap]m\b|o['’]clock\b|(?-i:GMT|UTC|BST|CET|CEST|EST|EDT|PST|IST)\b)",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_TAIL_RE = re.compile(r"[-–—/][0-9]{1,4}\b")
_RATIO_RE = re.compile(r"\s+in\s+", re.IGNORECASE)
_NOT_ONE_BEFORE_RE = re.compile(r"(?<!\w)(?:no|each|every|any|some)\s+$", re.IGNORECASE)
_NOT_ONE_AFTER_RE = re.compile(r"\s+another\b|['’]s\b", re.IGNORECASE)
_DESIGNATOR_RE = re.compile(
    rf"(?<!\w)(?:{_alt(_DESIGNATORS)}|no\.|vol\.)\s*$",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[^\W\d_]+")
#: Every quantity holds an ASCII digit, a currency sign or one of these whole words, so a text
#: with none of them has no quantity (a cheap test before the full scan).
_NUMBER_WORDS = frozenset(
    _UNITS
    + _TENS
    + _BIG
    + "lakh lakhs lac lacs crore crores dozen dozens hundreds thousands millions billions".split()
    + ["scores", "tens"]
)
#: Every word that can be (part of) a number, lowercase: "twelve", "dozens", "lakh" ...
NUMBER_WORDS = _NUMBER_WORDS
_SIGN_RE = re.compile(r"[0-9$€£₹¥₴₽₦]")
_NUMBER_WORD_RE = re.compile(rf"\b(?:{_alt(sorted(_NUMBER_WORDS))})\b", re.IGNORECASE)
_SPACE_RE = re.compile(r"[\s-]+")

_WINDOW = 48  # how far back qualifier phrases are looked for


# --------------------------------------------------------------------------------------------
# Number atoms
# --------------------------------------------------------------------------------------------


class _Atom:
    """A number with its currency and scale words, before qualifiers and ranges."""

    __slots__ = ("start", "end", "raw", "mult", "scaled", "currency", "kind", "year", "one")

    def __init__(
        self,
        start: int,
        end: int,
        raw: Decimal,
        mult: Decimal,
        scaled: bool,
        currency: str | None,
        kind: str,
        year: bool = False,
        one: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.raw = raw
        self.mult = mult
        self.scaled = scaled
        self.currency = currency
        self.kind = kind  # "digits", "words" or "vague"
        self.year = year
        self.one = one

    @property
    def value(self) -> float | int:
        return _to_number(self.raw * self.mult)


def _to_number(d: Decimal) -> float | int:
    if d == d.to_integral_value():
        return int(d)
    return float(d)


@lru_cache(maxsize=4096)
def _words_value(words: str) -> int | None:
    """Value of a normalised number-word string (``"two hundred and ten"``), or None."""
    try:
        return int(text2num(words, "en"))
    except (ValueError, TypeError, IndexError, KeyError, AssertionError):
        return None


def _norm_words(s: str) -> str:
    s = _SPACE_RE.sub(" ", s.casefold()).strip()
    if s == "a" or s.startswith("a "):
        s = "one" + s[1:]
    return s


def _scale_of(s: str) -> tuple[Decimal, bool] | None:
    """Multiplier of scale words ("lakh crore", "and a half million", "bn"), and half flag."""
    mult = Decimal(1)
    half = False
    for tok in _TOKEN_RE.findall(s.casefold()):
        if tok in ("and", "a"):
            continue
        if tok == "half":
            half = True
            continue
        factor = _SCALES.get(tok)
        if factor is None:
            return None
        mult *= factor
    return mult, half


def _currency(m: re.Match[str]) -> str | None:
    cur = m.group("cur")
    if cur:
        key = "".join(cur.split()).casefold()
        code = _CUR_SYMBOLS.get(key)
        if code is None:
            code = key.upper() if key.upper() in _ISO else None
        return code
    suf = m.group("cursuf")
    if suf:
        tok = _TOKEN_RE.findall(suf.casefold())
        for t in reversed(tok):
            if t in _CUR_WORDS:
                return _CUR_WORDS[t]
            if t in ("franc", "francs") and "swiss" in tok:
                return "CHF"
            if t.upper() in _ISO:
                return t.upper()
    return None


def _vague_low(s: str) -> Decimal | None:
    toks = [t for t in _TOKEN_RE.findall(s.casefold()) if t not in ("a", "of")]
    if not toks:
        return None
    bare = {
        "dozens": 24,
        "scores": 40,
        "hundreds": 200,
        "thousands": 2000,
        "millions": 2 * 10**6,
        "billions": 2 * 10**9,
    }
    if len(toks) == 1:
        v = bare.get(toks[0])
        return None if v is None else Decimal(v)
    unit = Decimal(1)
    for t in toks[1:]:
        f = _SCALES.get(t[:-1] if t.endswith("s") else t)
        if f is None:
            return None
        unit *= f
    if toks[0] == "tens":
        return 20 * unit
    if toks[0] == "hundreds":
        return 200 * unit
    return 2 * unit  # several / a few / few / a couple


#: Longest digit string (commas and decimals included) read as a number.
_MAX_DIGITS = 30


def _make_atom(text: str, m: re.Match[str]) -> _Atom | None:
    """Turn an ``_ATOM_RE`` match into an atom; None when it is not a usable number."""
    start, end = m.start(), m.end()
    currency = _currency(m)
    if m.group("digits") is not None:
        digits = m.group("digits")
        if len(digits) > _MAX_DIGITS:
            return None  # an id or a hash, not a figure (past 1e308 a float overflows)
        try:
            raw = Decimal(digits.replace(",", ""))
        except InvalidOperation:
            return None
        mult = Decimal(1)
        scaled = False
        if m.group("dscale"):
            sc = _scale_of(m.group("dscale"))
            if sc is None:
                return None
            mult, scaled = sc[0], True
        cur = (m.group("cur") or "").strip()
        if cur in _LETTER_CURRENCIES and not scaled:
            return None  # "R20", "N50": a road's name, not money
        year = currency is None and not scaled and _YEAR_RE.fullmatch(digits) is not None
        return _Atom(start, end, raw, mult, scaled, currency, "digits", year=year)
    if m.group("words") is not None:
        words = m.group("words")
        norm = _norm_words(words)
        val = _words_value(norm)
        if val is None:
            return _fallback_words(text, m.start("words"), words, m.start())
        raw = Decimal(val)
        mult = Decimal(1)
        scaled = bool(words and norm.split()[-1] in _BIG)
        if m.group("wscale"):
            sc = _scale_of(m.group("wscale"))
            if sc is None:
                return None
            mult, scaled = sc[0], True
            if sc[1]:
                raw += Decimal("0.5")
        return _Atom(start, end, raw, mult, scaled, currency, "words", one=norm == "one")
    if m.group("a") is not None:
        sc = _scale_of(m.group("ascale"))
        if sc is None:
            return None
        raw = Decimal("0.5") if "half" in m.group("a").casefold() else Decimal(1)
        return _Atom(start, end, raw, sc[0], True, currency, "words")
    if m.group("dozen") is not None:
        return _Atom(start, end, Decimal(12), Decimal(1), True, currency, "words")
    low = _vague_low(m.group("vague"))
    if low is None:
        return None
    return _Atom(start, end, low, Decimal(1), True, currency, "vague")


def _fallback_words(text: str, wstart: int, words: str, start: int) -> _Atom | None:
    """Longest leading run of ``words`` that reads as one number ("one two" -> "one")."""
    toks = [(t.start(), t.end()) for t in _TOKEN_RE.finditer(words)]
    for k in range(len(toks) - 1, 0, -1):
        if words[toks[k - 1][0] : toks[k - 1][1]].casefold() == "and":
            continue
        piece = words[: toks[k - 1][1]]
        val = _words_value(_norm_words(piece))
        if val is not None:
            norm = _norm_words(piece)
            return _Atom(
                start,
                wstart + len(piece),
                Decimal(val),
                Decimal(1),
                norm.split()[-1] in _BIG,
                None,
                "words",
                one=norm == "one",
            )
    return None


def _atom_search(text: str, pos: int, lower: str | None = None) -> re.Match[str] | None:
    """``_ATOM_RE.search(text, pos)``, tried only where :data:`_START_RE` says an atom can
    begin (the full pattern is slow to try at every word). ``lower``: ``text.lower()`` when
    ``text`` is ASCII (same offsets), searched without case folding, which is faster."""
    start_search = _START_RE.search if lower is None else _START_LOWER_RE.search
    hay = text if lower is None else lower
    while True:
        c = start_search(hay, pos)
        if c is None:
            return None
        m = _ATOM_RE.match(text, c.start())
        if m is not None:
            return m
        pos = c.start() + 1


def _scan(text: str, pos: int, lower: str | None = None) -> _Atom | None:
    """The next atom at or after ``pos`` (``lower`` as for :func:`_atom_search`)."""
    while True:
        m = _atom_search(text, pos, lower)
        if m is None:
            return None
        atom = _make_atom(text, m)
        if atom is not None:
            return atom
        pos = m.end() if m.end() > pos else pos + 1


def _atom_at(text: str, pos: int) -> _Atom | None:
    """The atom starting exactly at ``pos``, if any."""
    m = _ATOM_RE.match(text, pos)
    return None if m is None else _make_atom(text, m)


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def parse_number(s: str) -> float | int | None:
    """Read one number expression alone.

    Digits (with thousands separators, decimals, Indian grouping), number words, "a dozen",
    scale words and abbreviations (thousand, million, lakh, crore, k, m, bn ...) and a
    leading currency symbol are understood. Integral results come back as ``int``.

    Args:
        s: The expression, e.g. ``"1.2 million"``, ``"ninety-seven"`` or ``"15bn"``.

    Returns:
        Its value, or None when ``s`` is not one number (vague words like "dozens" included).

    Example:
        >>> parse_number("1,200"), parse_number("two hundred and ten"), parse_number("15bn")
        (1200, 210, 15000000000)
        >>> parse_number("half a million"), parse_number("1.5"), parse_number("people")
        (500000, 1.5, None)
    """
    s = s.strip()
    if not s:
        return None
    m = _ATOM_RE.fullmatch(s)
    if m is not None:
        atom = _make_atom(s, m)
        if atom is not None and atom.kind != "vague" and atom.start == 0 and atom.end == len(s):
            return atom.value
        if atom is not None:
            return None
    norm = _norm_words(s)
    if not norm or not _TOKEN_RE.fullmatch(norm.replace(" ", "")):
        return None
    toks = norm.split()
    if all(t in _SCALES and len(t) > 2 for t in toks[toks[0] == "one" :]):
        sc = _scale_of(" ".join(toks))
        return None if sc is None else _to_number(sc[0])
    return _words_value(norm)


def may_have_quantity(text: str) -> bool:
    """False when ``text`` holds no digit, currency sign or number word (so no quantity).

    Example:
        >>> may_have_quantity("The sky was grey."), may_have_quantity("a dozen")
        (False, True)
    """
    if _SIGN_RE.search(text):
        return True
    if text.isascii():  # lower() maps ASCII one to one: compare whole words with the set
        return not _NUMBER_WORDS.isdisjoint(_TOKEN_RE.findall(text.lower()))
    return _NUMBER_WORD_RE.search(text) is not None


def _pre(text: str, start: int, floor: int) -> re.Match[str] | None:
    if start <= floor:
        return None
    # every qualifier phrase ends with one of a few words right before the number: look at
    # that word first (a regex search over the window tries every position of it)
    k = start
    while k > floor and text[k - 1].isspace():
        k -= 1
    b = k - 1 if k > floor and text[k - 1] == "." else k
    while b > floor and text[b - 1].isalpha():
        b -= 1
    word = text[b:k]
    if word.isascii() and word.lower() not in _PRE_LAST_WORDS:
        return None
    return _PRE_RE.search(text, max(floor, start - _WINDOW), start)


def _pre_phrase(m: re.Match[str]) -> str:
    return " ".join(m.group(m.lastgroup or 0).casefold().split())


def _interval(qualifier: str, value: float | int) -> tuple[float | int | None, float | int | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("at_most", "less_than"):
        return None, value
    if qualifier == "about":
        return None, None
    return value, value


def _quantity(
    text: str,
    start: int,
    end: int,
    first: _Atom,
    last: _Atom,
    value: float | int | None,
    low: float | int | None,
    high: float | int | None,
    qualifier: str,
) -> Quantity:
    return Quantity(
        start=start,
        end=end,
        num_start=first.start,
        num_end=last.end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        currency=first.currency or last.currency,
        text=text[start:end],
    )


def find_quantities(text: str, *, checked: bool = False) -> list[Quantity]:
    """Every quantity mentioned in ``text``, in order and without overlaps.

    Qualifier words before the number ("at least", "more than", "about", "up to",
    "fewer than" ...) or after it ("or more", "+", "-plus") set the interval; ranges
    ("between 10 and 15", "10-15", "10 to 15") and vague amounts ("dozens",
    "tens of thousands") are recognised. See the module docstring for the conventions.

    Args:
        text: Any text: a sentence or a whole article.
        checked: The caller knows that ``may_have_quantity(text)`` is true.

    Returns:
        The quantities, sorted by position.

    Example:
        >>> [(q.text, q.qualifier, q.value, q.low, q.high)
        ...  for q in find_quantities("Up to 40 died; dozens more were hurt.")]
        [('Up to 40', 'at_most', 40, None, 40), ('dozens', 'vague', None, 24, None)]
    """
    out: list[Quantity] = []
    if not checked and not may_have_quantity(text):
        return out
    pos = 0
    n = len(text)
    lower = text.lower() if text.isascii() else None
    while pos < n:
        floor = pos
        a = _scan(text, pos, lower)
        if a is None:
            break
        pos = a.end

        if a.kind == "vague":
            pre = _pre(text, a.start, floor)
            start = pre.start() if pre else a.start
            low = _to_number(a.raw)
            out.append(_quantity(text, start, a.end, a, a, None, low, None, "vague"))
            continue

        if a.one and (
            _NOT_ONE_BEFORE_RE.search(text, max(floor, a.start - 8), a.start)
            or _NOT_ONE_AFTER_RE.match(text, a.end)
        ):
            continue
        if a.value == 1 and (ratio := _RATIO_RE.match(text, a.end)) is not None:
            b = _atom_at(text, ratio.end())
            if b is not None and b.kind != "vague" and b.value > 1:
                pos = b.end  # "one in five children": a ratio, not two counts
                continue

        if a.kind == "digits" and a.currency is None and not a.scaled:
            skip = False
            if a.year:
                pre = _pre(text, a.start, floor)
                skip = not (
                    (pre is not None and _pre_phrase(pre) in _YEAR_OK)
                    or _POST_RE.match(text, a.end)
                )
            if not skip and _DESIGNATOR_RE.search(text, max(floor, a.start - 12), a.start):
                skip = True
            if skip:
                tail = _YEAR_TAIL_RE.match(text, a.end)
                if tail:
                    pos = tail.end()
                continue

        # Ranges: "between A and B", "from A to B", "A-B", "A–B", "A to B".
        b = None
        rstart = None
        between = (
            _BETWEEN_RE.search(text, max(floor, a.start - 30), a.start) if a.start > floor else None
        )
        if between is not None:
            sep = _AND_RE.match(text, a.end)
            if sep is not None:
                b = _atom_at(text, sep.end())
                rstart = between.start()
        if b is None and not a.year:  # also 'between 10-15'
            sep = _SEP_RE.match(text, a.end)
            if sep is not None:
                b = _atom_at(text, sep.end())
                if b is not None and sep.group("dash") is not None:
                    if a.kind != "digits" or b.kind != "digits":
                        b = None
                elif b is not None and _BY_RE.search(text, max(floor, a.start - 40), a.start):
                    b = None  # "jumped by nearly 1,200 to 5,209", "rose from 40 to 52": a
                    # change, then the total, not a range
                if b is not None:
                    frm = (
                        _FROM_RE.search(text, max(floor, a.start - 8), a.start)
                        if a.start > floor
                        else None
                    )
                    if between is not None:
                        rstart = between.start()
                    elif frm is not None:
                        rstart = frm.start()
                    else:
                        p = _pre(text, a.start, floor)
                        rstart = p.start() if p else a.start
        if b is not None and b.kind != "vague" and not (b.year and (a.year or a.kind != "digits")):
            low_raw, low_mult = a.raw, a.mult
            if not a.scaled and b.scaled and a.raw < b.raw:
                low_mult = b.mult
            low = _to_number(low_raw * low_mult)
            high = b.value
            if high > low:
                pos = b.end
                if _PERCENT_RE.match(text, b.end) or _TIME_RE.match(text, b.end):
                    continue
                start = rstart if rstart is not None else a.start
                out.append(_quantity(text, start, b.end, a, b, None, low, high, "range"))
                continue

        if _PERCENT_RE.match(text, a.end) or _TIME_RE.match(text, a.end):
            continue

        pre = _pre(text, a.start, floor)
        post = _POST_RE.match(text, a.end)
        if pre is not None:
            qualifier = pre.lastgroup or "exact"
        elif post is not None:
            qualifier = post.lastgroup or "exact"
        else:
            qualifier = "exact"
        start = pre.start() if pre is not None else a.start
        end = post.end() if post is not None else a.end
        value = a.value
        low, high = _interval(qualifier, value)
        pos = end
        out.append(_quantity(text, start, end, a, a, value, low, high, qualifier))
    return out
