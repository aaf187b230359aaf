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
from bisect import bisect_left
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
    "₱": "PHP",
    # letters written right before the digits, read as money only with a scale word
    # ("R20 million", "N50 billion", "Sh2bn"): "R20" alone is a road, "N50" a highway
    "ksh": "KES",
    "sh": "KES",
    "n": "NGN",
    "r": "ZAR",
    "p": "PHP",  # ("P2.7 billion": Philippine pesos)
}
#: The letter prefixes of :data:`_CUR_SYMBOLS` that need a scale word after the number.
_LETTER_CURRENCIES = frozenset({"KSh", "Sh", "N", "R", "P"})
_ISO = (
    "USD EUR GBP INR JPY CNY UAH RUB CHF AUD CAD HKD NZD SGD ILS PKR BDT KES NGN ZAR BRL PHP"
).split()

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
    # pesos with no country: the Philippine peso, as "dollars" are US dollars and "rupees"
    # Indian rupees (English-language news in pesos is mostly Philippine); "Mexican pesos"
    # and the like are named (below, looked at first)
    "peso": "PHP",
    "pesos": "PHP",
}

#: Currencies named by a country's adjective, by the noun and the adjective.
_SHILLINGS = {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS"}
_PESOS = {"philippine": "PHP", "mexican": "MXN"}
_NAMED_CURRENCY = {"shilling": _SHILLINGS, "shillings": _SHILLINGS, "peso": _PESOS, "pesos": _PESOS}

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


def _trie(words: list[str]) -> str:
    """A regex that matches the same words as ``_alt(words)``, as a trie: the engine tests
    a few first letters instead of every word in turn. Where what follows can fail, the
    engine tries the words in the same order too: those that match at a place are prefixes
    of one another (for distinct lowercase words), tried longest first by both (a trie takes
    a longer word before the end of a shorter one).

    Example:
        >>> _trie(["ten", "tens", "two"])
        't(?:en(?:s|)|wo)'
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # a word ends here (tried after the longer ones)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


# --------------------------------------------------------------------------------------------
# Regular expressions (compiled once)
# --------------------------------------------------------------------------------------------

_CUR_PRE = (
    r"(?:\b(?:US|AU|A|CA|C|HK|NZ|S)\$|\$|[€£₹¥₴₽₦₱]|(?-i:\bRs\b\.?|\bRS\b\.?)"
    rf"|(?-i:\b(?:{_trie(['RMB', *_ISO])})(?:\b|(?=[0-9])))|(?-i:\b(?:KSh|Sh|N|R|P)(?=[0-9])))\s?"
)
_DIGITS = (
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}"
    # thousands set off by a space ("559 315", "100 000"), as much copy outside the US writes
    r"|[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9]|,[0-9])"
    r"|[0-9]+)"
    r"(?:\.[0-9]+)?(?![.,:/]?[0-9])"
)
# The word alternations of ``_ATOM_RE`` are tries (``_trie``), which try the words that
# match at a place in the same order as ``_alt`` (or as "lakhs?" here): they are prefixes of
# one another, longest first; the others fail. So: the same matches, several times faster
_SCALE_WORDS = "hundred thousand million billion trillion lakh lakhs lac lacs crore crores dozen"
_SCALE_WORD = rf"(?:{_trie(_SCALE_WORDS.split())})\b"
_DIGIT_SCALE = (
    r"(?:(?:mln|mn|bln|bn|tn|k|m|(?(cur)b|(?!)))(?![^\W_])"
    r"|\s(?:mln|mn|bln|bn|tn)\b"
    rf"|(?:\s*|-){_SCALE_WORD}(?:\s+{_SCALE_WORD})?)"
)
_WORD = rf"(?:{_trie(_UNITS + _TENS + _BIG)})\b"
_WORD_SEQ = (
    rf"(?:\ba\s+(?:{_trie(_BIG)})\b|\b(?:{_trie(_UNITS + _TENS)})\b)"
    rf"(?:(?:\s+and\s+|\s+|-){_WORD})*"
)
_ORD_AHEAD = rf"[\s-]+(?:{_trie(_ORDINALS)})s?\b"
_VAGUE = (
    r"\b(?:several|a\s+few|a\s+couple(?:\s+of)?|few)\s+"
    r"(?:hundred\s+thousand|hundreds?|thousands?|dozens?|millions?|billions?)\b"
    r"|\b(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)\b"
    r"|\b(?:dozens|hundreds|thousands|millions|billions)\b"
    r"|\bscores(?=\s+(?:of|more|were|have|had|are|injured|wounded|hurt|killed|dead|died)\b)"
    r"|\btens(?=\s+of\b)"  # "tens of missiles" (at least 20)
)
_CUR_WORD = (
    rf"(?:{_trie(list(_CUR_WORDS))}|pounds\s+sterling|swiss\s+francs?"
    rf"|(?:{'|'.join(_SHILLINGS)})\s+shillings?|(?:{'|'.join(_PESOS)})\s+pesos?)"
)
_ISO_WORD = _trie(_ISO)

_ATOM_RE = re.compile(
    rf"""
    (?=[0-9$€£₹¥₴₽₦₱]|(?<![^\W\d_])[^\W\d_])  # cheap guard: a digit, a symbol or a word start
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
    (?P<cursuf>(?(vague)(?:\s+of)?)(?:\s+|(?(wscale)-|(?(dscale)-|(?!))))(?:(?:US|U\.S\.)\s+)?{_CUR_WORD}\b|\s+(?-i:{_ISO_WORD})\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: :data:`_ATOM_RE` where it starts at a digit (0-9), faster: no currency symbol or word
#: begins with a digit, so the group ``cur`` stays empty (kept, so that ``_make_atom`` reads
#: the match alike), and the digits branch is the only one that can match: with ``cur``
#: empty, the conditionals on it, ``wscale`` and ``vague`` are written as they then read.
_DIGIT_ATOM_RE = re.compile(
    rf"""
    (?P<cur>(?!))?
    (?:(?<![\w,:#/])(?<![0-9]\.)(?<![^\W\d_]-)|(?<=\bover))
    (?P<digits>{_DIGITS})
    (?P<dscale>{_DIGIT_SCALE.replace("(?(cur)b|(?!))", "(?!)")})?
    (?![^\W_])
    (?P<cursuf>(?:\s+|(?(dscale)-|(?!)))(?:(?:US|U\.S\.)\s+)?{_CUR_WORD}\b|\s+(?-i:{_ISO_WORD})\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)

#: The words that can open a branch of ``_ATOM_RE`` (a number word, "a", "half", a vague
#: amount, a currency code), as an alternation.
_START_WORDS = _alt(
    _UNITS
    + _TENS
    + "a half dozen several few tens hundreds dozens thousands millions billions scores".split()
    + "us au ca c hk nz s rs rmb ksh sh n r p".split()
    + [c.lower() for c in _ISO]
)
#: Where an ``_ATOM_RE`` match can begin: a digit or symbol, or a word that can open one of
#: its branches (a number word, "a", "half", a vague amount, a currency code). A superset: the
#: pattern itself decides (``_atom_search``).
_START_RE = re.compile(
    rf"[0-9$€£₹¥₴₽₦₱]|(?<![^\W\d_])(?:{_START_WORDS})(?![^\W\d_])",
    re.IGNORECASE,
)

#: :data:`_START_RE` for lowercased ASCII text, without case folding.
_START_LOWER_RE = re.compile(_START_RE.pattern)

#: Where an atom can begin, found in fast scans (:func:`_starts`): ``_START_RE`` matches,
#: less two kinds where ``_ATOM_RE`` cannot match. Its two branches apart, each written to
#: start with a character class, which the regex engine finds in a fast scan (a pattern that
#: starts with a branch is tried in full at every character): the signs, and the character
#: before a start word (``[\W\d_]`` is exactly what ``(?<![^\W\d_])`` lets stand before it;
#: a space put in front of the text gives a word at offset 0 one too).
#:
#: Left out: a digit right after a digit (the digits of an atom follow no ``\w``, "over"
#: aside), and the words "a" and "s" where what follows makes no atom of them: "S$", "a$",
#: and "a" before a scale word, "few" or "couple" ("a million", "a few hundred") are the
#: only atoms that begin with them.
_START_SIGN_RE = re.compile(r"[0-9$€£₹¥₴₽₦₱](?<![0-9][0-9])")
_START_WORD = (
    _trie([w for w in _START_WORDS.split("|") if w not in ("a", "s")])
    + r"|a(?=\$|\s+(?:hundred|thousand|million|billion|trillion|lakh|lac|crore|dozen|few|couple))"
    + r"|s(?=\$)"
)
_BEFORE_START_WORD_RE = re.compile(rf"[\W\d_](?=(?i:{_START_WORD})(?![^\W\d_]))")
#: The same for a lowercase text (see :func:`_starts`), without case folding; and for a
#: lowercase ASCII text, where ``[^a-z]`` is ``[\W\d_]`` and faster to scan for. (In any
#: text ``[^a-z](?<=[\W\d_])`` is ``[\W\d_]``, which holds no ``a-z``: the fast scan for
#: ``[^a-z]`` first, the category test at those characters only.)
_BEFORE_START_WORD_LOWER_RE = re.compile(rf"[^a-z](?<=[\W\d_])(?=(?:{_START_WORD})(?![^\W\d_]))")
_BEFORE_START_WORD_ASCII_RE = re.compile(rf"[^a-z](?=(?:{_START_WORD})(?![^\W\d_]))")

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
#: The last words of ``_PRE_QUALIFIERS`` phrases that never stand alone, with the words that
#: can come right before them ("at least", "a minimum of", "more than", "up to" ...).
_PRE_BEFORE_LAST = {
    "least": frozenset({"at", "the", "very"}),
    "of": frozenset(
        {"excess", "maximum", "minimum", "order", "region", "short", "upward", "upwards"}
    ),
    "than": frozenset({"fewer", "greater", "less", "more"}),
    "to": frozenset({"close", "up"}),
    "as": frozenset({"many", "much"}),
    "most": frozenset({"at", "the"}),
}
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
#: A percentage or a clock time right after a number: either pattern (one match call).
_PERCENT_OR_TIME_RE = re.compile(f"(?:{_PERCENT_RE.pattern})|(?:{_TIME_RE.pattern})", re.IGNORECASE)
#: The characters that can come first after the spaces where ``_SEP_RE``, ``_POST_RE`` and
#: ``_PERCENT_OR_TIME_RE`` match (their first letters in either case, signs and dashes).
_SEP_FIRST = frozenset("-–—tT")
_POST_FIRST = frozenset("+-oOpP")
_PERCENT_OR_TIME_FIRST = frozenset("%％-–—tTpPaAoOGUBCEI")
_YEAR_RE = re.compile(r"(?:19|20)[0-9]{2}")
_YEAR_TAIL_RE = re.compile(r"[-–—/][0-9]{1,4}\b")
_RATIO_RE = re.compile(r"\s+in\s+", re.IGNORECASE)
_NOT_ONE_BEFORE_RE = re.compile(r"(?<!\w)(?:no|each|every|any|some)\s+$", re.IGNORECASE)
_NOT_ONE_AFTER_RE = re.compile(r"\s+another\b|['’]s\b", re.IGNORECASE)
_DESIGNATOR_RE = re.compile(
    rf"(?<!\w)(?:{_alt(_DESIGNATORS)}|no\.|vol\.)\s*$",
    re.IGNORECASE,
)
#: The words :data:`_DESIGNATOR_RE` ends with, lowercase.
_DESIGNATOR_WORDS = frozenset([*_DESIGNATORS, "no.", "vol."])
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
_SIGN_RE = re.compile(r"[0-9$€£₹¥₴₽₦₱]")
_NUMBER_WORD_RE = re.compile(rf"\b(?:{_alt(sorted(_NUMBER_WORDS))})\b", re.IGNORECASE)
#: :data:`_NUMBER_WORDS` as bytes, and a ``bytes.translate`` table that lowercases ASCII
#: letters and blanks every other byte: the split of an ASCII text so translated is
#: ``_TOKEN_RE.findall(text.lower())`` (the letter runs, lowercase) in one C-level pass.
_NUMBER_WORD_BYTES = frozenset(w.encode("ascii") for w in _NUMBER_WORDS)
_LETTERS_LOWER = bytes(
    c | 0x20 if 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A else 0x20 for c in range(256)
)
#: The only non-ASCII characters that an ASCII letter matches under ``re.IGNORECASE`` (ı İ ſ
#: and the Kelvin sign); also the only ones whose ``lower()`` holds an ASCII character.
_CASE_ODD = ("ı", "İ", "ſ", "\u212a")
#: For a non-ASCII text: its non-ASCII word characters, and its other non-ASCII characters,
#: and a ``bytes.translate`` table that lowercases ASCII letters, keeps digits and "_" and
#: blanks every other byte. With the first replaced by "_" (a word character in no number
#: word) and the others by a space, the split of the translated text has the runs of word
#: characters (``\w+``) of the text at the same places, each lowercase.
_NON_ASCII_WORD_CHAR_RE = re.compile(r"[^\x00-\x7f\W]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_WORD_CHARS_LOWER = bytes(
    c | 0x20 if 0x41 <= c <= 0x5A else c if chr(c).isalnum() or c == 0x5F else 0x20
    for c in range(128)
) + bytes([0x20] * 128)
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
    mult = _ONE
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
            if t in _NAMED_CURRENCY and tok[0] in _NAMED_CURRENCY[t]:
                return _NAMED_CURRENCY[t][tok[0]]  # "Kenyan shillings", "Mexican pesos"
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
        "tens": 20,
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


_NO_SPACES = str.maketrans("", "", " \u00a0\u202f")  # ("559 315": thousands set off)
_ONE = Decimal(1)  # a multiplier of one (Decimals are immutable: one object serves)

#: Longest digit string (commas and decimals included) read as a number.
_MAX_DIGITS = 30


def _make_atom(text: str, m: re.Match[str]) -> _Atom | None:
    """Turn an ``_ATOM_RE`` match into an atom; None when it is not a usable number."""
    start, end = m.span()
    cur, suffix, digits, dscale = m.group("cur", "cursuf", "digits", "dscale")
    currency = _currency(m) if cur or suffix else None  # (None without either)
    if digits is not None:
        if len(digits) > _MAX_DIGITS:
            return None  # an id or a hash, not a figure (past 1e308 a float overflows)
        try:
            raw = Decimal(digits.replace(",", "").translate(_NO_SPACES))
        except InvalidOperation:
            return None
        mult = _ONE
        scaled = False
        if dscale:
            sc = _scale_of(dscale)
            if sc is None:
                return None
            mult, scaled = sc[0], True
        if cur and cur.strip() in _LETTER_CURRENCIES and not scaled and "," not in digits:
            return None  # "R20", "N50": a road's name, not money (but "P388,822,968" is)
        # _YEAR_RE.fullmatch(digits), without a regex call ("digits" holds 0-9 , . only)
        year = (
            currency is None
            and not scaled
            and len(digits) == 4
            and digits[:2] in ("19", "20")
            and digits[2:].isdigit()
        )
        return _Atom(start, end, raw, mult, scaled, currency, "digits", year)
    if m.group("words") is not None:
        words = m.group("words")
        norm = _norm_words(words)
        val = _words_value(norm)
        if val is None:
            return _fallback_words(text, m.start("words"), words, m.start())
        raw = Decimal(val)
        mult = _ONE
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
        return _Atom(start, end, Decimal(12), _ONE, True, currency, "words")
    low = _vague_low(m.group("vague"))
    if low is None:
        return None
    return _Atom(start, end, low, _ONE, True, currency, "vague")


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


#: ``Match.start`` as a function: mapped over a ``finditer`` by C code, where a list
#: comprehension runs bytecode for every match.
_match_start = re.Match.start


def _starts(text: str, lower: str | None = None) -> list[int]:
    """Every offset where an atom can begin in ``text``, in order (see
    :data:`_START_SIGN_RE`): every offset where ``_ATOM_RE`` matches is one, and the atom
    search tries no other. ``lower``: ``text.lower()``, searched without case
    folding (faster), when ``text`` has none of :data:`_CASE_ODD`: then lower() maps every
    character to one character, a letter to a letter and a sign to a sign, and an ASCII
    letter in any case matches just its lowercase (checked over all of Unicode).

    Example:
        >>> _starts("Five of 12 and a few, a man's $5")
        [0, 8, 15, 17, 30, 31]
    """
    if lower is None:
        hay, before = text, _BEFORE_START_WORD_RE
    else:
        hay = lower
        before = _BEFORE_START_WORD_ASCII_RE if hay.isascii() else _BEFORE_START_WORD_LOWER_RE
    starts = list(map(_match_start, _START_SIGN_RE.finditer(hay)))  # (C-level, no loop)
    # the character before a word is one character long: finditer finds every one. A space
    # in front gives a word at offset 0 one too, and shifts every offset by one: the match
    # of the character before a word starts where the word starts in ``hay``
    words = list(map(_match_start, before.finditer(" " + hay)))
    if not words:
        return starts
    if not starts:
        return words
    return sorted(starts + words)  # two sorted runs: a merge


def _scan(text: str, pos: int, starts: list[int]) -> _Atom | None:
    """The next atom at or after ``pos``; ``starts``: :func:`_starts` of ``text``.

    The atom of the first :data:`_ATOM_RE` match at a start at or after ``pos``: as
    ``_atom_search`` would find, without a search per atom.
    """
    i = bisect_left(starts, pos)
    n = len(starts)
    match = _ATOM_RE.match
    match_digits = _DIGIT_ATOM_RE.match
    while i < n:
        start = starts[i]
        m = (match_digits if "0" <= text[start] <= "9" else match)(text, start)
        if m is None:
            i += 1
            continue
        atom = _make_atom(text, m)
        if atom is not None:
            return atom
        pos = m.end() if m.end() > pos else pos + 1
        i = bisect_left(starts, pos, i)
    return None


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
        words = text.encode("ascii").translate(_LETTERS_LOWER).split()
        return not _NUMBER_WORD_BYTES.isdisjoint(words)
    if any(c in text for c in _CASE_ODD):
        return _NUMBER_WORD_RE.search(text) is not None
    # ``_NUMBER_WORD_RE`` matches a whole run of word characters (``\b`` on both sides) that
    # is a number word in any case; without the odd characters above, a run with a
    # non-ASCII character neither matches nor has an ASCII lower(), so the set decides
    ascii_text = _NON_ASCII_RE.sub(" ", _NON_ASCII_WORD_CHAR_RE.sub("_", text))
    words = ascii_text.encode("ascii").translate(_WORD_CHARS_LOWER).split()
    return not _NUMBER_WORD_BYTES.isdisjoint(words)


def _word_before(text: str, start: int, floor: int) -> tuple[int, str]:
    """The word that ends right before ``start`` (spaces and one full stop between), not
    before ``floor``, and where it begins.

    Example:
        >>> _word_before("at least  12", 10, 0), _word_before("no. 5", 4, 0)
        ((3, 'least'), (0, 'no.'))
    """
    k = start
    while k > floor and text[k - 1].isspace():
        k -= 1
    b = k - 1 if k > floor and text[k - 1] == "." else k
    while b > floor and text[b - 1].isalpha():
        b -= 1
    return b, text[b:k]


def _pre(text: str, start: int, floor: int) -> re.Match[str] | None:
    if start <= floor:
        return None
    # every qualifier phrase ends with one of a few words right before the number: look at
    # that word first (a regex search over the window tries every position of it)
    b, word = _word_before(text, start, floor)
    if word.isascii():
        word = word.lower()
        if word not in _PRE_LAST_WORDS:
            return None
        before = _PRE_BEFORE_LAST.get(word)
        if before is not None:
            # "of 12", "to 5": such a word needs one of a few words before it (after a
            # space), which the phrase's match would hold whole in the window
            j = b
            while j > floor and text[j - 1].isspace():
                j -= 1
            if j == b:
                return None
            i = j
            while i > floor and text[i - 1].isalpha():
                i -= 1
            prev = text[i:j]
            if prev.isascii() and prev.lower() not in before:
                return None
    return _PRE_RE.search(text, max(floor, start - _WINDOW), start)


def _designator(text: str, start: int, floor: int) -> bool:
    """Is there a designator ("Boeing", "Article", "no.") right before the number at
    ``start`` (``_DESIGNATOR_RE`` in the 12 characters before it, after ``floor``)?

    As :func:`_pre`: the word right before the number must be one of the designators,
    looked at first (the regex decides when it is).

    Example:
        >>> _designator("a Boeing 737", 9, 0), _designator("some 737", 5, 0)
        (True, False)
    """
    lo = max(floor, start - 12)
    word = _word_before(text, start, lo)[1]
    if word.isascii() and word.lower() not in _DESIGNATOR_WORDS:
        return False
    return _DESIGNATOR_RE.search(text, lo, start) is not None


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
    # (positional, in the order of the fields: keywords cost more in this hot path)
    return Quantity(
        start,  # start
        end,  # end
        first.start,  # num_start
        last.end,  # num_end
        value,
        low,
        high,
        qualifier,
        first.currency or last.currency,  # currency
        text[start:end],  # text
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
    odd = not text.isascii() and any(c in text for c in _CASE_ODD)
    lower = None if odd else text.lower()  # one character for one (see _starts)
    starts = _starts(text, lower)
    while pos < n:
        floor = pos
        a = _scan(text, pos, starts)
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
        value = a.value
        if value == 1 and (ratio := _RATIO_RE.match(text, a.end)) is not None:
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
            if not skip and _designator(text, a.start, floor):
                skip = True
            if skip:
                tail = _YEAR_TAIL_RE.match(text, a.end)
                if tail:
                    pos = tail.end()
                continue

        # the first character after the number and the spaces after it: ``_SEP_RE``,
        # ``_POST_RE`` and ``_PERCENT_OR_TIME_RE`` match only before one of a few (and most
        # numbers are followed by a word that starts with another letter), so a look at it
        # spares their calls (``\s`` is ``str.isspace``; no other character matches their
        # first letters under IGNORECASE)
        j = a.end
        while j < n and text[j].isspace():
            j += 1
        after = text[j : j + 1]  # ("" at the end: in none of the sets)

        # Ranges: "between A and B", "from A to B", "A-B", "A–B", "A to B".
        b = None
        rstart = None
        between = None
        if a.start > floor:
            lo = max(floor, a.start - 30)
            # "between" in any case is ASCII (no odd character matches its letters): a
            # substring test on the lowercase text first
            if lower is None or lower.find("between", lo, a.start) >= 0:
                between = _BETWEEN_RE.search(text, lo, a.start)
        if between is not None:
            sep = _AND_RE.match(text, a.end)
            if sep is not None:
                b = _atom_at(text, sep.end())
                rstart = between.start()
        if b is None and not a.year and after in _SEP_FIRST:  # also 'between 10-15'
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
                if _PERCENT_OR_TIME_RE.match(text, b.end):
                    continue
                start = rstart if rstart is not None else a.start
                out.append(_quantity(text, start, b.end, a, b, None, low, high, "range"))
                continue

        if after in _PERCENT_OR_TIME_FIRST and _PERCENT_OR_TIME_RE.match(text, a.end):
            continue

        pre = _pre(text, a.start, floor)
        post = _POST_RE.match(text, a.end) if after in _POST_FIRST else None
        if pre is not None:
            qualifier = pre.lastgroup or "exact"
        elif post is not None:
            qualifier = post.lastgroup or "exact"
        else:
            qualifier = "exact"
        start = pre.start() if pre is not None else a.start
        end = post.end() if post is not None else a.end
        low, high = _interval(qualifier, value)
        pos = end
        out.append(_quantity(text, start, end, a, a, value, low, high, qualifier))
    return out
