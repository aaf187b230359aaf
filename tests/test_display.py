"""Rich display: terminal reprs, notebook HTML, displaCy rendering; article text stays inert."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.display import (
    ClaimsTable,
    article_claims_html,
    claims_html,
    finding_html,
    report_html,
)
from factcheck.types import Article, ArticleClaims, Claim, Finding, Report

EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def seeds_report(nlp):
    from tests.conftest import SEEDS

    return factcheck.check(str(SEEDS), nlp=nlp)


@pytest.fixture(scope="module")
def evil_report(nlp):
    texts = [
        Article(
            id=f"<b>a{i}</b>",
            source=f"{EVIL} Wire {i}",
            published=f"2022-10-1{i}",
            url=f"javascript:{EVIL}",
            text=f"{EVIL} At least 14 people were killed and {n} wounded, {EVIL} officials said.",
        )
        for i, n in ((1, 97), (2, 90))
    ]
    return factcheck.check(texts, nlp=nlp)


def _assert_inert(html: str) -> None:
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;" in html


def test_report_repr(seeds_report):
    text = repr(seeds_report)
    assert text.startswith("<Report: 2 articles, ")
    assert "1 error" in text and "claims" in text and text.endswith(">")
    assert "\n" not in text


def test_report_repr_counts_unreadable():
    r = Report(articles=(ArticleClaims(Article(id="x", error="cannot read")),))
    assert repr(r) == "<Report: 1 article, 0 claims, 0 errors, 0 warnings, 0 info, 1 unreadable>"


def test_finding_repr_is_one_clean_line():
    f = Finding("FC101", "conflict", "error", "wounded", "97 \x1b[31mwounded\x1b[0m\nvs 90" * 20)
    text = repr(f)
    assert text.startswith("<Finding FC101 error conflict: 97 wounded vs 90")
    assert "\x1b" not in text and "\n" not in text and len(text) < 220


def test_article_claims_repr(seeds_report):
    ac = seeds_report.articles[1]
    text = repr(ac)
    assert text.startswith(f"<ArticleClaims {ac.article.id} (NewsNation, 2022-10-11): ")
    assert "wounded 1" in text
    err = ArticleClaims(Article(id="x", error="no such file"))
    assert repr(err) == "<ArticleClaims x: error: no such file>"


def test_report_html_side_by_side(seeds_report):
    html = seeds_report._repr_html_()
    assert html.startswith('<div class="fc">')
    assert html.count('class="side"') == 2  # the one conflict, two sources
    assert "NewsNation" in html and "2022-10-11" in html
    assert "<mark>90 were injured</mark>" in html or "<mark>90" in html
    assert "FC101" in html
    assert "<details>" in html  # info findings folded


def test_report_html_escapes_everything(evil_report):
    html = report_html(evil_report)
    _assert_inert(html)
    assert 'class="side"' in html  # the conflict is shown


def test_finding_html_escapes(evil_report):
    [f] = [f for f in evil_report.findings if f.type == "conflict"]
    _assert_inert(finding_html(f, evil_report.articles))
    bare = f._repr_html_()
    assert "<mark>" in bare and "<script" not in bare


def test_article_claims_html_escapes(evil_report):
    ac = evil_report.articles[0]
    html = ac._repr_html_()
    _assert_inert(html)
    assert "<mark>" in html and "wounded" in html
    _assert_inert(article_claims_html(ArticleClaims(Article(id="e", error=EVIL))))


def test_claims_table(evil_report):
    table = evil_report.claims_table()
    assert isinstance(table, ClaimsTable)
    n = len(evil_report.claims)
    assert repr(table).startswith(f"<ClaimsTable: {n} claims (killed 2, ")
    assert "wounded 2" in repr(table)
    assert len(table) == n and list(table) == list(evil_report.claims)
    _assert_inert(table._repr_html_())
    assert "No claims." in claims_html([])


def test_claims_table_to_pandas(evil_report):
    pytest.importorskip("pandas")
    frame = evil_report.claims_table().to_pandas()
    assert len(frame) == len(evil_report.claims)


def test_pandas_html_escapes(evil_report):
    pytest.importorskip("pandas")
    html = evil_report.to_pandas()._repr_html_()
    assert "<script" not in html.lower()


def test_render_article_claims_keeps_claims(seeds_report):
    ac = seeds_report.articles[1]
    html = factcheck.render(ac, jupyter=False)
    assert '<div class="spans"' in html
    assert "NewsNation · 2022-10-11" in html  # title: source and date
    assert "from Kyiv, the country" in html  # the article's spacing, not one space per token
    kinds = {c.kind for c in ac.claims}
    for kind in kinds:
        assert kind in html


def test_render_text_and_article(nlp):
    html = factcheck.render("Five people died.", nlp=nlp, jupyter=False)
    assert "killed" in html
    html = factcheck.render(Article(id="a", text="Five people died."), jupyter=False)
    assert "killed" in html


def test_render_escapes_text_and_labels(nlp):
    html = factcheck.render(f"{EVIL} Five people died. {EVIL}", nlp=nlp, jupyter=False)
    _assert_inert(html)
    html = factcheck.render(Article(id="x", source=EVIL, text="Five people died."), jupyter=False)
    _assert_inert(html)
    ac = ArticleClaims(
        Article(id="a", text=EVIL),
        (Claim(id="a:0", article="a", kind="quote", quote="x", start=0, end=8, text=EVIL[:8]),),
    )
    _assert_inert(factcheck.render(ac, jupyter=False))


def test_render_rejects_other_types():
    with pytest.raises(TypeError, match="Article"):
        factcheck.render(42, jupyter=False)  # type: ignore[arg-type]
