"""The JSON and JSONL contracts of ``extract`` and ``check`` (DESIGN section 5).

Everything goes through :func:`json.dumps` on plain dicts, so article text cannot break the
structure.

Example:
    >>> from factcheck.types import Article, ArticleClaims
    >>> article_to_dict(ArticleClaims(Article(id="a")))["claims"]
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import factcheck
from factcheck.report.escape import dumps
from factcheck.types import ArticleClaims, Finding, Report


def article_to_dict(ac: ArticleClaims) -> dict[str, Any]:
    """An article and its claims as the extract contract has it.

    Example:
        >>> from factcheck.types import Article
        >>> sorted(article_to_dict(ArticleClaims(Article(id="a"))))
        ['claims', 'error', 'id', 'path', 'published', 'source']
    """
    art = ac.article
    return {
        "id": art.id,
        "path": art.path,
        "source": art.source,
        "published": art.published,
        "error": art.error,
        "claims": [c.to_dict() for c in ac.claims],
    }


def finding_to_dict(f: Finding) -> dict[str, Any]:
    """A finding as the check contract has it.

    Example:
        >>> finding_to_dict(Finding("FC301", "unsupported", "warning", "killed", "m"))["rule"]
        'FC301'
    """
    return {
        "rule": f.rule,
        "type": f.type,
        "severity": f.severity,
        "kind": f.kind,
        "message": f.message,
        "claims": [
            {
                "article": c.article,
                "claim": c.id,
                "value": c.value,
                "low": c.low,
                "high": c.high,
                "text": c.text,
                "start": c.start,
                "end": c.end,
            }
            for c in f.claims
        ],
    }


def extract_to_dict(articles: Sequence[ArticleClaims], *, model: str) -> dict[str, Any]:
    """The whole ``extract`` document.

    Example:
        >>> extract_to_dict([], model="blank:en")["articles"]
        []
    """
    return {
        "factcheck_version": factcheck.__version__,
        "model": model,
        "articles": [article_to_dict(ac) for ac in articles],
    }


def report_to_dict(report: Report) -> dict[str, Any]:
    """The whole ``check`` document.

    Example:
        >>> sorted(report_to_dict(Report()))
        ['articles', 'factcheck_version', 'findings', 'model']
    """
    return {
        "factcheck_version": factcheck.__version__,
        "model": report.model,
        "findings": [finding_to_dict(f) for f in report.findings],
        "articles": [article_to_dict(ac) for ac in report.articles],
    }


def render_extract_json(articles: Sequence[ArticleClaims], *, model: str) -> str:
    """Extract JSON, indented, ending with a newline.

    Example:
        >>> render_extract_json([], model="m").startswith("{")
        True
    """
    return dumps(extract_to_dict(articles, model=model), indent=2) + "\n"


def render_extract_jsonl(articles: Sequence[ArticleClaims], *, model: str) -> str:
    """Extract JSONL: one article object a line.

    Example:
        >>> from factcheck.types import Article
        >>> render_extract_jsonl([ArticleClaims(Article(id="a"))], model="m").count("\\n")
        1
    """
    return "".join(dumps(article_to_dict(ac)) + "\n" for ac in articles)


def render_json(report: Report) -> str:
    """Check JSON, indented, ending with a newline.

    Example:
        >>> render_json(Report()).endswith("}\\n")
        True
    """
    return dumps(report_to_dict(report), indent=2) + "\n"


def render_jsonl(report: Report) -> str:
    """Check JSONL: one finding object a line (nothing when there are no findings).

    Example:
        >>> render_jsonl(Report())
        ''
    """
    return "".join(dumps(finding_to_dict(f)) + "\n" for f in report.findings)
