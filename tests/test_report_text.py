"""Human text output: grouping, positions, colour and terminal safety."""

from __future__ import annotations

import re

from test_report_common import HOSTILE_ID, sample_report

from factcheck.report import render, render_extract
from factcheck.report.text import claim_line
from factcheck.types import Claim

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_check_text_groups_by_severity_with_positions():
    out = render(sample_report(), "text")
    assert out.index("Errors (2)") < out.index("Warnings (1)") < out.index("Info (1)")
    assert "FC101 conflict (wounded)" in out
    assert "97 wounded (Reuters) vs 90 injured (AP)" in out
    assert "a1:3:36  97 wounded" in out
    assert "a2:2:16  90 were injured" in out
    assert "a1:3:1  At least 14 people were killed" in out
    assert out.rstrip().endswith("2 errors, 1 warning, 1 info in 4 articles")
    assert "broken: cannot read: cannot decode" in out


def test_no_colour_means_no_escape_at_all():
    out = render(sample_report(), "text")
    assert "\x1b" not in out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)


def test_colour_when_asked():
    out = render(sample_report(), "text", color=True)
    assert "\x1b[31merror\x1b[0m" in out
    assert "\x1b[33mwarning\x1b[0m" in out
    assert "\x1b[2minfo\x1b[0m" in out
    # and still none of the article's own escapes
    assert "\x1b[31mRED" not in out
    assert "RED" in ANSI.sub("", out)


def test_article_escapes_and_newlines_are_neutralised():
    out = render(sample_report(), "text")
    assert "RED Zelensky said" in out
    # the hostile claim's newline is folded: "::error" cannot start a line
    assert not any(line.startswith("::") for line in out.splitlines())
    assert HOSTILE_ID in out  # plain text is not escaped, only controls are dropped


def test_extract_text():
    report = sample_report()
    out = render_extract(report.articles, "text", model="blank:en")
    lines = out.splitlines()
    assert lines[0] == "a1  Reuters  2024-03-02"
    assert any(
        line.strip().startswith("killed      at least 14") and "speaker=police" in line
        for line in lines
    )
    assert "  quote  “We need advanced air defence systems.” — Zelensky" in lines
    assert "broken  error: cannot decode: bad byte 0xff" in lines
    assert "(no source)" not in out
    assert "\x1b" not in out
    assert "6 claims in 4 articles" in out
    coloured = render_extract(report.articles, "text", model="m", color=True)
    assert "\x1b[1ma1  Reuters" in coloured


def test_claim_line_fields():
    c = Claim(
        id="a:0",
        article="a",
        kind="missiles",
        value=40,
        low=40,
        qualifier="more_than",
        subject="shot down",
        scope="over Kyiv",
        speaker="air force\x1b[2J",
        start=0,
        end=5,
        text="More than 40\nshot down",
    )
    line = claim_line(c)
    assert line.startswith("missiles    more than 40")
    assert "subject=shot down scope=over Kyiv speaker=air force" in line
    assert "\x1b" not in line and "\n" not in line
    assert line.endswith("| More than 40 shot down")
