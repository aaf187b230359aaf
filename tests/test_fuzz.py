"""Property and fuzz tests: arbitrary text never crashes extraction, checking or the readers.

For any text (control characters, quotes of every kind, digits, any Unicode) ``extract`` and
``check`` return normally, every claim's offsets lie inside its article and its ``text`` is
``article.text[start:end]``, and every output format renders. The number parser and the HTML
reader get structured strategies (tag soup, entities, numbers glued to words, huge numbers).

One blank pipeline serves the session; ``max_examples`` stays moderate so the suite is fast.
Run ``pytest tests/test_fuzz.py --hypothesis-show-statistics`` to see how many examples ran,
and set ``FACTCHECK_FUZZ_EXAMPLES`` for a longer run.
"""

from __future__ import annotations

import json
import math
import os

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.numbers import find_quantities
from factcheck.report import FORMATS, render, render_extract, schema
from factcheck.textify import extract_html, html_to_text
from factcheck.types import KINDS, QUALIFIERS, Article

#: Examples per fuzz test; ``FACTCHECK_FUZZ_EXAMPLES=5000`` for a longer run.
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# ---------------------------------------------------------------------------- strategies

#: Pieces of news prose that reach the extractor's rules (figures, speakers, quotes).
NEWS = [
    "At least", "more than", "about", "up to", "nearly", "between", "and", "or", "to", "of",
    "14", "97", "1,000", "2.5", "1.5m", "$15bn", "€2.5m", "Rs 15.6 crores", "½", "10-15",
    "twenty-one", "a dozen", "dozens", "hundreds", "tens of thousands", "three", "one", "0",
    "people", "civilians", "children", "were killed", "died", "dead", "wounded", "injured",
    "missing", "displaced", "arrested", "missiles", "drones", "were shot down", "homes",
    "in Kyiv", "in district 5", "according to", "police", "officials", "said", "told",
    "Mayor Vitali Klitschko", "he", "she", "they", "the death toll rose to", "up from",
    '"', "“", "”", "'", "‘", "’", "«", "»", "—", "–", "-", ",", ".", ";", ":", "!", "?",
    "(", ")", "\n", "\n\n", " ", "  ", "\t", "\r", "\x00", "\x1b[31m", "\u2028", "\ufeff",
    "<!-- factcheck-ignore -->", "::error::", "=HYPERLINK(", "2022-10-10", "10:30", "aged 35",
    "Щонайменше 14 людей загинули", "至少14人死亡", "Al menos 14 personas murieron",
    "١٤", "１４", "14people", "killed14", "9" * 40, "$" * 3, "Dr.", "U.S.", "No. 5",
    "among the", "the governor", "Gov.", "Lt.", "whose", "half of the", "one in five",
    "magnitude", "spokesperson", "when", "as", "since", "earlier", "figure of", "'s", "’s",
    "victims’", "‘90s", "7.8",
]  # fmt: skip
news_text = st.lists(st.one_of(st.sampled_from(NEWS), st.text(max_size=8)), max_size=40).map(
    lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts)
)
any_text = st.text(max_size=300)  # every code point but surrogates, controls included
article_text = st.one_of(news_text, any_text)

#: Numbers glued to words, symbols and each other.
NUM_PARTS = [
    "14", "1,000", "1,00,000", "2.5", ".5", "5.", "0", "00", "007", "9" * 25, "9" * 400,
    "½", "¼", "١٤", "１４", "²", "$", "€", "£", "₴", "US$", "Rs", "RMB", "USD", "bn", "m", "k",
    "million", "billion", "trillion", "crore", "lakh", "dozen", "dozens", "hundreds", "a",
    "half", "and a half", "at least", "more than", "fewer than", "about", "up to", "between",
    "and", "to", "-", "–", "—", "+", "plus", "or more", "%", "per cent", "people", "killed",
    "twenty", "one", "-one", "hundred", "thousand", "first", "aged", "years", "km", "hours",
    ",", ".", ":", "/", "#", " ", "\n", "(", ")", "x", "e5", "1e308",
]  # fmt: skip
number_soup = st.lists(st.sampled_from(NUM_PARTS), max_size=12).flatmap(
    lambda parts: st.lists(
        st.sampled_from(["", " "]), min_size=len(parts), max_size=len(parts)
    ).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)))
)

