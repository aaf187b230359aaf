"""Sample reports shared by the report tests, and tests of the shared helpers.

The other ``test_report_*`` modules import :func:`sample_report` and :func:`sample_articles`
from here.
"""

from __future__ import annotations

import pytest

from factcheck.report import EXTRACT_FORMATS, FORMATS, render, render_extract
from factcheck.report.common import figure, locate, summary
from factcheck.report.escape import dumps, gh_data, gh_property, terminal
from factcheck.report.rules import RULES, rule_for_type
from factcheck.types import FINDING_TYPES, Article, ArticleClaims, Claim, Finding, Report

HOSTILE_ID = "evil<script>alert(1)</script>"
HOSTILE_SOURCE = '" onmouseover="alert(1)'

A1_TEXT = (
    "Kyiv, March 2 (Reuters)\n"
    "\n"
    "At least 14 people were killed and 97 wounded, police said.\n"
    'Zelensky said: "We need advanced air defence systems."\n'
)
A2_TEXT = "KYIV (AP) — Nineteen people died in the attack.\nOfficials said 90 were injured.\n"
A3_TEXT = (
    "Intro line.\n"
    '\x1b[31mRED\x1b[0m Zelensky said "We need advanced air systems" <script>alert(1)</script>'
    "\n::error file=x::pwned\n"
)


def claim_at(article: str, text: str, n: int, fragment: str, **kw) -> Claim:
    """A claim whose span is ``fragment`` in ``text``."""
    start = text.index(fragment)
    return Claim(
        id=f"{article}:{n}",
        article=article,
        start=start,
        end=start + len(fragment),
        text=fragment,
        **kw,
    )


def sample_articles() -> tuple[ArticleClaims, ...]:
    """Three articles (one hostile) and one unreadable, with their claims."""
    a1 = Article(
        id="a1",
        text=A1_TEXT,
        source="Reuters",
        published="2024-03-02",
        path="wires/reuters.txt",
    )
    a2 = Article(id="a2", text=A2_TEXT, source="AP", published="2024-03-02", path="wires/ap.txt")
    a3 = Article(id=HOSTILE_ID, text=A3_TEXT, source=HOSTILE_SOURCE, published=None, path=None)
    a4 = Article(id="broken", path="wires/broken.html", error="cannot decode: bad byte 0xff")
    c = {
        "a1:0": claim_at(
            "a1",
            A1_TEXT,
            0,
            "At least 14 people were killed",
            kind="killed",
            value=14,
            low=14,
            qualifier="at_least",
            unit="people",
            subject="people",
            speaker="police",
        ),
        "a1:1": claim_at(
            "a1",
            A1_TEXT,
            1,
            "97 wounded",
            kind="wounded",
            value=97,
            low=97,
            high=97,
            qualifier="exact",
            unit="people",
            subject="people",
            speaker="police",
        ),
        "a1:2": claim_at(
            "a1",
            A1_TEXT,
            2,
            '"We need advanced air defence systems."',
            kind="quote",
            quote="We need advanced air defence systems.",
            speaker="Zelensky",
        ),
        "a2:0": claim_at(
            "a2",
            A2_TEXT,
            0,
            "Nineteen people died",
            kind="killed",
            value=19,
            low=19,
            high=19,
            qualifier="exact",
            unit="people",
            subject="people",
        ),
        "a2:1": claim_at(
            "a2",
            A2_TEXT,
            1,
            "90 were injured",
            kind="wounded",
            value=90,
            low=90,
            high=90,
            qualifier="exact",
            unit="people",
            subject="people",
            speaker="Officials",
            scope="in Kyiv",
        ),
        "a3:0": claim_at(
            HOSTILE_ID,
            A3_TEXT,
            0,
            '\x1b[31mRED\x1b[0m Zelensky said "We need advanced air systems" '
            "<script>alert(1)</script>\n::error file=x::pwned",
            kind="quote",
            quote="We need advanced air systems <script>alert(1)</script>",
            speaker='Zelensky" onmouseover="alert(1)',
        ),
    }
    return (
        ArticleClaims(a1, (c["a1:0"], c["a1:1"], c["a1:2"])),
        ArticleClaims(a2, (c["a2:0"], c["a2:1"])),
        ArticleClaims(a3, (c["a3:0"],)),
        ArticleClaims(a4, ()),
    )


def sample_report(draft: str | None = None) -> Report:
    """A report over :func:`sample_articles` with one finding of each severity and more."""
    arts = sample_articles()
    c = {cl.id: cl for ac in arts for cl in ac.claims}
    findings = (
        Finding(
            "FC101",
            "conflict",
            "error",
            "wounded",
            "97 wounded (Reuters) vs 90 injured (AP)",
            (c["a1:1"], c["a2:1"]),
        ),
        Finding(
            "FC201",
            "quote_mismatch",
            "error",
            "quote",
            f"Zelensky quoted differently by Reuters and {HOSTILE_SOURCE}::warning::x\nnext",
            (c["a1:2"], c[f"{HOSTILE_ID}:0"]),
        ),
        Finding(
            "FC102",
            "differs",
            "warning",
            "killed",
            "at least 14 killed (Reuters) vs 19 (AP)",
            (c["a1:0"], c["a2:0"]),
        ),
        Finding(
            "FC100",
            "consistent",
            "info",
            "killed",
            "14 and 19 agree",
            (c["a1:0"], c["a2:0"]),
        ),
    )
    return Report(articles=arts, findings=findings, model="blank:en", draft=draft)


