"""Helpers every output format shares: where a claim is, how a figure reads, counts.

Example:
    >>> from factcheck.types import Claim
    >>> figure(Claim(id="a:0", article="a", kind="killed", value=14, low=14,
    ...              qualifier="at_least"))
    'at least 14'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from factcheck.types import SEVERITIES, Article, ArticleClaims, Claim, Finding

#: Severity rank: higher is worse.
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}


@attrs.frozen(slots=True)
class Location:
    """Where a claim sits in its article's file (1-based lines and columns).

    Attributes:
        article: The article id.
        file: The article's path, or its id when it was not read from a file.
        line: Start line.
        col: Start column.
        end_line: End line.
        end_col: End column (exclusive, like the claim's ``end`` offset).

    Example:
        >>> Location("a", "a.txt", 2, 5, 2, 9).short
        'a:2:5'
    """

    article: str
    file: str
    line: int
    col: int
    end_line: int
    end_col: int

    @property
    def short(self) -> str:
        """``article-id:line:col``."""
        return f"{self.article}:{self.line}:{self.col}"


def article_index(articles: Iterable[ArticleClaims | Article]) -> dict[str, Article]:
    """Map article ids to articles.

    Example:
        >>> list(article_index([Article(id="a")]))
        ['a']
    """
    out: dict[str, Article] = {}
    for item in articles:
        art = item.article if isinstance(item, ArticleClaims) else item
        out.setdefault(art.id, art)
    return out


def locate(claim: Claim, articles: Mapping[str, Article]) -> Location:
    """The location of a claim, via :meth:`Article.locate` when its article is known.

    Without the article (claims loaded from JSON alone) positions count as if the text were one
    line.

    Example:
        >>> art = Article(id="a", text="One.\\nTwo died.")
        >>> c = Claim(id="a:0", article="a", kind="killed", value=2, start=5, end=13)
        >>> locate(c, {"a": art}).short
        'a:2:1'
    """
    art = articles.get(claim.article)
    if art is None:
        return Location(
            claim.article, claim.article, 1, claim.start + 1, 1, max(claim.end, claim.start) + 1
        )
    line, col = art.locate(claim.start)
    end_line, end_col = art.locate(claim.end)
    return Location(art.id, art.path or art.id, line, col, end_line, end_col)


def primary_claim(finding: Finding, draft: str | None = None) -> Claim | None:
    """The claim a finding is reported at: the draft's, else the first.

    Example:
        >>> primary_claim(Finding("FC301", "unsupported", "warning", "killed", "m")) is None
        True
    """
    if not finding.claims:
        return None
    if draft is not None:
        for c in finding.claims:
            if c.article == draft:
                return c
    return finding.claims[0]


def at_least(severity: str, minimum: str) -> bool:
    """True when ``severity`` is at or above ``minimum``.

    Example:
        >>> at_least("warning", "error")
        False
    """
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[minimum]


def plural(n: int, word: str) -> str:
    """``"1 error"``, ``"2 errors"``; ``info`` does not take an s.

    Example:
        >>> plural(2, "warning"), plural(5, "info")
        ('2 warnings', '5 info')
    """
    if n == 1 or word == "info":
        return f"{n} {word}"
    return f"{n} {word}s"


def summary(findings: Iterable[Finding], n_articles: int) -> str:
    """One summary line: ``"2 errors, 1 warning, 5 info in 6 articles"``.

    Example:
        >>> summary([], 1)
        '0 errors, 0 warnings, 0 info in 1 article'
    """
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        counts[f.severity] += 1
    parts = [plural(counts[s], s) for s in reversed(SEVERITIES)]
    return f"{', '.join(parts)} in {plural(n_articles, 'article')}"


# ---------------------------------------------------------------------------------------------
# Figures

_QUALIFIER_PHRASE = {
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "at most",
    "less_than": "fewer than",
    "about": "about",
    "possible": "possibly",
}
_CURRENCY_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}
_VAGUE_WORD = re.compile(
    r"\b(dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands|millions"
    r"|several|many|numerous|a few|a handful)\b",
    re.IGNORECASE,
)


def number(value: float | int) -> str:
    """A number with thousands separators; whole floats read as integers.

    Example:
        >>> number(15e9), number(2.5), number(1200)
        ('15,000,000,000', '2.5', '1,200')
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{round(value, 6):,}"


def _amount(value: float | int, claim: Claim) -> str:
    text = number(value)
    if claim.kind == "money":
        code = claim.currency or (claim.unit if claim.unit and claim.unit.isupper() else None)
        symbol = _CURRENCY_SYMBOL.get(code or "")
        if symbol:
            return f"{symbol}{text}"
        if code:
            return f"{text} {code}"
    return text


def figure(claim: Claim) -> str:
    """How a claim's figure reads: qualifier phrase and number.

    Example:
        >>> figure(Claim(id="a:0", article="a", kind="killed", low=24, qualifier="vague",
        ...              text="dozens of people"))
        'dozens (>= 24)'
        >>> figure(Claim(id="a:1", article="a", kind="money", value=15e9, low=15e9, high=15e9,
        ...              qualifier="exact", currency="USD"))
        '$15,000,000,000'
    """
    if claim.kind == "quote":
        return ""
    q = claim.qualifier
    if q == "range" and claim.low is not None and claim.high is not None:
        return f"{_amount(claim.low, claim)}-{_amount(claim.high, claim)}"
    if claim.value is None or q == "vague":
        m = _VAGUE_WORD.search(claim.text or "")
        word = m.group(1).lower() if m else "vague"
        if claim.low is not None and claim.high is not None:
            return f"{word} ({_amount(claim.low, claim)}-{_amount(claim.high, claim)})"
        if claim.low is not None:
            return f"{word} (>= {_amount(claim.low, claim)})"
        if claim.high is not None:
            return f"{word} (<= {_amount(claim.high, claim)})"
        if claim.value is not None:
            return f"{word} ({_amount(claim.value, claim)})"
        return word
    phrase = _QUALIFIER_PHRASE.get(q or "")
    amount = _amount(claim.value, claim)
    return f"{phrase} {amount}" if phrase else amount
