"""The HTML page: self-contained, everything from articles escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from test_report_common import A1_TEXT, sample_report

from factcheck.report import render
from factcheck.report.html import highlight
from factcheck.types import Article, ArticleClaims, Claim, Finding, Report


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Collector:
    c = Collector()
    c.feed(page)
    c.close()
    return c


def test_page_is_self_contained():
    page = render(sample_report(), "html")
    assert page.startswith("<!DOCTYPE html>")
    tags = parse(page).tags
    names = {t for t, _ in tags}
    assert "script" not in names and "link" not in names and "img" not in names
    assert "style" in names
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    csp = [a for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0]["content"]


def test_hostile_article_is_escaped():
    page = render(sample_report(), "html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # the attribute-breaking source is text, never an attribute
    assert '" onmouseover=' not in page
    assert "&#34; onmouseover=&#34;alert(1)" in page
    for _, attrs in parse(page).tags:
        assert not any(k.startswith("on") for k in attrs)
    # a source that tries to close the mark
    art = Article(id="x", text="A </mark><b>9</b> died.", source="<img src=x onerror=alert(1)>")
    c = Claim(
        id="x:0", article="x", kind="killed", value=9, start=2, end=17, text="</mark><b>9</b>"
    )
    f = Finding("FC102", "differs", "warning", "killed", "<b>msg</b>", (c, c))
    page = render(Report((ArticleClaims(art, (c,)),), (f,)), "html")
    assert "<img" not in page and "<b>" not in page and "</mark><b>" not in page
    assert "&lt;/mark&gt;&lt;b&gt;9&lt;/b&gt;" in page


def test_summary_findings_table_and_disagreements():
    page = render(sample_report(), "html")
    text = " ".join(parse(page).text)
    assert "2 errors, 1 warning, 1 info in 4 articles" in text
    for rule in ("FC101", "FC201", "FC102", "FC100"):
        assert f"<code>{rule}</code>" in page
    # side by side: the disagreements hold both sentences with the figure marked
    assert page.count('<div class="pair">') == 3  # conflict, quote_mismatch, differs
    assert "<mark>97 wounded</mark>, police said." in page
    assert "Officials said <mark>90 were injured</mark>." in page
    assert "Reuters" in page and "2024-03-02" in page
    # per-article claims
    assert page.count('id="article-') == 4
    assert "at least 14" in page
    assert "Could not read: cannot decode: bad byte 0xff" in page


def test_highlight_takes_the_sentence():
    art = Article(id="a1", text=A1_TEXT)
    start = A1_TEXT.index("97 wounded")
    c = Claim(
        id="a1:1",
        article="a1",
        kind="wounded",
        value=97,
        start=start,
        end=start + 10,
        text="97 wounded",
    )
    assert str(highlight(art, c)) == (
        "At least 14 people were killed and <mark>97 wounded</mark>, police said."
    )
    # offsets that do not match the text fall back to the claim text
    moved = Claim(
        id="a1:1", article="a1", kind="wounded", value=97, start=0, end=10, text="97 <wounded>"
    )
    assert str(highlight(art, moved)) == "<mark>97 &lt;wounded&gt;</mark>"
    assert str(highlight(None, moved)) == "<mark>97 &lt;wounded&gt;</mark>"


def test_url_is_text_not_link():
    art = Article(id="u", url="javascript:alert(1)")
    page = render(Report((ArticleClaims(art),)), "html")
    assert "href" not in page
    assert "javascript:alert(1)" in page