#: HTML tag soup: tags (closed or not), comments, CDATA, entities good and bad, numbers.
HTML_PARTS = [
    "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<b>", "</b>", "<span class='x'>",
    "<a href=\"#\">", "</a>", "<li>", "<table><tr><td>", "</td><td>", "</table>", "<h1>",
    "<script>", "</script>", "<style>", "</style>", "<noscript>", "<template>", "<svg>",
    "</svg>", "<!--", "-->", "--!>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<?xml?>", "<",
    ">", "</", "<p", "=\"", "'", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&#8212;",
    "&#x2014;", "&#", "&#x", "&#xZZ;", "&#99999999;", "&#0;", "&bogus;", "&nbsp;", "&",
    "&amp", "&mdash", "14", "97 wounded", "At least 14 people were killed", "\n", " ", "é",
    "<title>", "</title>", "<head>", "<body>", "<meta name='x' content='y'>", "\x00", "\r",
]  # fmt: skip
tag_soup = st.lists(st.one_of(st.sampled_from(HTML_PARTS), st.text(max_size=6)), max_size=40).map(
    "".join
)

# --------------------------------------------------------------------------- helpers


def assert_claims_sound(ac) -> None:
    text = ac.article.text
    for c in ac.claims:
        assert 0 <= c.start <= c.end <= len(text), (c.start, c.end, len(text))
        assert c.text == text[c.start : c.end]
        assert c.kind in KINDS
        if c.kind == "quote":
            assert c.quote is not None
        else:
            assert c.qualifier in QUALIFIERS
            for v in (c.value, c.low, c.high):
                assert v is None or math.isfinite(v)
            if c.low is not None and c.high is not None:
                assert c.low <= c.high
    ids = [c.id for c in ac.claims]
    assert len(set(ids)) == len(ids)


# ------------------------------------------------------------------ extract and check


@FUZZ
@given(text=article_text)
def test_extract_never_raises_and_offsets_hold(nlp, text: str) -> None:
    [ac] = factcheck.extract([Article(id="a", text=text)], nlp=nlp)
    assert ac.article.text == text
    assert_claims_sound(ac)


@FUZZ
@given(a=article_text, b=article_text, draft=st.booleans())
def test_check_never_raises_and_renders(nlp, a: str, b: str, draft: bool) -> None:
    arts = [Article(id="a", text=a, source="A"), Article(id="b", text=b, source="B")]
    if draft:
        report = factcheck.check(arts[:1], against=arts[1:], nlp=nlp, today="2024-01-01")
    else:
        report = factcheck.check(arts, nlp=nlp)
    for ac in report.articles:
        assert_claims_sound(ac)
    known = {c.id for c in report.claims}
    for f in report.findings:
        assert {c.id for c in f.claims} <= known
    for fmt in FORMATS:
        out = render(report, fmt)
        assert out == "" or out.endswith("\n")
    jsonschema.validate(json.loads(render(report, "json")), schema("check"))


