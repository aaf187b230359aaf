"""Human-readable terminal text for ``check`` and ``extract`` (not for parsing).

Every string that comes from an article goes through :func:`~factcheck.report.escape.terminal`,
so scraped text cannot move the cursor, recolour the screen or retitle the window, and no line
can start with ``::`` (a GitHub workflow command when this runs in CI; see
:func:`~factcheck.report.escape.no_commands`). ANSI colour is added only with ``color=True``.

Example:
    >>> from factcheck.types import Report
    >>> render_text(Report())
    'No findings.\\n\\n0 errors, 0 warnings, 0 info in 0 articles\\n'
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.report.common import article_index, figure, locate, plural, summary
from factcheck.report.escape import no_commands, terminal
from factcheck.types import SEVERITIES, ArticleClaims, Claim, Report

_RESET = "\x1b[0m"
_STYLE = {
    "error": "\x1b[31m",  # red
    "warning": "\x1b[33m",  # yellow
    "info": "\x1b[2m",  # dim
    "bold": "\x1b[1m",
    "dim": "\x1b[2m",
}
_HEADING = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLE[style]}{text}{_RESET}" if color and text else text


def _safe(text: str | None) -> str:
    return terminal(text, one_line=True)


def render_text(report: Report, *, color: bool = False) -> str:
    """The check report as text: findings grouped by severity, errors first, then a summary.

    Args:
        report: What the check produced.
        color: Colour with ANSI escapes (red errors, yellow warnings, dim info).

    Example:
        >>> from factcheck.types import Article, ArticleClaims, Claim, Finding
        >>> art = Article(id="a", text="Nine died.")
        >>> c = Claim(id="a:0", article="a", kind="killed", value=9, start=0, end=10,
        ...           text="Nine died.")
        >>> f = Finding("FC301", "unsupported", "warning", "killed", "no source", (c,))
        >>> out = render_text(Report((ArticleClaims(art, (c,)),), (f,)))
        >>> "a:1:1  Nine died." in out
        True
    """
    arts = article_index(report.articles)
    lines: list[str] = []
    for ac in report.articles:
        if ac.article.error:
            lines.append(
                _paint(
                    f"{_safe(ac.article.id)}: cannot read: {_safe(ac.article.error)}",
                    "error",
                    color,
                )
            )
    if lines:
        lines.append("")
    if not report.findings:
        lines.append("No findings.")
        lines.append("")
    for severity in reversed(SEVERITIES):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines.append(_paint(f"{_HEADING[severity]} ({len(group)})", "bold", color))
        for f in group:
            head = f"{f.rule} {f.type} ({_safe(f.kind)})"
            lines.append(f"  {_paint(severity, severity, color)}  {_paint(head, 'bold', color)}")
            lines.append(f"    {_safe(f.message)}")
            for c in f.claims:
                where = locate(c, arts).short
                lines.append(f"      {_paint(_safe(where), 'dim', color)}  {_safe(c.text)}")
        lines.append("")
    lines.append(summary(report.findings, len(report.articles)))
    return no_commands("\n".join(lines) + "\n")


def claim_line(claim: Claim) -> str:
    """One line describing a claim: kind, figure, subject, scope, speaker and text.

    Example:
        >>> claim_line(Claim(id="a:0", article="a", kind="quote", quote="We will win",
        ...                  speaker="Zelensky"))
        'quote  “We will win” — Zelensky'
    """
    if claim.kind == "quote":
        out = f"quote  “{_safe(claim.quote or claim.text)}”"
        return f"{out} — {_safe(claim.speaker)}" if claim.speaker else out
    parts = [f"{claim.kind:<11}", f"{figure(claim):<16}"]
    for name in ("subject", "scope", "speaker"):
        value = getattr(claim, name)
        if value:
            parts.append(f"{name}={_safe(value)}")
    if claim.superseded:
        parts.append("(superseded)")
    if claim.text:
        parts.append(f"| {_safe(claim.text)}")
    return " ".join(parts)


def render_extract_text(articles: Sequence[ArticleClaims], *, color: bool = False) -> str:
    """The extract result as text: per article a header, then one line per claim.

    Example:
        >>> from factcheck.types import Article
        >>> render_extract_text([ArticleClaims(Article(id="a", source="AP"))])
        'a  AP  (undated)\\n  (no claims)\\n'
    """
    lines: list[str] = []
    for ac in articles:
        art = ac.article
        if art.error:
            lines.append(_paint(f"{_safe(art.id)}  error: {_safe(art.error)}", "error", color))
            continue
        head = "  ".join(
            [_safe(art.id), _safe(art.source) or "(no source)", _safe(art.published) or "(undated)"]
        )
        lines.append(_paint(head, "bold", color))
        if not ac.claims:
            lines.append(_paint("  (no claims)", "dim", color))
        for c in ac.claims:
            lines.append(f"  {claim_line(c)}")
    total = sum(len(ac.claims) for ac in articles)
    if len(articles) > 1:
        lines.append("")
        lines.append(f"{plural(total, 'claim')} in {plural(len(articles), 'article')}")
    return no_commands("\n".join(lines) + "\n") if lines else ""
