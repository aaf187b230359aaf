"""Tests of factcheck.numbers: parse_number and find_quantities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.numbers import _YEAR_OK, QUALIFIERS, Quantity, find_quantities, parse_number

# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _below_thousand(n: int, use_and: bool, hyphen: bool) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest:
        if hundreds and use_and:
            parts.append("and")
        if rest < 20:
            parts.append(_ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            if ones:
                parts.append(f"{_TENS[tens]}{'-' if hyphen else ' '}{_ONES[ones]}")
            else:
                parts.append(_TENS[tens])
    return " ".join(parts)


def to_words(n: int, use_and: bool = True, hyphen: bool = True) -> str:
    """Reference int -> English words for 0..999_999 ("two hundred and ten")."""
    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = []
    if thousands:
        parts.append(f"{_below_thousand(thousands, use_and, hyphen)} thousand")
    if rest:
        if thousands and rest < 100 and use_and:
            parts.append("and")
        parts.append(_below_thousand(rest, use_and, hyphen))
    return " ".join(parts)


def one(text: str) -> Quantity:
    qs = find_quantities(text)
    assert len(qs) == 1, qs
    return qs[0]


def check_invariants(text: str, qs: list[Quantity]) -> None:
    prev_end = 0
    for q in qs:
        assert 0 <= q.start <= q.num_start < q.num_end <= q.end <= len(text)
        assert q.start >= prev_end
        assert text[q.start : q.end] == q.text
        assert q.qualifier in QUALIFIERS
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        prev_end = q.end


def test_reference_words():
    assert to_words(210) == "two hundred and ten"
    assert to_words(97) == "ninety-seven"
    assert to_words(1005) == "one thousand and five"
    assert to_words(210, use_and=False, hyphen=False) == "two hundred ten"


# ------------------------------------------------------------------------------------------
# parse_number
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "s, expected",
    [
        ("1,200", 1200),
        ("1,175", 1175),
        ("530,000", 530000),
        ("559 315", 559315),  # thousands set off by a space
        ("100\u00a0000", 100000),
        ("1.2 million", 1200000),
        ("15bn", 15_000_000_000),
        ("2.5m", 2_500_000),
        ("10k", 10_000),
        ("3 mn", 3_000_000),
        ("1.5 tn", 1_500_000_000_000),
        ("ninety-seven", 97),
        ("ninety seven", 97),
        ("a dozen", 12),
        ("dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("two hundred and ten", 210),
        ("two hundred ten", 210),
        ("one", 1),
        ("One", 1),
        ("1.5", 1.5),
        ("15.6", 15.6),
        ("10 lakh", 1_000_000),
        ("10 lakhs", 1_000_000),
        ("15.6 crore", 156_000_000),
        ("15.6 crores", 156_000_000),
        ("1,00,000", 100_000),
        ("1.5 lakh crore", 1_500_000_000_000),
        ("three million", 3_000_000),
        ("half a million", 500_000),
        ("a million", 1_000_000),
        ("a hundred and ten", 110),
        ("one and a half million", 1_500_000),
        ("hundred", 100),
        ("thousand", 1000),
        ("$15bn", 15_000_000_000),
        ("£3m", 3_000_000),
        ("2022", 2022),
        ("0", 0),
        ("  42  ", 42),
    ],
)
def test_parse_number(s, expected):
    got = parse_number(s)
    assert got == expected
    assert type(got) is type(expected)


@pytest.mark.parametrize(
    "s",
    ["", "people", "dozens", "hundreds", "one two", "27th", "second", "G7", "COVID-19", "abc"],
)
def test_parse_number_none(s):
    assert parse_number(s) is None


# ------------------------------------------------------------------------------------------
# find_quantities: plain numbers
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("1,200 people", "1,200", 1200),
        ("1,175 were hurt", "1,175", 1175),
        ("15.6 tonnes", "15.6", 15.6),
        ("530,000 displaced", "530,000", 530000),
        ("1.2 million people", "1.2 million", 1_200_000),
        ("ninety-seven soldiers", "ninety-seven", 97),
        ("twenty one tanks", "twenty one", 21),
        ("twenty-one tanks", "twenty-one", 21),
        ("two hundred and ten drones", "two hundred and ten", 210),
        ("a dozen boats", "a dozen", 12),
        ("A dozen boats", "A dozen", 12),
        ("Dozen killed", "Dozen", 12),
        ("eleven ships", "eleven", 11),
        ("three thousand", "three thousand", 3000),
        ("two lakh people", "two lakh", 200_000),
        ("10 thousand troops", "10 thousand", 10_000),
        ("a two-year war", "two", 2),
        ("an 18-year-old man", "18", 18),
        ("a 10-member team", "10", 10),
        ("a 24-hour truce", "24", 24),
        ("one of them died", "one", 1),
        ("12841 Coromandel Express", "12841", 12841),
        ("the death toll is 0", "0", 0),
        ("15m people", "15m", 15_000_000),
        ("a 100k crowd", "100k", 100_000),
        ("the 1,00,000 mark", "1,00,000", 100_000),
    ],
)
def test_exact(text, span, value):
    q = one(text)
    assert q.text == span
    assert (q.value, q.low, q.high, q.qualifier) == (value, value, value, "exact")
    assert q.currency is None
    check_invariants(text, [q])


@pytest.mark.parametrize(
    "text",
    [
        "the 27th victim",
        "the second attack",
        "the first one",  # "first" skipped; "one" is returned, see below
        "one another",
        "no one was hurt",
        "No one was hurt",
        "someone, anyone, everyone",
        "each one",
        "tone none often",
        "at 7pm",
        "at 7 p.m.",
        "at 7 PM",
        "at 10:30",
        "at 1 a.m.",
        "between 10 and 11 p.m.",
        "10-11pm",
        "at 14:00 GMT",
        "5%",
        "5 percent",
        "5 per cent",
        "5-10%",
        "between 5 and 10 percent",
        "in 2012",
        "2022",
        "1990-2000",
        "the 2012-13 season",
        "from 2010 to 2015",
        "COVID-19",
        "the G7 summit",
        "K-12 schools",
        "4G network",
        "a Boeing 737",
        "Article 370",
        "the twenty-first century",
        "two-thirds of the town",
        "5km away",
        "the 1990s",
        "24/7",
        "on 12/03/2022",
        "#5",
    ],
)
def test_skipped(text):
    qs = find_quantities(text)
    if text == "the first one":
        assert [q.text for q in qs] == ["one"]
    else:
        assert qs == []


# ------------------------------------------------------------------------------------------
# qualifiers
# ------------------------------------------------------------------------------------------

PRE = {
    "at_least": ["at least", "At least", "a minimum of", "no fewer than", "no less than"],
    "more_than": [
        "more than",
        "over",
        "upwards of",
        "in excess of",
        "above",
        "just over",
        "well over",
        "a little more than",
        "slightly more than",
    ],
    "about": [
        "about",
        "around",
        "roughly",
        "approximately",
        "some",
        "an estimated",
        "estimated",
        "close to",
        "just about",
    ],
    "at_most": ["nearly", "almost", "up to", "as many as", "at most", "no more than", "as much as"],
    "less_than": ["fewer than", "less than", "under", "below", "just under", "just below"],
}
PRE_CASES = [(phrase, q) for q, phrases in PRE.items() for phrase in phrases]


def expected_interval(qualifier, n):
    return {
        "exact": (n, n),
        "at_least": (n, None),
        "more_than": (n, None),
        "about": (None, None),
        "at_most": (None, n),
        "less_than": (None, n),
    }[qualifier]


@pytest.mark.parametrize("phrase, qualifier", PRE_CASES)
def test_pre_qualifiers(phrase, qualifier):
    text = f"Officials said {phrase} 14 people were killed."
    q = one(text)
    assert q.text == f"{phrase} 14"
    assert text[q.num_start : q.num_end] == "14"
    assert q.qualifier == qualifier
    assert q.value == 14
    assert (q.low, q.high) == expected_interval(qualifier, 14)


@pytest.mark.parametrize(
    "text, span, qualifier, value",
    [
        ("over100 killed", "over100", "more_than", 100),
        ("14 or more", "14 or more", "at_least", 14),
        ("14-plus victims", "14-plus", "at_least", 14),
        ("14 plus victims", "14 plus", "at_least", 14),
        ("14+ victims", "14+", "at_least", 14),
        ("40-odd victims", "40-odd", "about", 40),
        ("40 or so victims", "40 or so", "about", 40),
        ("40 or fewer", "40 or fewer", "at_most", 40),
        ("at least 14 or more", "at least 14 or more", "at_least", 14),
        ("more than a dozen", "more than a dozen", "more_than", 12),
        ("nearly ninety-seven", "nearly ninety-seven", "at_most", 97),
        ("more than 2000 people", "more than 2000", "more_than", 2000),
        ("2000+ people", "2000+", "at_least", 2000),
    ],
)
def test_qualifier_forms(text, span, qualifier, value):
    q = one(text)
    assert q.text == span
    assert q.qualifier == qualifier
    assert q.value == value
    assert (q.low, q.high) == expected_interval(qualifier, value)


# ------------------------------------------------------------------------------------------
# money
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, value, currency",
    [
        ("$15bn in aid", "$15bn", 15_000_000_000, "USD"),
        ("$15 billion in aid", "$15 billion", 15_000_000_000, "USD"),
        ("€2.5m", "€2.5m", 2_500_000, "EUR"),
        ("£3m", "£3m", 3_000_000, "GBP"),
        ("Rs 15.6 crores", "Rs 15.6 crores", 156_000_000, "INR"),
        ("Rs. 500", "Rs. 500", 500, "INR"),
        ("Rs.500", "Rs.500", 500, "INR"),
        ("₹10 lakh", "₹10 lakh", 1_000_000, "INR"),
        ("1.2 crore rupees", "1.2 crore rupees", 12_000_000, "INR"),
        ("INR 500", "INR 500", 500, "INR"),
        ("US$ 5 million", "US$ 5 million", 5_000_000, "USD"),
        ("US$5m", "US$5m", 5_000_000, "USD"),
        ("USD 20", "USD 20", 20, "USD"),
        ("EUR 1,200", "EUR 1,200", 1200, "EUR"),
        ("GBP 3 million", "GBP 3 million", 3_000_000, "GBP"),
        ("¥500", "¥500", 500, "JPY"),
        ("5 million hryvnias", "5 million hryvnias", 5_000_000, "UAH"),
        ("100 roubles", "100 roubles", 100, "RUB"),
        ("100 rubles", "100 rubles", 100, "RUB"),
        ("3 billion yuan", "3 billion yuan", 3_000_000_000, "CNY"),
        ("15 million dollars", "15 million dollars", 15_000_000, "USD"),
        ("15 million US dollars", "15 million US dollars", 15_000_000, "USD"),
        ("10 euros", "10 euros", 10, "EUR"),
        ("10 pounds", "10 pounds", 10, "GBP"),
        ("a million dollars", "a million dollars", 1_000_000, "USD"),
        ("$15b", "$15b", 15_000_000_000, "USD"),
        # Philippine pesos; an ISO code glued to the digits; a letter prefix with grouping
        ("P2.7 billion in damage", "P2.7 billion", 2_700_000_000, "PHP"),
        ("PHP699.3 million", "PHP699.3 million", 699_300_000, "PHP"),
        ("USD15 million", "USD15 million", 15_000_000, "USD"),
        ("losses of P388,822,968", "P388,822,968", 388_822_968, "PHP"),
        ("N600,000 in cash", "N600,000", 600_000, "NGN"),
        ("800,000 Kenyan shillings", "800,000 Kenyan shillings", 800_000, "KES"),
        ("5 million Mexican pesos", "5 million Mexican pesos", 5_000_000, "MXN"),
        ("20 million pesos in aid", "20 million pesos", 20_000_000, "PHP"),  # (no country)
        ("₱2.7 billion in damage", "₱2.7 billion", 2_700_000_000, "PHP"),
    ],
)
def test_money(text, span, value, currency):
    q = one(text)
    assert q.text == span
    assert text[q.num_start : q.num_end] == span
    assert (q.value, q.qualifier, q.currency) == (value, "exact", currency)


def test_money_with_qualifier():
    q = one("more than $15 billion in aid")
    assert q.text == "more than $15 billion"
    assert "more than $15 billion"[q.num_start : q.num_end] == "$15 billion"
    assert (q.value, q.low, q.high, q.qualifier, q.currency) == (
        15_000_000_000,
        15_000_000_000,
        None,
        "more_than",
        "USD",
    )


# ------------------------------------------------------------------------------------------
# ranges
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, low, high, currency",
    [
        ("between 10 and 15 people", "between 10 and 15", 10, 15, None),
        ("Between 10 and 15 people", "Between 10 and 15", 10, 15, None),
        ("between about 95 and 101", "between about 95 and 101", 95, 101, None),
        ("between three and eight", "between three and eight", 3, 8, None),
        ("10-15 people", "10-15", 10, 15, None),
        ("10–12 people", "10–12", 10, 12, None),
        ("10 – 12 people", "10 – 12", 10, 12, None),
        ("10—12 people", "10—12", 10, 12, None),
        ("10 to 15 people", "10 to 15", 10, 15, None),
        ("from 10 to 15 people", "from 10 to 15", 10, 15, None),
        ("three to four people", "three to four", 3, 4, None),
        ("About 10-12 missiles", "About 10-12", 10, 12, None),
        ("up to 10-12 missiles", "up to 10-12", 10, 12, None),
        ("10-15 million", "10-15 million", 10_000_000, 15_000_000, None),
        ("between 1.5 and 2 million", "between 1.5 and 2 million", 1_500_000, 2_000_000, None),
        ("500-2 million", "500-2 million", 500, 2_000_000, None),
        ("$10-15bn", "$10-15bn", 10_000_000_000, 15_000_000_000, "USD"),
        ("$10bn to $15bn", "$10bn to $15bn", 10_000_000_000, 15_000_000_000, "USD"),
        ("1,200-1,500", "1,200-1,500", 1200, 1500, None),
        ("between 10-15 people", "between 10-15", 10, 15, None),
        ("between 20 to 30 people", "between 20 to 30", 20, 30, None),
    ],
)
def test_ranges(text, span, low, high, currency):
    q = one(text)
    assert q.text == span
    assert (q.value, q.low, q.high, q.qualifier, q.currency) == (None, low, high, "range", currency)


@pytest.mark.parametrize(
    "text, values",
    [
        ("score 7-2", [7, 2]),
        ("fell 50 to 42", [50, 42]),
        ("an 18-year-old", [18]),
        ("a 10-member team", [10]),
        ("10 and 15", [10, 15]),
        ("three-year-old twins", [3]),
        ("between 10 people and 15 dogs", [10, 15]),
    ],
)
def test_not_ranges(text, values):
    qs = find_quantities(text)
    assert [q.value for q in qs] == values
    assert all(q.qualifier == "exact" for q in qs)


# ------------------------------------------------------------------------------------------
# vague
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, low, currency",
    [
        ("dozens were hurt", "dozens", 24, None),
        ("Dozens were hurt", "Dozens", 24, None),
        ("scores of people", "scores", 40, None),
        ("scores were killed", "scores", 40, None),
        ("hundreds fled", "hundreds", 200, None),
        ("thousands fled", "thousands", 2000, None),
        ("tens of thousands fled", "tens of thousands", 20_000, None),
        ("tens of drones flew", "tens", 20, None),
        ("hundreds of thousands fled", "hundreds of thousands", 200_000, None),
        ("millions fled", "millions", 2_000_000, None),
        ("several hundred fled", "several hundred", 200, None),
        ("several thousand fled", "several thousand", 2000, None),
        ("several dozen fled", "several dozen", 24, None),
        ("a few hundred fled", "a few hundred", 200, None),
        ("as many as several hundred", "as many as several hundred", 200, None),
        ("more than dozens", "more than dozens", 24, None),
        ("millions of dollars", "millions of dollars", 2_000_000, "USD"),
    ],
)
def test_vague(text, span, low, currency):
    q = one(text)
    assert q.text == span
    assert (q.value, q.low, q.high, q.qualifier, q.currency) == (None, low, None, "vague", currency)


def test_test_scores_are_not_vague():
    assert find_quantities("the test scores rose") == []
    assert find_quantities("the scores") == []


# ------------------------------------------------------------------------------------------
# whole texts
# ------------------------------------------------------------------------------------------


def test_article():
    text = (
        "KYIV, March 3 (Reuters) - At least 14 people were killed and more than 40 wounded "
        "when Russia fired 27 missiles and ninety-seven drones overnight, officials said in "
        "2024. Ukraine said it shot down 25 of them. Dozens of homes were damaged, and "
        "damage is estimated at $15bn. No one from the 18-member crew was hurt."
    )
    qs = find_quantities(text)
    check_invariants(text, qs)
    got = [(q.text, q.qualifier) for q in qs]
    assert got == [
        ("3", "exact"),
        ("At least 14", "at_least"),
        ("more than 40", "more_than"),
        ("27", "exact"),
        ("ninety-seven", "exact"),
        ("25", "exact"),
        ("Dozens", "vague"),
        ("$15bn", "exact"),
        ("18", "exact"),
    ]


def test_curly_quotes_and_newlines():
    text = "“At least 14,” he said.\nThe toll rose to 20 – 25 by ‘noon’. No one’s fault."
    qs = find_quantities(text)
    check_invariants(text, qs)
    assert [(q.text, q.qualifier) for q in qs] == [
        ("At least 14", "at_least"),
        ("20 – 25", "range"),
    ]


def test_quantity_interval():
    q = one("at least 5")
    assert q.interval == (5, None)


# ------------------------------------------------------------------------------------------
# properties
# ------------------------------------------------------------------------------------------


def _is_year(n: int) -> bool:
    return 1900 <= n <= 2099


@given(st.integers(0, 999_999_999))
def test_digits_roundtrip_plain(n):
    s = str(n)
    assert parse_number(s) == n
    qs = find_quantities(f"We counted {s} of them.")
    if _is_year(n):
        assert qs == []  # bare years are skipped by contract
        return
    assert len(qs) == 1
    q = qs[0]
    assert (q.value, q.low, q.high, q.qualifier, q.text) == (n, n, n, "exact", s)


@given(st.integers(0, 999_999_999))
def test_digits_roundtrip_commas(n):
    s = f"{n:,}"
    assert parse_number(s) == n
    qs = find_quantities(s)
    if "," not in s and _is_year(n):
        assert qs == []
        return
    assert len(qs) == 1
    assert (qs[0].value, qs[0].qualifier, qs[0].text) == (n, "exact", s)


@given(st.integers(0, 999_999), st.booleans(), st.booleans())
def test_words_roundtrip(n, use_and, hyphen):
    s = to_words(n, use_and=use_and, hyphen=hyphen)
    assert parse_number(s) == n
    qs = find_quantities(f"They said {s} were there.")
    assert len(qs) == 1, (s, qs)
    assert (qs[0].value, qs[0].qualifier, qs[0].text) == (n, "exact", s)


@given(st.sampled_from(PRE_CASES), st.integers(0, 10**9), st.booleans())
def test_qualifier_intervals(case, n, commas):
    phrase, qualifier = case
    s = f"{n:,}" if commas else str(n)
    text = f"Police said {phrase} {s} people were there."
    qs = find_quantities(text)
    if _is_year(n) and not commas and phrase.lower() not in _YEAR_OK:
        return  # a bare year after a weak qualifier ("over 2000") is ambiguous; skipped
    assert len(qs) == 1
    q = qs[0]
    assert q.value == n
    assert q.qualifier == qualifier
    assert (q.low, q.high) == expected_interval(qualifier, n)
    if q.low is not None and q.high is not None:
        assert q.low <= q.high
    assert q.text == f"{phrase} {s}"


@given(st.integers(0, 10**6), st.integers(1, 10**6), st.sampled_from(["-", "–", " to "]))
def test_range_property(a, d, sep):
    b = a + d
    text = f"{a}{sep}{b} people"
    qs = find_quantities(text)
    check_invariants(text, qs)
    if _is_year(a):
        return
    assert len(qs) == 1
    assert (qs[0].qualifier, qs[0].low, qs[0].high, qs[0].value) == ("range", a, b, None)


@settings(max_examples=300)
@given(st.text())
def test_never_raises(text):
    check_invariants(text, find_quantities(text))


_FRAGMENTS = st.sampled_from(
    [
        " ",
        "at least ",
        "more than",
        "over",
        "between ",
        " and ",
        " to ",
        "-",
        "–",
        "$",
        "Rs.",
        "€",
        "1,200",
        "15",
        "2.5",
        "2012",
        "m",
        "bn",
        " million",
        " crore",
        "one",
        "twenty",
        "-one",
        "a dozen",
        "dozens",
        "several hundred",
        "%",
        "pm",
        " or more",
        "+",
        "no one",
        "’",
        "\n",
        "people",
        "x",
    ]
)


@settings(max_examples=500)
@given(st.lists(_FRAGMENTS, max_size=12).map("".join))
def test_never_raises_on_number_soup(text):
    check_invariants(text, find_quantities(text))


_PRE_PIECES = st.sampled_from(
    [
        "at",
        "least",
        "the",
        "very",
        "more",
        "than",
        "over",
        "up",
        "to",
        "as",
        "many",
        "some",
        "approx.",
        "e.g.",
        "no",
        "fewer",
        "an",
        "estimated",
        "nearly",
        "under",
        "x",
        "ſome",
        " ",
        "  ",
        "\n",
        "5",
        ".",
    ]
)


@given(st.lists(_PRE_PIECES, max_size=12), st.data())
def test_qualifier_lookup_agrees_with_the_plain_search(pieces: list[str], data) -> None:
    # _pre looks at the last word before trying the regex: it must find what the regex finds
    from factcheck.numbers import _PRE_RE, _WINDOW, _pre

    text = (
        data.draw(st.sampled_from([" ", ""])).join(pieces)
        + data.draw(st.sampled_from([" ", ""]))
        + "5"
    )
    start = len(text) - 1
    floor = data.draw(st.integers(0, start))
    plain = _PRE_RE.search(text, max(floor, start - _WINDOW), start) if start > floor else None
    fast = _pre(text, start, floor)
    assert (fast and (fast.span(), fast.lastgroup)) == (plain and (plain.span(), plain.lastgroup))


_ATOM_PIECES = st.sampled_from(
    [
        "a",
        "A",
        "half",
        "few",
        "a few",
        "a couple of",
        "several",
        "tens of",
        "hundreds",
        "Hundred",
        "thousands",
        "scores",
        "dozen",
        "seventy",
        "-five",
        "One",
        "and",
        "US$",
        "A$",
        "S$",
        "Rs",
        "RS.",
        "RMB",
        "R20",
        "N5",
        "Sh",
        "KSh",
        "₦",
        "ZAR",
        "usd",
        "EUR",
        "€",
        "₹",
        "12",
        "1,200",
        "3.5",
        "bn",
        "m",
        "k",
        " million",
        " lakh",
        " dollars",
        "over",
        "people's",
        "x",
        "é",
        "_",
        " ",
        "  ",
        "-",
        ",",
        ".",
        "/",
        "#",
        "\n",
    ]
)


@settings(max_examples=1000)
@given(st.lists(_ATOM_PIECES, max_size=14), st.data())
def test_atom_search_finds_what_the_full_pattern_finds(pieces: list[str], data) -> None:
    # _atom_search tries the number pattern only where a number can begin: same matches
    from factcheck.numbers import _ATOM_RE, _atom_search

    text = data.draw(st.sampled_from([" ", ""])).join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    plain, fast = _ATOM_RE.search(text, pos), _atom_search(text, pos)
    assert (fast and (fast.span(), fast.groupdict())) == (
        plain and (plain.span(), plain.groupdict())
    )
    if text.isascii():  # the lowercase scan finds the same
        low = _atom_search(text, pos, text.lower())
        assert (low and (low.span(), low.groupdict())) == (fast and (fast.span(), fast.groupdict()))


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("South Africa set aside R20 million for the rescue.", 20_000_000, "ZAR"),
        ("Nigeria approved N50 billion for flood victims.", 50_000_000_000, "NGN"),
        ("Nigeria approved ₦50 billion.", 50_000_000_000, "NGN"),
        ("Kenya allocated Sh2 billion to drought relief.", 2_000_000_000, "KES"),
        ("The deal is worth 20 million rand.", 20_000_000, "ZAR"),
    ],
)
def test_african_currencies(text: str, value: int, currency: str) -> None:
    [q] = find_quantities(text)
    assert (q.value, q.currency) == (value, currency)


@pytest.mark.parametrize("text", ["Take the R20 to the coast.", "The N50 highway was closed."])
def test_a_road_named_with_a_letter_and_a_number_is_no_sum(text: str) -> None:
    assert all(q.currency is None for q in find_quantities(text))


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("losses of 4.6 billion reais", 4_600_000_000, "BRL"),
        ("about 904 million U.S. dollars", 904_000_000, "USD"),
        ("2.1 million Swiss francs", 2_100_000, "CHF"),
        ("a 400 million-euro package", 400_000_000, "EUR"),
        ("a 1-million-euro donation", 1_000_000, "EUR"),
    ],
)
def test_currency_words_and_hyphenated_sums(text, value, currency):
    q = one(text)
    assert (q.value, q.currency) == (value, currency)


def test_a_hyphen_before_a_unit_without_a_scale_is_no_currency():
    assert one("the 40-pound bag").currency is None


def test_a_space_joins_thousands_but_not_a_year_and_a_figure() -> None:
    found = find_quantities("In 2019 100 people died; 2 000 homes and 3 4 fell.")
    assert [q.value for q in found] == [100, 2000, 3, 4]


def test_a_letter_before_a_small_number_is_a_name_not_money() -> None:
    assert find_quantities("Take the P2 exit on the R20.") == []
