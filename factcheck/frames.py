"""Tables of claims and findings: plain records, pandas DataFrames and safe CSV.

Records are plain dicts (no pandas needed); :func:`claims_frame` and :func:`findings_frame`
turn them into DataFrames, which needs the ``pandas`` extra (``pip install 'factcheck[pandas]'``).
:func:`write_csv` writes CSV with the standard library, and defuses spreadsheet formulas: a
text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
apostrophe, so a scraped ``=HYPERLINK(...)`` opens as text in Excel or LibreOffice.

Example:
    >>> from factcheck.types import Article, ArticleClaims, Claim
    >>> ac = ArticleClaims(Article(id="a", source="AP", published="2023-06-03"),
    ...     (Claim(id="a:0", article="a", kind="killed", value=288, low=288, high=288,
    ...            qualifier="exact", subject="people", start=0, end=10, text="288 people"),))
    >>> [(r["source"], r["kind"], r["value"]) for r in claim_records([ac])]
    [('AP', 'killed', 288)]
    >>> safe_cell("=1+1"), safe_cell("-5 degrees"), safe_cell(-5)
    ("'=1+1", "'-5 degrees", -5)
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.extras import require
from factcheck.report.common import figure
from factcheck.types import ArticleClaims, Finding, Report

#: Columns of the claims table, in order.
CLAIM_COLUMNS = (
    "article",
    "source",
    "published",
    "kind",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "currency",
    "subject",
    "scope",
    "speaker",
    "quote",
    "text",
    "start",
    "end",
    "claim",
)
#: Columns of the findings table, in order.
FINDING_COLUMNS = (
    "rule",
    "type",
    "severity",
    "kind",
    "message",
    "articles",
    "sources",
    "figures",
    "values",
    "claims",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def require_pandas() -> Any:
    """Import pandas, or say which extra installs it.

    Raises:
        ImportError: pandas is not installed; the message names ``factcheck[pandas]``.

    Example:
        >>> require_pandas().__name__
        'pandas'
    """
    return require("pandas", extra="pandas", purpose="DataFrames")


def claim_records(articles: Iterable[ArticleClaims]) -> list[dict[str, Any]]:
    """One plain dict per claim, with :data:`CLAIM_COLUMNS` as keys.

    Example:
        >>> claim_records([])
        []
    """
    rows = []
    for ac in articles:
        art = ac.article
        for c in ac.claims:
            rows.append(
                {
                    "article": art.id,
                    "source": art.source,
                    "published": art.published,
                    "kind": c.kind,
                    "value": c.value,
                    "low": c.low,
                    "high": c.high,
                    "qualifier": c.qualifier,
                    "unit": c.unit,
                    "currency": c.currency,
                    "subject": c.subject,
                    "scope": c.scope,
                    "speaker": c.speaker,
                    "quote": c.quote,
                    "text": c.text,
                    "start": c.start,
                    "end": c.end,
                    "claim": c.id,
                }
            )
    return rows


def finding_records(report: Report) -> list[dict[str, Any]]:
    """One plain dict per finding, with :data:`FINDING_COLUMNS` as keys.

    ``articles``, ``sources``, ``figures`` (as the reports print them), ``values`` and
    ``claims`` (ids) are lists with one item per claim involved.

    Example:
        >>> finding_records(Report())
        []
    """
    arts = {ac.article.id: ac.article for ac in report.articles}

    def source(article_id: str) -> str:
        art = arts.get(article_id)
        return art.source if art is not None and art.source else article_id

    return [
        {
            "rule": f.rule,
            "type": f.type,
            "severity": f.severity,
            "kind": f.kind,
            "message": f.message,
            "articles": [c.article for c in f.claims],
            "sources": [source(c.article) for c in f.claims],
            "figures": [figure(c) if c.kind != "quote" else (c.quote or c.text) for c in f.claims],
            "values": [c.value for c in f.claims],
            "claims": [c.id for c in f.claims],
        }
        for f in report.findings
    ]


def _numeric(pd: Any, values: Sequence[Any]) -> Any:
    """Integers as nullable ``Int64``, anything else as ``Float64``."""
    present = [v for v in values if v is not None]
    if all(float(v).is_integer() and abs(v) < 2**63 for v in present):
        return pd.array([None if v is None else int(v) for v in values], dtype="Int64")
    return pd.array(list(values), dtype="Float64")


def claims_frame(articles: Iterable[ArticleClaims] | Report) -> Any:
    """The claims table: one row per claim.

    Columns are :data:`CLAIM_COLUMNS`: ``value``, ``low`` and ``high`` are nullable numbers
    (``<NA>`` for an open side), ``published`` a datetime (``NaT`` when undated), ``claim`` the
    claim id.

    Raises:
        ImportError: pandas is not installed (``pip install 'factcheck[pandas]'``).

    Example:
        >>> import factcheck
        >>> acs = factcheck.extract("At least 14 people were killed.", nlp=factcheck.load("blank"))
        >>> claims_frame(acs)[["kind", "value", "low", "high", "qualifier"]]
             kind  value  low  high qualifier
        0  killed     14   14  <NA>  at_least
    """
    pd = require_pandas()
    if isinstance(articles, Report):
        articles = articles.articles
    rows = claim_records(articles)
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    for col in ("value", "low", "high"):
        frame[col] = _numeric(pd, [r[col] for r in rows])
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce", format="%Y-%m-%d")
    for col in ("start", "end"):
        frame[col] = frame[col].astype("int64")
    return frame


def findings_frame(report: Report, *, findings: Iterable[Finding] | None = None) -> Any:
    """The findings table: one row per finding, columns :data:`FINDING_COLUMNS`.

    Args:
        report: The report (for the articles' sources).
        findings: Only these findings (default: all of the report's).

    Raises:
        ImportError: pandas is not installed (``pip install 'factcheck[pandas]'``).

    Example:
        >>> list(findings_frame(Report()).columns)[:4]
        ['rule', 'type', 'severity', 'kind']
    """
    pd = require_pandas()
    if findings is not None:
        import attrs

        report = attrs.evolve(report, findings=tuple(findings))
    return pd.DataFrame(finding_records(report), columns=list(FINDING_COLUMNS))


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet will not run as a formula.

    Text starting with ``= + - @``, a tab or a carriage return gets a leading apostrophe;
    numbers and everything else are left alone.

    Example:
        >>> safe_cell("@SUM(A1)"), safe_cell("288 killed")
        ("'@SUM(A1)", '288 killed')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join("" if v is None else str(v) for v in value)
    return safe_cell(value)


def write_csv(
    path: str | os.PathLike[str], records: Iterable[dict[str, Any]], columns: Sequence[str]
) -> int:
    """Write records as UTF-8 CSV with a header row, formulas defused; returns the row count.

    Lists become ``"; "``-joined text and None an empty cell.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d) / "x.csv"
        ...     write_csv(p, [{"a": "=2+2", "b": [1, 2]}], ["a", "b"])
        ...     p.read_text().splitlines()
        1
        ['a,b', "'=2+2,1; 2"]
    """
    n = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([safe_cell(c) for c in columns])
        for rec in records:
            writer.writerow([_cell(rec.get(c)) for c in columns])
            n += 1
    return n


def report_to_csv(report: Report, path: str | os.PathLike[str], *, table: str = "claims") -> int:
    """Write the claims (or the findings) of a report as formula-safe CSV.

    Args:
        report: The report.
        path: Where to write.
        table: ``"claims"`` (one row per claim) or ``"findings"`` (one row per finding).

    Returns:
        The number of rows written (without the header).

    Raises:
        ValueError: Unknown ``table``.

    Example:
        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     report_to_csv(Report(), pathlib.Path(d) / "claims.csv")
        0
    """
    if table == "claims":
        return write_csv(path, claim_records(report.articles), CLAIM_COLUMNS)
    if table == "findings":
        return write_csv(path, finding_records(report), FINDING_COLUMNS)
    raise ValueError(f"unknown table {table!r}; use 'claims' or 'findings'")
