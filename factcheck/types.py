"""Plain data records shared by every stage: articles, claims and findings.

These are attrs frozen, slotted classes with no spaCy inside, so they pickle, go to JSON and
run through the reconciler without any NLP.

Example:
    >>> c = Claim(id="a1:c0", article="a1", kind="killed", value=14, low=14, high=None,
    ...           qualifier="at_least", subject="people", start=0, end=12, text="at least 14")
    >>> c.interval
    (14, None)
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

import attrs

#: Count kinds in reading order (casualties, weapons, money, the rest).
COUNT_KIND_ORDER = (
    "killed",
    "wounded",
    "missing",
    "displaced",
    "arrested",
    "missiles",
    "drones",
    "money",
    "other_count",
)
#: Every claim kind of the extract contract (DESIGN section 5).
KINDS = frozenset((*COUNT_KIND_ORDER, "quote"))
#: Count kinds (everything but quotes).
COUNT_KINDS = KINDS - {"quote"}
#: Qualifiers of the extract contract.
QUALIFIERS = frozenset(
    {
        "exact",
        "at_least",
        "more_than",
        "at_most",
        "less_than",
        "about",
        "range",
        "possible",
        "vague",
    }
)
#: Finding types of the check contract.
FINDING_TYPES = frozenset(
    {
        "consistent",
        "differs",
        "update",
        "conflict",
        "quote_mismatch",
        "attribution_conflict",
        "unsupported",
        "outdated",
    }
)
SEVERITIES = ("info", "warning", "error")


def _opt_num(value: Any) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number or None, got {value!r}")
    return value


def _check_interval(instance: Claim, attribute: attrs.Attribute, value: Any) -> None:
    if instance.low is not None and instance.high is not None and instance.low > instance.high:
        raise ValueError(f"low {instance.low} is above high {instance.high}")


def _check_offsets(instance: Any, attribute: attrs.Attribute, value: int) -> None:
    if value < instance.start:
        raise ValueError(f"end {value} is before start {instance.start}")


_NEWLINE = re.compile("\n")


@functools.lru_cache(maxsize=8)
def _line_starts(text: str) -> list[int]:
    """Offsets just after each newline of ``text``, for the last few texts located.

    A cache hit costs no pass over the text: ``str`` caches its hash and the lookup compares
    by identity first.
    """
    return [m.end() for m in _NEWLINE.finditer(text)]


def _anchor_offset(anchor: tuple[int, int, int]) -> int:
    return anchor[0]


@attrs.frozen(slots=True)
class Article:
    """One news article, or the record of why it could not be read.

    Attributes:
        id: Unique id within a batch (file stem or the JSONL ``id``).
        text: Plain text (HTML and Markdown are reduced to text).
        source: Outlet name, if known.
        url: Where it came from, if known.
        published: ``YYYY-MM-DD`` or None.
        path: The file it was read from, if any.
        error: Why it could not be read or processed; None when fine.
        line_map: For files whose text was extracted (HTML, Markdown), anchors
            ``(text_offset, line, col)`` mapping text positions back to the file, sorted by
            offset. Empty means the text is the file itself.

    Example:
        >>> Article(id="a", text="Five people died.").locate(5)
        (1, 6)
    """

    id: str
    text: str = ""
    source: str | None = None
    url: str | None = None
    published: str | None = None
    path: str | None = None
    error: str | None = None
    line_map: tuple[tuple[int, int, int], ...] = ()

    def locate(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` in the original file of a text offset.

        Logarithmic in the text length (a cached index of line starts), so locating every
        claim of a long one-line article stays linear overall.
        """
        starts = _line_starts(self.text)  # offsets just after each "\n"
        k = bisect.bisect_right(starts, offset)  # newlines before offset
        if self.line_map:
            i = bisect.bisect_right(self.line_map, offset, key=_anchor_offset) - 1
            if i >= 0:
                base, line, col = self.line_map[i]
                nl = k - bisect.bisect_right(starts, base)  # newlines in [base, offset)
                if nl:
                    return line + nl, offset - starts[k - 1] + 1
                return line, col + (offset - base)
        return k + 1, offset - (starts[k - 1] if k else 0) + 1


