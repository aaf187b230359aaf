"""Output formats of ``check`` and ``extract``: one module per format.

Everything that comes from an article is untrusted and is escaped for its channel: HTML by
jinja2 autoescape, GitHub workflow commands by percent-encoding, terminal text by stripping
control sequences, JSON / SARIF by :func:`json.dumps` on plain data.

Every output ends with a newline (JSONL with no lines is empty), so write it as is.

Example:
    >>> from factcheck.types import Report
    >>> render(Report(), "text")
    'No findings.\\n\\n0 errors, 0 warnings, 0 info in 0 articles\\n'
    >>> render_extract([], "json", model="blank:en").startswith("{")
    True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from factcheck.report.jsonfmt import article_to_dict, finding_to_dict
from factcheck.types import ArticleClaims, Report

#: Formats of ``check``.
FORMATS = ("text", "json", "jsonl", "github", "sarif", "html")
#: Formats of ``extract``.
EXTRACT_FORMATS = ("text", "json", "jsonl")

__all__ = [
    "EXTRACT_FORMATS",
    "FORMATS",
    "article_to_dict",
    "finding_to_dict",
    "render",
    "render_extract",
    "schema",
]


def render(report: Report, fmt: str, *, color: bool = False, min_severity: str = "warning") -> str:
    """Render a check report.

    Args:
        report: What the check produced.
        fmt: One of :data:`FORMATS`.
        color: ANSI colour, for ``text`` only.
        min_severity: Lowest severity annotated, for ``github`` only.

    Raises:
        ValueError: Unknown format.

    Example:
        >>> from factcheck.types import Report
        >>> render(Report(), "jsonl")
        ''
    """
    if fmt == "text":
        from factcheck.report.text import render_text

        return render_text(report, color=color)
    if fmt == "json":
        from factcheck.report.jsonfmt import render_json

        return render_json(report)
    if fmt == "jsonl":
        from factcheck.report.jsonfmt import render_jsonl

        return render_jsonl(report)
    if fmt == "github":
        from factcheck.report.github import render_github

        return render_github(report, min_severity=min_severity)
    if fmt == "sarif":
        from factcheck.report.sarif import render_sarif

        return render_sarif(report)
    if fmt == "html":
        from factcheck.report.html import render_html

        return render_html(report)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_extract(
    articles: Sequence[ArticleClaims], fmt: str, *, model: str, color: bool = False
) -> str:
    """Render the result of ``extract``.

    Args:
        articles: Each article with its claims.
        fmt: One of :data:`EXTRACT_FORMATS`.
        model: Name of the spaCy pipeline used.
        color: ANSI colour, for ``text`` only.

    Raises:
        ValueError: Unknown format.

    Example:
        >>> render_extract([], "jsonl", model="blank:en")
        ''
    """
    if fmt == "text":
        from factcheck.report.text import render_extract_text

        return render_extract_text(articles, color=color)
    if fmt == "json":
        from factcheck.report.jsonfmt import render_extract_json

        return render_extract_json(articles, model=model)
    if fmt == "jsonl":
        from factcheck.report.jsonfmt import render_extract_jsonl

        return render_extract_jsonl(articles, model=model)
    raise ValueError(f"unknown extract format {fmt!r}; use one of {', '.join(EXTRACT_FORMATS)}")


@cache
def _schema_text(name: str) -> str:
    return (
        resources.files("factcheck.report")
        .joinpath(f"schemas/{name}.schema.json")
        .read_text(encoding="utf-8")
    )


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a JSON contract: ``"extract"`` or ``"check"``.

    Example:
        >>> schema("check")["title"]
        'factcheck check --format json'
    """
    if name not in ("extract", "check"):
        raise ValueError(f"no schema {name!r}; use 'extract' or 'check'")
    return json.loads(_schema_text(name))
