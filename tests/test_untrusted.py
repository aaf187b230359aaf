"""Untrusted text never injects: hostile articles through every output channel.

Article ids, sources, URLs, file names and text come from scraped pages. Here they carry HTML
(``<script>``, event handlers), GitHub workflow commands (``::error::``, a new line then
``::warning``), ANSI escape sequences (CSI, OSC, C1), spreadsheet formulas (``=HYPERLINK``)
and template syntax, and go through ``factcheck check`` in every format and through
``Report.to_csv``. What must hold:

* HTML: no element or attribute from an article, no script, no event handler;
* GitHub: one well-formed workflow command a line, properties from a fixed set, nothing an
  article wrote can start a line;
* text (terminal, and CI logs, where a line starting with ``::`` is a command): no escape
  sequence or control character, no line starting with ``::``; stderr too;
* JSON / JSONL / SARIF: valid JSON (one document a line for JSONL), values kept exactly;
* CSV: no cell a spreadsheet would run as a formula, no extra columns or rows.
"""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import ROOT
from typer.testing import CliRunner

import factcheck
from factcheck.cli import app
from factcheck.report import FORMATS, render, render_extract
from factcheck.types import Article, ArticleClaims, Claim, Finding, Report

runner = CliRunner()

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
GH = "::error::pwned"
GH_NEWLINE = "\n::warning file=x.md,line=1::injected"
GH_CR = "\r::notice::cr"
ANSI = "\x1b[31mRED\x1b[0m\x1b]0;retitled\x07\x9b2J\x1b[2J"
FORMULA = '=HYPERLINK("http://evil.example","click")'
TEMPLATE = "{{ 1337 * 1000 }}{% raw %}"
HOSTILE = SCRIPT + IMG + GH + GH_NEWLINE + GH_CR + ANSI + FORMULA + TEMPLATE

RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # anything but \t and \n
GH_LINE = re.compile(r"^::(error|warning|notice) ([^:\r\n]*)::([^\r\n]*)$")
GH_PROPS = {"file", "line", "col", "endLine", "endColumn", "title"}
#: Elements the HTML report is made of; anything else came from an article.
HTML_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "strong", "code",
    "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "div", "span", "mark", "br", "a",
    "section", "details", "summary", "small", "em", "caption", "colgroup", "col",
}  # fmt: skip
CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def hostile_jsonl(d: Path) -> Path:
    """Two wire stories that disagree (a conflict and a quote wording mismatch), every
    metadata field hostile, hostile words inside a quote and around the figures."""
    quote_a = f"We will rebuild {SCRIPT} {GH} {FORMULA} every home"
    quote_b = f"We will rebuild {SCRIPT} {GH} {FORMULA} every house"
    records = [
        {
            "id": GH + SCRIPT + "\x1b[31m",
            "source": HOSTILE,
            "url": "javascript:alert(3)//" + HOSTILE,
            "published": "2022-10-10",
            "text": (
                f"{FORMULA} At least 14 people were killed and 97 wounded in Kyiv, "
                f"police said. {ANSI}\n\n“{quote_a},” said Mayor Vitali Klitschko."
                f"\n::error::from the text {SCRIPT}\n"
            ),
        },
        {
            "id": "=cmd|' /C calc'!A0" + GH_NEWLINE,
            "source": "@SUM(1+1)" + GH_NEWLINE + IMG,
            "url": None,
            "published": "2022-10-11",
            "text": (
                f"At least 14 people were killed and 90 were injured in Kyiv, officials said."
                f"\n\n“{quote_b},” said Mayor Vitali Klitschko. {TEMPLATE}\n"
            ),
        },
    ]
    p = d / "wires.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return p


@pytest.fixture
def hostile_files(tmp_path: Path) -> list[str]:
    """The hostile wires, and an unreadable file whose name is hostile too."""
    evil_name = tmp_path / ("evil\n::error::name\x1b[31m<script>=1+1.txt")
    evil_name.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    return [str(hostile_jsonl(tmp_path)), str(evil_name)]


def run(*args: str) -> Any:
    r = runner.invoke(app, list(args))
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    assert "Traceback" not in r.stdout + r.stderr
    return r


def check_output(files: list[str], fmt: str) -> Any:
    r = run("check", "--model", "blank", "--format", fmt, "--fail-level", "none", *files)
    assert r.exit_code == 2  # the file with the hostile name is unreadable
    assert_clean_stderr(r.stderr)
    return r


# ------------------------------------------------------------------------------ assertions


def assert_no_command_lines(text: str, allowed: re.Pattern[str] | None = None) -> None:
    """No line of a CI log would be read as a workflow command (the runner strips spaces)."""
    for line in re.split(r"\r\n|\r|\n", text):
        if line.lstrip().startswith("::"):
            assert allowed is not None and allowed.match(line), line


def assert_terminal_safe(text: str) -> None:
    assert not RAW_CONTROL.search(text), repr(RAW_CONTROL.search(text))
    assert_no_command_lines(text)