# ---------------------------------------------------------------------------------------------


def test_every_format_renders_and_ends_with_newline():
    report = sample_report()
    for fmt in FORMATS:
        out = render(report, fmt)
        assert out.endswith("\n"), fmt
    for fmt in EXTRACT_FORMATS:
        assert render_extract(report.articles, fmt, model="blank:en").endswith("\n")


def test_unknown_formats_raise():
    with pytest.raises(ValueError, match="unknown format"):
        render(Report(), "xml")
    with pytest.raises(ValueError, match="unknown extract format"):
        render_extract([], "sarif", model="m")


def test_locate_multiline_article():
    report = sample_report()
    arts = {ac.article.id: ac.article for ac in report.articles}
    c = {cl.id: cl for cl in report.claims}
    # "At least 14" opens line 3; "97 wounded" sits later on line 3.
    assert locate(c["a1:0"], arts).short == "a1:3:1"
    loc = locate(c["a1:1"], arts)
    assert (loc.line, loc.col) == (3, A1_TEXT.split("\n")[2].index("97") + 1)
    assert (loc.end_line, loc.end_col) == (3, loc.col + len("97 wounded"))
    assert locate(c["a1:2"], arts).short == "a1:4:16"
    assert locate(c["a2:1"], arts).short == "a2:2:16"
    # the hostile claim spans two lines
    hl = locate(c[f"{HOSTILE_ID}:0"], arts)
    assert (hl.line, hl.col, hl.end_line) == (2, 1, 3)
    assert hl.file == HOSTILE_ID  # no path: the id stands in


def test_locate_uses_line_map():
    # Text extracted from HTML: offset 0 of the text is line 10, column 7 of the file.
    art = Article(id="h", text="Nine died.\nTen hurt.", line_map=((0, 10, 7), (11, 12, 5)))
    c1 = Claim(id="h:0", article="h", kind="killed", value=9, start=0, end=9)
    c2 = Claim(id="h:1", article="h", kind="wounded", value=10, start=11, end=19)
    assert locate(c1, {"h": art}).short == "h:10:7"
    assert locate(c2, {"h": art}).short == "h:12:5"


def test_locate_without_article():
    c = Claim(id="z:0", article="z", kind="killed", value=1, start=4, end=8)
    loc = locate(c, {})
    assert (loc.file, loc.line, loc.col, loc.end_col) == ("z", 1, 5, 9)


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"kind": "killed", "value": 14, "low": 14, "qualifier": "at_least"}, "at least 14"),
        ({"kind": "killed", "value": 14, "low": 14, "high": 14, "qualifier": "exact"}, "14"),
        (
            {"kind": "killed", "low": 24, "qualifier": "vague", "text": "Dozens died"},
            "dozens (>= 24)",
        ),
        (
            {
                "kind": "money",
                "value": 15e9,
                "low": 15e9,
                "high": 15e9,
                "qualifier": "exact",
                "currency": "USD",
            },
            "$15,000,000,000",
        ),
        (
            {"kind": "money", "value": 2.5e6, "qualifier": "exact", "currency": "CHF"},
            "2,500,000 CHF",
        ),
        ({"kind": "killed", "low": 10, "high": 15, "qualifier": "range"}, "10-15"),
        ({"kind": "drones", "value": 40, "qualifier": "about"}, "about 40"),
        ({"kind": "killed", "value": 100, "high": 100, "qualifier": "less_than"}, "fewer than 100"),
        ({"kind": "killed", "value": 1.5, "qualifier": "exact"}, "1.5"),
        ({"kind": "killed", "value": 300, "qualifier": "possible"}, "possibly 300"),
    ],
)
def test_figure(kw, expected):
    assert figure(Claim(id="a:0", article="a", **kw)) == expected


def test_summary_line():
    report = sample_report()
    assert summary(report.findings, 6) == "2 errors, 1 warning, 1 info in 6 articles"


def test_rules_cover_every_finding_type():
    assert {r.name for r in RULES.values()} == FINDING_TYPES
    assert list(RULES) == ["FC100", "FC101", "FC102", "FC103", "FC201", "FC202", "FC301", "FC302"]
    assert rule_for_type("update") == "FC103"


def test_escape_helpers():
    assert terminal("a\x1b[31mb\x1b]0;pwn\x07c\x9b2Jd\x00e\r\tf\ng") == "abcde\tf\ng"
    assert gh_data("100%\r\n::x") == "100%25%0D%0A::x"
    assert gh_property("a::b,\n") == "a%3A%3Ab%2C%0A"
    assert dumps("\x85\u2028") == '"\\u0085\\u2028"'
