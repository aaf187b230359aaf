"""GitHub Actions workflow commands: one annotation per finding.

``::error file=PATH,line=L,col=C,endLine=..,endColumn=..,title=FC101 conflict::message``.
Property values and the message are percent-encoded (:func:`~factcheck.report.escape.gh_property`,
:func:`~factcheck.report.escape.gh_data`), so article text can neither end the line nor smuggle
in a ``::`` command of its own.

Example:
    >>> from factcheck.types import Report
    >>> render_github(Report())
    ''
"""

from __future__ import annotations

import re

from factcheck.report.common import Location, article_index, at_least, locate, primary_claim
from factcheck.report.escape import _ANSI, gh_data, gh_property
from factcheck.types import Report

# Control characters but \t, \n and \r (those three are kept, \n and \r percent-encoded).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    """No ANSI sequence or control character reaches the log (GitHub renders ANSI colour)."""
    return _CONTROL.sub("", _ANSI.sub("", text))


#: Finding severity -> workflow command.
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _command(severity: str, props: dict[str, str | int], message: str) -> str:
    plist = ",".join(f"{k}={gh_property(_clean(str(v)))}" for k, v in props.items())
    cmd = COMMANDS[severity]
    message = _clean(message)
    return f"::{cmd} {plist}::{gh_data(message)}" if plist else f"::{cmd}::{gh_data(message)}"


def _props(loc: Location | None, title: str) -> dict[str, str | int]:
    if loc is None:
        return {"title": title}
    return {
        "file": loc.file,
        "line": loc.line,
        "col": loc.col,
        "endLine": loc.end_line,
        "endColumn": loc.end_col,
        "title": title,
    }


def render_github(report: Report, *, min_severity: str = "warning") -> str:
    """Workflow commands for the findings at or above ``min_severity``.

    The annotation sits on the draft's claim in pre-publication mode, else on the first claim;
    the other claims are listed in the message (``also at id:line:col``).

    Args:
        report: What the check produced.
        min_severity: ``info``, ``warning`` (default) or ``error``.

    Example:
        >>> from factcheck.types import Article, ArticleClaims, Claim, Finding
        >>> c = Claim(id="d:0", article="d", kind="killed", value=9, start=4, end=8)
        >>> f = Finding("FC301", "unsupported", "warning", "killed", "no source", (c,))
        >>> art = Article(id="d", text="Say nine died.", path="draft.md")
        >>> render_github(Report((ArticleClaims(art, (c,)),), (f,)))
        '::warning file=draft.md,line=1,col=5,endLine=1,endColumn=9,title=FC301 unsupported::no source\\n'
    """  # noqa: E501
    if min_severity not in COMMANDS:
        raise ValueError(f"unknown severity {min_severity!r}; use info, warning or error")
    arts = article_index(report.articles)
    lines = []
    for f in report.findings:
        if not at_least(f.severity, min_severity):
            continue
        main = primary_claim(f, report.draft)
        loc = locate(main, arts) if main is not None else None
        message = f.message
        others = [locate(c, arts).short for c in f.claims if c is not main]
        if others:
            message += "\nalso at " + ", ".join(others)
        lines.append(_command(f.severity, _props(loc, f"{f.rule} {f.type}"), message))
    return "".join(line + "\n" for line in lines)