@attrs.frozen(slots=True)
class Claim:
    """A figure or a quote stated in one article.

    Attributes:
        id: Unique id, ``"<article>:<n>"``.
        article: Id of the article stating it.
        kind: One of :data:`KINDS`.
        value: The number as stated (None for vague quantities and quotes).
        low: Lowest value the wording allows (None: unbounded / unknown).
        high: Highest value the wording allows (None: unbounded / unknown).
        qualifier: One of :data:`QUALIFIERS` (None for quotes).
        unit: What the number counts in normalised form ("people", "missiles", "USD").
        currency: ISO code for money.
        subject: What is counted as written ("civilians", "shot down", "military aid").
        scope: Where or of what the figure holds ("in Kyiv"), if said.
        speaker: Who the article attributes it to; None when the outlet states it.
        quote: The quoted words, for quotes.
        start: Character offset of the claim in the article text.
        end: End offset.
        text: ``article.text[start:end]``.
        superseded: The article itself reports this figure as replaced ("up from 42").
        rising: The article reports this figure as what a toll rose to ("rose to 288"), so
            it is newer than a lower figure that no date orders against it.
    """

    id: str
    article: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    value: float | int | None = attrs.field(default=None, converter=_opt_num)
    low: float | int | None = attrs.field(default=None, converter=_opt_num)
    high: float | int | None = attrs.field(
        default=None, converter=_opt_num, validator=_check_interval
    )
    qualifier: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(QUALIFIERS))
    )
    unit: str | None = None
    currency: str | None = None
    subject: str | None = None
    scope: str | None = None
    speaker: str | None = None
    quote: str | None = None
    start: int = 0
    end: int = attrs.field(default=0, validator=_check_offsets)
    text: str = ""
    superseded: bool = False
    rising: bool = False

    @property
    def interval(self) -> tuple[float | int | None, float | int | None]:
        """``(low, high)``; None on a side means open."""
        return (self.low, self.high)

    def to_dict(self) -> dict[str, Any]:
        """The claim as the extract JSON contract has it (no ``article`` key)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "currency": self.currency,
            "subject": self.subject,
            "scope": self.scope,
            "speaker": self.speaker,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, article: str) -> Claim:
        """Build a claim from its contract dict (as :meth:`to_dict` writes it)."""
        fields = {f.name for f in attrs.fields(cls)}
        kw = {k: v for k, v in data.items() if k in fields and k != "article"}
        return cls(article=article, **kw)


@attrs.frozen(slots=True)
class ArticleClaims:
    """An article with the claims extracted from it.

    Example:
        >>> ac = ArticleClaims(Article(id="a", text=""), ())
        >>> len(ac.claims)
        0
    """

    article: Article
    claims: tuple[Claim, ...] = ()

    def __repr__(self) -> str:
        from factcheck.display import article_claims_repr

        return article_claims_repr(self)

    def _repr_html_(self) -> str:
        from factcheck.display import article_claims_html

        return article_claims_html(self)


@attrs.frozen(slots=True)
class Finding:
    """What the reconciler says about claims that count the same thing.

    Attributes:
        rule: Stable rule id (``FC101`` ...).
        type: One of :data:`FINDING_TYPES`.
        severity: ``info``, ``warning`` or ``error``.
        kind: The claim kind compared.
        message: One line naming both figures and both sources.
        claims: The claims involved (usually two).
    """

    rule: str
    type: str = attrs.field(validator=attrs.validators.in_(FINDING_TYPES))
    severity: str = attrs.field(validator=attrs.validators.in_(SEVERITIES))
    kind: str
    message: str
    claims: tuple[Claim, ...] = ()

    @property
    def key(self) -> tuple:
        """Order-independent identity, used for sorting and baselines."""
        return (self.rule, self.kind, tuple(sorted(c.id for c in self.claims)))

    def __repr__(self) -> str:
        from factcheck.display import finding_repr

        return finding_repr(self)

    def _repr_html_(self) -> str:
        from factcheck.display import finding_html

        return finding_html(self)


@attrs.frozen(slots=True)
class Report:
    """Everything a check produced: the articles, their claims and the findings.

    Attributes:
        articles: Each article with its claims, in input order.
        findings: Findings, sorted by severity (errors first) then position.
        model: Name of the spaCy pipeline that extracted the claims.
        draft: Id of the draft article in pre-publication mode, else None.

    Example:
        >>> Report(articles=(), findings=()).has_errors
        False
    """

    articles: tuple[ArticleClaims, ...] = ()
    findings: tuple[Finding, ...] = ()
    model: str = "blank:en"
    draft: str | None = None

    @property
    def claims(self) -> tuple[Claim, ...]:
        """All claims of all articles, in article order."""
        return tuple(c for ac in self.articles for c in ac.claims)

    @property
    def has_errors(self) -> bool:
        """True when some finding has severity ``error``."""
        return any(f.severity == "error" for f in self.findings)

    def article(self, article_id: str) -> Article:
        """The article with this id (KeyError if none)."""
        for ac in self.articles:
            if ac.article.id == article_id:
                return ac.article
        raise KeyError(article_id)

    def __repr__(self) -> str:
        from factcheck.display import report_repr

        return report_repr(self)

    def _repr_html_(self) -> str:
        from factcheck.display import report_html

        return report_html(self)

    def to_records(self, table: str = "findings") -> list[dict[str, Any]]:
        """Plain dict rows (no pandas needed): one per finding, or per claim.

        Args:
            table: ``"findings"`` (rule, type, severity, kind, message, articles, ...) or
                ``"claims"`` (one row per claim with its article's source and date).

        Example:
            >>> Report().to_records()
            []
        """
        from factcheck.frames import claim_records, finding_records

        if table == "findings":
            return finding_records(self)
        if table == "claims":
            return claim_records(self.articles)
        raise ValueError(f"table must be 'findings' or 'claims', not {table!r}")

    def claims_table(self) -> Any:
        """All claims as a :class:`factcheck.display.ClaimsTable` (an HTML table in Jupyter)."""
        from factcheck.display import ClaimsTable

        return ClaimsTable(self.claims, self.articles)

    def to_pandas(self) -> Any:
        """The claims table as a DataFrame (needs ``factcheck[pandas]``).

        See :func:`factcheck.frames.claims_frame` for the columns.
        """
        from factcheck.frames import claims_frame

        return claims_frame(self.articles)

    def findings_frame(self) -> Any:
        """The findings as a DataFrame (needs ``factcheck[pandas]``).

        See :func:`factcheck.frames.findings_frame` for the columns.
        """
        from factcheck.frames import findings_frame

        return findings_frame(self)

    def to_csv(self, path: Any, *, table: str = "claims") -> int:
        """Write the claims (or ``table="findings"``) as formula-safe CSV; returns the rows.

        See :func:`factcheck.frames.report_to_csv`; needs no pandas.
        """
        from factcheck.frames import report_to_csv

        return report_to_csv(self, path, table=table)

    def plot(self, kind: str | None = None, ax: Any = None) -> Any:
        """Each source's figures over time, per kind; a matplotlib Figure (``factcheck[plot]``).

        See :func:`factcheck.plot.plot_report`.
        """
        from factcheck.plot import plot_report

        return plot_report(self, kind=kind, ax=ax)