def assert_clean_stderr(stderr: str) -> None:
    assert_terminal_safe(stderr)
    for line in stderr.splitlines():
        assert line.startswith("factcheck: "), line


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def assert_html_safe(page: str) -> None:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    tags = {t for t, _ in parser.tags}
    assert tags <= HTML_TAGS, tags - HTML_TAGS
    assert "script" not in tags and "img" not in tags
    for tag, attrs in parser.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert "javascript:" not in (value or "").lower(), (tag, name, value)
            if tag == "a" and name == "href":
                assert (value or "").startswith("#"), value  # in-page links only
    assert "1337000" not in page  # template syntax in the data was not evaluated
    text = "".join(parser.data)
    assert SCRIPT in text or "alert(1)" in text  # shown as text, not run


def assert_github_safe(out: str, expected: int | None = None) -> None:
    lines = out.splitlines()
    if expected is not None:
        assert len(lines) == expected
    assert out == "".join(line + "\n" for line in lines)
    assert "\r" not in out
    assert not RAW_CONTROL.search(out), repr(out)
    for line in lines:
        m = GH_LINE.match(line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        assert set(props) <= GH_PROPS, props
        for key in ("line", "col", "endLine", "endColumn"):
            if key in props:
                assert props[key].isdigit(), props


# ----------------------------------------------------------------------- through the CLI


def test_check_text(hostile_files: list[str]) -> None:
    r = check_output(hostile_files, "text")
    assert_terminal_safe(r.stdout)
    assert "FC101" in r.stdout  # the hostile stories were still read and reconciled


def test_check_text_with_colour_keeps_only_our_escapes(hostile_files: list[str]) -> None:
    import factcheck.cli as cli

    # colour is on for a terminal: every escape sequence is one of the renderer's own
    report = factcheck.check(hostile_files, nlp=factcheck.load("blank"))
    out = render(report, "text", color=True)
    ours = {"\x1b[0m", "\x1b[31m", "\x1b[33m", "\x1b[2m", "\x1b[1m"}
    assert set(re.findall(r"\x1b\[[0-9;]*m", out)) <= ours
    assert "\x1b]" not in out and "\x07" not in out and "\x9b" not in out
    assert not RAW_CONTROL.search(re.sub(r"\x1b\[[0-9;]*m", "", out))
    assert cli  # the CLI turns colour on only for a TTY (not under CliRunner)


def test_check_github(hostile_files: list[str]) -> None:
    r = check_output(hostile_files, "github")
    assert_github_safe(r.stdout)
    assert r.stdout.count("\n") >= 1  # the conflict at least
    assert "::error file=" in r.stdout


def test_check_sarif(hostile_files: list[str]) -> None:
    r = check_output(hostile_files, "sarif")
    assert not RAW_CONTROL.search(r.stdout)
    log = json.loads(r.stdout)
    sarif_schema = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.validate(log, sarif_schema)
    results = log["runs"][0]["results"]
    assert results
    for res in results:
        for loc in res.get("locations", []) + res.get("relatedLocations", []):
            uri = loc["physicalLocation"]["artifactLocation"]["uri"]
            assert not uri.lower().startswith(("javascript:", "http:", "https:", "data:")), uri
            assert not re.search(r"[\s<>\"\x00-\x1f]", uri), uri
    # the data is kept: a message names the hostile source as it was
    assert any(HOSTILE in res["message"]["text"] for res in results)


def test_check_html(hostile_files: list[str]) -> None:
    r = check_output(hostile_files, "html")
    assert_html_safe(r.stdout)
    assert "Content-Security-Policy" in r.stdout
    assert "&lt;script&gt;" in r.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_check_json(hostile_files: list[str], fmt: str) -> None:
    r = check_output(hostile_files, fmt)
    assert not RAW_CONTROL.search(r.stdout)
    assert_no_command_lines(r.stdout)
    docs = (
        [json.loads(r.stdout)] if fmt == "json" else [json.loads(x) for x in r.stdout.splitlines()]
    )
    blob = json.dumps(docs)
    assert json.dumps(GH + SCRIPT + "\x1b[31m") in blob  # ids kept exactly, as data
    assert json.dumps(HOSTILE)[1:-1] in blob


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_extract(hostile_files: list[str], fmt: str) -> None:
    r = run("extract", "--model", "blank", "--format", fmt, *hostile_files)
    assert r.exit_code == 2
    assert_clean_stderr(r.stderr)
    if fmt == "text":
        assert_terminal_safe(r.stdout)
    else:
        assert not RAW_CONTROL.search(r.stdout)
        assert_no_command_lines(r.stdout)
        lines = [r.stdout] if fmt == "json" else r.stdout.splitlines()
        assert all(json.loads(x) for x in lines)


def test_stderr_names_the_hostile_file_on_one_clean_line(hostile_files: list[str]) -> None:
    r = run("check", "--model", "blank", *hostile_files)
    [line] = [x for x in r.stderr.splitlines() if "binary file" in x]
    assert line.startswith("factcheck: ERROR: ") and "evil ::error::name<script>=1+1.txt" in line


# -------------------------------------------------------- every field hostile, via the API


def _hostile_report() -> Report:
    """A report whose every string field is hostile (fields extraction seldom fills too)."""
    text = f"{HOSTILE} At least 14 people were killed. {HOSTILE}"
    arts = []
    for n, aid in enumerate([GH + "a" + ANSI, "=1+1" + GH_NEWLINE]):
        art = Article(
            id=aid,
            text=text,
            source=HOSTILE,
            url="javascript:alert(1)" + HOSTILE,
            published="2022-10-1" + str(n),
            path=f"dir/{GH}{n}\n{SCRIPT}.md",
        )
        start = text.index("At least")
        claims = (
            Claim(
                id=f"{aid}:0",
                article=aid,
                kind="killed",
                value=14 + n,
                low=14 + n,
                high=14 + n,
                qualifier="exact",
                subject=HOSTILE,
                scope=HOSTILE,
                speaker=HOSTILE,
                start=start,
                end=start + 30,
                text=text[start : start + 30],
            ),
            Claim(
                id=f"{aid}:1",
                article=aid,
                kind="quote",
                quote=HOSTILE,
                speaker=HOSTILE,
                start=0,
                end=len(HOSTILE),
                text=HOSTILE,
            ),
        )
        arts.append(ArticleClaims(art, claims))
    bad = ArticleClaims(Article(id=HOSTILE, error=HOSTILE, path=HOSTILE))
    c0, c1 = arts[0].claims[0], arts[1].claims[0]
    q0, q1 = arts[0].claims[1], arts[1].claims[1]
    findings = (
        Finding("FC101", "conflict", "error", "killed", HOSTILE, (c0, c1)),
        Finding("FC201", "quote_mismatch", "warning", "quote", HOSTILE, (q0, q1)),
        Finding("FC301", "unsupported", "info", "killed", HOSTILE, (c0,)),
    )
    return Report(articles=(*arts, bad), findings=findings, model=HOSTILE, draft=None)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_field_hostile(fmt: str) -> None:
    report = _hostile_report()
    out = render(report, fmt)
    if fmt == "text":
        assert_terminal_safe(out)
    elif fmt == "github":
        assert_github_safe(out, expected=2)  # error and warning; info is below the default
        assert_github_safe(render(report, fmt, min_severity="info"), expected=3)
    elif fmt == "html":
        assert_html_safe(out)
    else:
        assert not RAW_CONTROL.search(out)
        assert_no_command_lines(out)
        lines = [out] if fmt in ("json", "sarif") else out.splitlines()
        assert all(json.loads(x) is not None for x in lines)


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl"])
def test_every_field_hostile_extract(fmt: str) -> None:
    report = _hostile_report()
    out = render_extract(report.articles, fmt, model=HOSTILE)
    if fmt == "text":
        assert_terminal_safe(out)
    else:
        assert not RAW_CONTROL.search(out)
        assert_no_command_lines(out)


def test_jupyter_html_and_repr_are_safe() -> None:
    report = _hostile_report()
    assert_html_safe(report._repr_html_())
    for finding in report.findings:
        assert_html_safe(finding._repr_html_())
    for obj in (report, *report.findings):
        assert not RAW_CONTROL.search(repr(obj)), repr(obj)


# ------------------------------------------------------------------------------------ CSV


@pytest.mark.parametrize("table", ["claims", "findings"])
def test_csv_export_defuses_formulas(tmp_path: Path, table: str) -> None:
    if not hasattr(Report, "to_csv"):
        pytest.skip("Report.to_csv is not there yet (another developer adds it)")
    report = _hostile_report()
    p = tmp_path / f"{table}.csv"
    n = report.to_csv(p, table=table)
    with open(p, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert len(body) == n > 0  # no row injected by a new line in a cell
    cells = [cell for row in rows for cell in row]
    assert all(len(row) == len(header) for row in body)  # nor a column by a comma or quote
    for cell in cells:
        assert not cell.startswith(CSV_FORMULA_START), cell
    # the text is kept, behind the apostrophe that defuses it
    assert any(cell.startswith("'=") for cell in cells) or table == "findings"
    assert any(HOSTILE in cell for cell in cells)


def test_csv_export_from_a_real_check(tmp_path: Path, hostile_files: list[str]) -> None:
    if not hasattr(Report, "to_csv"):
        pytest.skip("Report.to_csv is not there yet (another developer adds it)")
    report = factcheck.check(hostile_files, nlp=factcheck.load("blank"))
    for table in ("claims", "findings"):
        p = tmp_path / f"{table}.csv"
        report.to_csv(p, table=table)
        with open(p, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) > 1
        for cell in (c for row in rows for c in row):
            assert not cell.startswith(CSV_FORMULA_START), cell
