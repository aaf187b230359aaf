"""GitHub workflow commands: format, positions and injection safety."""

from __future__ import annotations

import re

import pytest
from test_report_common import sample_report

from factcheck.report import render
from factcheck.report.github import render_github

COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group(2).split(",")) if m.group(2) else {}
    return m.group(1), props, m.group(3)


def unescape(s: str) -> str:
    return (
        s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def test_default_min_severity_is_warning():
    lines = render(sample_report(), "github").splitlines()
    assert len(lines) == 3
    cmds = [parse(x)[0] for x in lines]
    assert cmds == ["error", "error", "warning"]


def test_properties_and_positions():
    cmd, props, msg = parse(render(sample_report(), "github").splitlines()[0])
    assert cmd == "error"
    assert props == {
        "file": "wires/reuters.txt",
        "line": "3",
        "col": "36",
        "endLine": "3",
        "endColumn": "46",
        "title": "FC101 conflict",
    }
    assert unescape(msg) == "97 wounded (Reuters) vs 90 injured (AP)\nalso at a2:2:16"


def test_info_is_notice_and_min_severity():
    lines = render_github(sample_report(), min_severity="info").splitlines()
    assert len(lines) == 4 and parse(lines[-1])[0] == "notice"
    assert len(render(sample_report(), "github", min_severity="error").splitlines()) == 2
    with pytest.raises(ValueError):
        render_github(sample_report(), min_severity="fatal")


def test_no_injection_through_message_or_properties():
    out = render_github(sample_report(), min_severity="info")
    lines = out.splitlines()
    assert len(lines) == 4  # the message's newline did not start a command
    for line in lines:
        assert "\r" not in line
        cmd, props, msg = parse(line)
        for v in props.values():
            assert ":" not in v and "," not in v
    _, props, msg = parse(lines[1])
    # "::warning::x\nnext" stays inside the message, newline encoded
    assert "::warning::x%0Anext" in msg
    assert "%0A" in msg and "\n" not in msg
    assert unescape(msg).startswith("Zelensky quoted differently by Reuters and")


def test_draft_claim_is_the_location():
    report = sample_report(draft="evil<script>alert(1)</script>")
    line = render_github(report).splitlines()[1]
    _, props, msg = parse(line)
    # no path: the (escaped) id stands in as file; colons can't escape the property
    assert props["file"] == "evil<script>alert(1)</script>"
    assert props["line"] == "2"
    assert unescape(msg).endswith("also at a1:4:16")


def test_property_with_colon_and_comma_is_encoded():
    from factcheck.types import Article, ArticleClaims, Claim, Finding, Report

    art = Article(id="x", text="Nine died.", path="C:/news,today/x::y.md")
    c = Claim(id="x:0", article="x", kind="killed", value=9, start=0, end=9, text="Nine died")
    f = Finding("FC301", "unsupported", "warning", "killed", "50% sure\r\n::error::no", (c,))
    out = render_github(Report((ArticleClaims(art, (c,)),), (f,)))
    assert out == (
        "::warning file=C%3A/news%2Ctoday/x%3A%3Ay.md,line=1,col=1,endLine=1,endColumn=10,"
        "title=FC301 unsupported::50%25 sure%0D%0A::error::no\n"
    )
    assert out.count("\n") == 1