@settings(max_examples=max(1, EXAMPLES // 4), deadline=None)
@given(texts=st.lists(article_text, min_size=1, max_size=4))
def test_extract_json_always_matches_the_contract(nlp, texts: list[str]) -> None:
    arts = [Article(id=f"t{i}", text=t) for i, t in enumerate(texts)]
    out = factcheck.extract(arts, nlp=nlp)
    data = json.loads(render_extract(out, "json", model="blank:en"))
    jsonschema.validate(data, schema("extract"))


@FUZZ
@given(text=news_text, limit=st.integers(min_value=20, max_value=120))
def test_split_for_max_length_keeps_offsets(text: str, limit: int) -> None:
    """Texts over ``nlp.max_length`` are split; claims still point into the whole text."""
    small = _small_pipeline()
    small.max_length = limit
    [ac] = factcheck.extract([Article(id="a", text=text)], nlp=small)
    assert_claims_sound(ac)


_SMALL: list = []


def _small_pipeline():
    if not _SMALL:
        _SMALL.append(factcheck.load("blank"))
    return _SMALL[0]


# ----------------------------------------------------------------------- number parser


@FUZZ
@given(text=number_soup)
def test_find_quantities_never_raises_and_is_consistent(text: str) -> None:
    qs = find_quantities(text)
    last_end = 0
    for q in qs:
        assert last_end <= q.start <= q.num_start <= q.num_end <= q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert q.qualifier in QUALIFIERS
        for v in (q.value, q.low, q.high):
            assert v is None or (math.isfinite(v) and abs(v) < 1e300), v
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, q
        if q.value is not None and q.qualifier == "exact":
            assert q.low == q.value == q.high, q
        json.dumps([q.value, q.low, q.high], allow_nan=False)
        last_end = q.end


@FUZZ
@given(text=st.text(max_size=200))
def test_find_quantities_any_text(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start <= q.end <= len(text)
        assert q.text == text[q.start : q.end]


def test_huge_numbers_are_not_figures(nlp) -> None:
    """Found by fuzzing: a 400-digit number became 10**400 and ``check`` crashed with
    OverflowError (int too large to convert to float) in reconcile; past 4300 digits JSON
    output failed too. Digit strings over 30 characters are ids, not figures."""
    for digits in ("9" * 31, "9" * 400, "9" * 5000):
        text = f"{digits} people were killed."
        assert find_quantities(text) == []
        report = factcheck.check([text, text.replace("9", "8", 1)], nlp=nlp)
        for fmt in FORMATS:
            render(report, fmt)
    [q] = find_quantities("999,999,999,999 trillion dollars")
    assert q.value == 999_999_999_999 * 10**12


# ------------------------------------------------------------------------- HTML reader


def _check_line_map(text: str, line_map) -> None:
    offsets = [a[0] for a in line_map]
    assert offsets == sorted(offsets)
    for off, line, col in line_map:
        assert 0 <= off <= len(text) and line >= 1 and col >= 1


@FUZZ
@given(html=tag_soup)
def test_html_to_text_tag_soup(html: str) -> None:
    text, line_map = html_to_text(html)
    _check_line_map(text, line_map)
    body, body_map, meta = extract_html(html)
    _check_line_map(body, body_map)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in meta.items())
    art = Article(id="h", text=body, line_map=body_map)
    for off in range(0, len(body) + 1, max(1, len(body) // 7)):
        line, col = art.locate(off)
        assert line >= 1 and col >= 1


#: Complete markup only: after it the parser is back in the data state, as a browser's would be.
CLEAN_PARTS = [
    "<p>", "</p>", "<div class=\"a\">", "</div>", "<br>", "<br/>", "<b>", "</b>", "<li>",
    "<!-- a comment -->", "<!---->", "<!DOCTYPE html>", "&amp;", "&#8212;", "&#", "&#x;",
    "&bogus;", "&", "14", "97 wounded", "\n", " ", "é", "</span>", "<img src=x>",
]  # fmt: skip
clean_markup = st.lists(
    st.one_of(
        st.sampled_from(CLEAN_PARTS),
        st.text(alphabet=st.characters(blacklist_characters="<&", codec="utf-8"), max_size=6),
    ),
    max_size=20,
).map("".join)


@FUZZ
@given(
    before=clean_markup,
    secret=st.sampled_from(["script", "style", "template", "noscript", "svg", "iframe"]),
    after=tag_soup,
)
def test_html_hidden_content_never_leaks(before: str, secret: str, after: str) -> None:
    """What is inside a <script>/<style>/... never reaches the text, whatever follows.

    (After tag soup a browser may not see a tag at all: ``</<script>`` is a bogus comment
    and what follows is text, so the markup before is kept complete.)
    """
    html = f"{before}<{secret}>var leaked = 'SECRET14';</{secret}>{after}"
    text, _ = html_to_text(html)
    assert "SECRET14" not in text
    body, _, _ = extract_html(html)
    assert "SECRET14" not in body


@FUZZ
@given(word=st.sampled_from(["killed", "people", "km", "$", "x"]), n=st.integers(0, 10**9))
def test_html_entities_and_glued_numbers(nlp, word: str, n: int) -> None:
    html = f"<p>{n}{word}&#8212;{n}&nbsp;{word}&amp;<b>{n}</b>{word}</p>"
    text, _ = html_to_text(html)
    assert "&#8212;" not in text and "&nbsp;" not in text and "&amp;" not in text
    assert "\u2014" in text and "&" in text and "<" not in text
    assert text.count(str(n)) >= 3
    [ac] = factcheck.extract([Article(id="h", text=text)], nlp=nlp)
    assert_claims_sound(ac)
