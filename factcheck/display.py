"""Rich display of reports, findings and claims: short terminal reprs and Jupyter HTML.

The ``__repr__`` / ``_repr_html_`` methods of :class:`~factcheck.types.Report`,
:class:`~factcheck.types.Finding` and :class:`~factcheck.types.ArticleClaims` delegate here. The
HTML is a fragment for a notebook cell (scoped CSS, no script). It is rendered by jinja2 with
autoescape, and the only markup built in Python is the ``<mark>`` of
:func:`factcheck.report.html.highlight`, which escapes its parts, so article text (untrusted)
can never inject markup. Terminal reprs strip control sequences.

Example:
    >>> from factcheck.types import Article, ArticleClaims, Report
    >>> report_repr(Report(articles=(ArticleClaims(Article(id="a")),)))
    '<Report: 1 article, 0 claims, 0 errors, 0 warnings, 0 info>'
    >>> "&lt;script&gt;" in report_html(Report(articles=(ArticleClaims(Article(id="<script>")),)))
    True
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.report.common import (
    SEVERITY_RANK,
    article_index,
    figure,
    locate,
    plural,
)
from factcheck.report.escape import terminal
from factcheck.report.html import DISAGREEMENTS, SIDES_MACRO, highlight
from factcheck.types import SEVERITIES, Article, ArticleClaims, Claim, Finding, Report

#: Longest message shown in a terminal repr.
REPR_WIDTH = 160

# ---------------------------------------------------------------------------------------------
# Terminal


def _short(text: str | None, width: int = REPR_WIDTH) -> str:
    text = terminal(text, one_line=True)
    return text if len(text) <= width else text[: width - 1] + "…"


def _counts(findings: Iterable[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    return ", ".join(plural(counts[s], s) for s in reversed(SEVERITIES))


def report_repr(report: Report) -> str:
    """One line: articles, claims and findings by severity.

    Example:
        >>> report_repr(Report())
        '<Report: 0 articles, 0 claims, 0 errors, 0 warnings, 0 info>'
    """
    unread = sum(1 for ac in report.articles if ac.article.error)
    extra = f", {unread} unreadable" if unread else ""
    return (
        f"<Report: {plural(len(report.articles), 'article')}, "
        f"{plural(len(report.claims), 'claim')}, {_counts(report.findings)}{extra}>"
    )


def finding_repr(finding: Finding) -> str:
    """Rule, severity, type and the (shortened) message.

    Example:
        >>> finding_repr(Finding("FC101", "conflict", "error", "wounded", "97 vs 90"))
        '<Finding FC101 error conflict: 97 vs 90>'
    """
    return f"<Finding {finding.rule} {finding.severity} {finding.type}: {_short(finding.message)}>"


def article_claims_repr(ac: ArticleClaims) -> str:
    """The article id, source, date and its claims counted by kind.

    Example:
        >>> article_claims_repr(ArticleClaims(Article(id="a", source="AP")))
        '<ArticleClaims a (AP): 0 claims>'
    """
    art = ac.article
    meta = ", ".join(_short(x, 60) for x in (art.source, art.published) if x)
    head = f"<ArticleClaims {_short(art.id, 60)}" + (f" ({meta})" if meta else "")
    if art.error:
        return f"{head}: error: {_short(art.error, 100)}>"
    kinds = Counter(c.kind for c in ac.claims)
    detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    return f"{head}: {plural(len(ac.claims), 'claim')}" + (f" ({detail})" if detail else "") + ">"


# ---------------------------------------------------------------------------------------------
# HTML

# ``div.fc.fc`` outranks JupyterLab's ``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td``
# (which right-aligns every cell).
_STYLE = """\
<style>
div.fc.fc { font: 14px/1.45 system-ui, sans-serif; max-width: 80em; }
div.fc.fc table { border-collapse: collapse; margin: .4em 0 1em; width: 100%; table-layout: auto; }
div.fc.fc th, div.fc.fc td { border-bottom: 1px solid #ddd; padding: .25em .5em; text-align: left;
  vertical-align: top; white-space: normal; }
div.fc.fc th { background: rgba(127,127,127,.12); }
div.fc.fc .sev { font-weight: 600; text-transform: uppercase; font-size: .8em; }
div.fc.fc .error { color: #b00020; } div.fc.fc .warning { color: #9a6700; }
div.fc.fc .info { color: #777; }
div.fc.fc .pair { display: grid; grid-template-columns: 1fr 1fr; gap: .8em; margin: .3em 0 1.2em; }
div.fc.fc .side { border: 1px solid #ccc; border-radius: 4px; padding: .5em .7em;
  background: rgba(127,127,127,.06); }
div.fc.fc .meta { color: #666; font-size: .9em; margin-bottom: .2em; }
div.fc.fc mark { background: #ffe066; color: #000; padding: 0 .1em; }
div.fc.fc .num { white-space: nowrap; } div.fc.fc .muted { color: #777; }
div.fc.fc h4 { margin: 1em 0 .3em; font-size: 1.05em; }
div.fc.fc summary { cursor: pointer; color: #555; }
</style>"""

_MACROS = (
    SIDES_MACRO
    + """
{%- macro findings_table(rows) %}
<table>
<thead><tr><th>Rule</th><th>Severity</th><th>Type</th><th>Kind</th><th>Message</th></tr></thead>
<tbody>
{%- for f in rows %}
<tr><td><code>{{ f.rule }}</code></td><td class="sev {{ f.severity }}">{{ f.severity }}</td>
<td>{{ f.type }}</td><td>{{ f.kind }}</td><td>{{ f.message }}</td></tr>
{%- endfor %}
</tbody>
</table>
{%- endmacro %}
{%- macro claims_table(claims) %}
<table>
<thead><tr><th>Where</th><th>Kind</th><th>Figure</th><th>Subject</th><th>Scope</th>
<th>Speaker</th><th>Sentence</th></tr></thead>
<tbody>
{%- for c in claims %}
<tr><td><code>{{ c.where }}</code></td><td>{{ c.kind }}</td><td class="num">{{ c.figure }}</td>
<td>{{ c.subject }}</td><td>{{ c.scope }}</td><td>{{ c.speaker }}</td><td>{{ c.sentence }}</td></tr>
{%- endfor %}
</tbody>
</table>
{%- endmacro %}
"""
)

_REPORT = (
    _MACROS
    + """\
<div class="fc">
{{ style }}
<p><strong>{{ summary }}</strong> <span class="muted">&middot; model <code>{{ model }}</code>
{%- if draft %} &middot; draft <code>{{ draft }}</code>{% endif %}</span></p>
{%- if read_errors %}
<ul>{% for a in read_errors %}<li class="error"><code>{{ a.id }}</code>: {{ a.error }}</li>
{% endfor %}</ul>
{%- endif %}
{%- if main %}{{ findings_table(main) }}{% endif %}
{%- if info %}
<details><summary>{{ info|length }} info finding{{ "s" if info|length != 1 }}
(consistent figures, updates)</summary>{{ findings_table(info) }}</details>
{%- endif %}
{%- if not main and not info %}<p class="muted">No findings.</p>{% endif %}
{%- for f in disagreements %}
<h4><span class="sev {{ f.severity }}">{{ f.severity }}</span> <code>{{ f.rule }}</code>
{{ f.type }} &middot; {{ f.kind }}</h4>
{{ sides(f) }}
{%- endfor %}
{%- if more %}<p class="muted">… and {{ more }} more disagreements
(<code>report.findings</code>).</p>{% endif %}
<table>
<thead><tr><th>Article</th><th>Source</th><th>Published</th><th>Claims</th><th>Kinds</th>
</tr></thead>
<tbody>
{%- for a in articles %}
<tr><td><code>{{ a.id }}</code></td><td>{{ a.source }}</td><td class="num">{{ a.published }}</td>
<td>{% if a.error %}<span class="error">{{ a.error }}</span>{% else %}{{ a.n }}{% endif %}</td>
<td>{{ a.kinds }}</td></tr>
{%- endfor %}
</tbody>
</table>
</div>
"""
)

_FINDING = (
    _MACROS
    + """\
<div class="fc">
{{ style }}
<h4><span class="sev {{ f.severity }}">{{ f.severity }}</span> <code>{{ f.rule }}</code>
{{ f.type }} &middot; {{ f.kind }}</h4>
<p>{{ f.message }}</p>
{%- if f.sides|length >= 2 %}{{ sides(f) }}{% elif f.sides %}
<p>{{ f.sides[0].sentence }}</p>{% endif %}
</div>
"""
)

_ARTICLE = (
    _MACROS
    + """\
<div class="fc">
{{ style }}
<h4><code>{{ a.id }}</code>{% if a.source %} &middot; {{ a.source }}{% endif %}
{%- if a.published %} &middot; {{ a.published }}{% endif %}</h4>
{%- if a.url %}<p class="meta">{{ a.url }}</p>{% endif %}
{%- if a.error %}<p class="error">Could not read: {{ a.error }}</p>
{%- elif claims %}{{ claims_table(claims) }}
{%- else %}<p class="muted">No claims.</p>{% endif %}
</div>
"""
)

_CLAIMS = (
    _MACROS
    + """\
<div class="fc">
{{ style }}
{%- if claims %}{{ claims_table(claims) }}{% else %}<p class="muted">No claims.</p>{% endif %}
</div>
"""
)

#: Most disagreements shown side by side in a report's HTML.
MAX_SIDE_BY_SIDE = 12


@functools.cache
def _env() -> Any:
    import jinja2

    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=False)


def _render(template: str, **context: Any) -> str:
    from markupsafe import Markup

    return _env().from_string(template).render(style=Markup(_STYLE), **context).strip() + "\n"


def _where(c: Claim, arts: Mapping[str, Article], art: Article | None) -> str:
    if art is None:
        return ""
    loc = locate(c, arts)
    # Without a source name the id heads the box already: line:col is enough.
    return loc.short if art.source else f"{loc.line}:{loc.col}"


def _side(c: Claim, arts: Mapping[str, Article]) -> dict[str, Any]:
    art = arts.get(c.article)
    return {
        "source": art.source if art and art.source else c.article,
        "published": art.published if art else None,
        "where": _where(c, arts, art),
        "figure": figure(c),
        "speaker": c.speaker,
        "sentence": highlight(art, c),
    }


def _finding_ctx(f: Finding, arts: Mapping[str, Article]) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity,
        "type": f.type,
        "kind": f.kind,
        "message": f.message,
        "sides": [_side(c, arts) for c in f.claims],
    }


def _claim_rows(
    claims: Iterable[Claim], arts: Mapping[str, Article], *, with_article: bool = True
) -> list[dict[str, Any]]:
    rows = []
    for c in claims:
        art = arts.get(c.article)
        loc = locate(c, arts)
        rows.append(
            {
                "where": loc.short if with_article else f"{loc.line}:{loc.col}",
                "kind": c.kind,
                "figure": figure(c),
                "subject": c.subject or "",
                "scope": c.scope or "",
                "speaker": c.speaker or "",
                "sentence": highlight(art, c),
            }
        )
    return rows


def report_html(report: Report, *, max_side_by_side: int = MAX_SIDE_BY_SIDE) -> str:
    """A notebook view of a report: summary, findings, disagreements side by side, articles.

    Warnings and errors are listed in a table; info findings (consistent figures, updates) are
    folded away. The first ``max_side_by_side`` disagreements show the sentence of each source
    side by side with the figure in ``<mark>``, and the source name and date above it.

    Example:
        >>> report_html(Report()).startswith('<div class="fc">')
        True
    """
    arts = article_index(report.articles)
    ordered = sorted(report.findings, key=lambda f: -SEVERITY_RANK[f.severity])
    rows = [_finding_ctx(f, {}) for f in ordered]
    pairs = [f for f in ordered if f.type in DISAGREEMENTS and len(f.claims) >= 2]
    return _render(
        _REPORT,
        summary=report_repr(report)[9:-1],
        model=report.model,
        draft=report.draft,
        read_errors=[ac.article for ac in report.articles if ac.article.error],
        main=[r for r in rows if r["severity"] != "info"],
        info=[r for r in rows if r["severity"] == "info"],
        disagreements=[_finding_ctx(f, arts) for f in pairs[:max_side_by_side]],
        more=max(0, len(pairs) - max_side_by_side),
        articles=[
            {
                "id": ac.article.id,
                "source": ac.article.source or "",
                "published": ac.article.published or "",
                "error": ac.article.error,
                "n": len(ac.claims),
                "kinds": ", ".join(
                    f"{k} {n}" for k, n in sorted(Counter(c.kind for c in ac.claims).items())
                ),
            }
            for ac in report.articles
        ],
    )


def finding_html(finding: Finding, articles: Iterable[ArticleClaims | Article] = ()) -> str:
    """One finding: its message and the claims side by side, figures in ``<mark>``.

    Args:
        finding: The finding.
        articles: The articles of its claims, to show the whole sentence, the source name and
            the date; without them each side shows the claim's own text and article id.

    Example:
        >>> f = Finding("FC101", "conflict", "error", "wounded", "97 <b>vs</b> 90")
        >>> "97 &lt;b&gt;vs&lt;/b&gt; 90" in finding_html(f)
        True
    """
    return _render(_FINDING, f=_finding_ctx(finding, article_index(articles)))


def article_claims_html(ac: ArticleClaims) -> str:
    """An article's header and its claims as a table, each sentence with the claim marked.

    Example:
        >>> "No claims." in article_claims_html(ArticleClaims(Article(id="a")))
        True
    """
    art = ac.article
    return _render(
        _ARTICLE, a=art, claims=_claim_rows(ac.claims, {art.id: art}, with_article=False)
    )


def claims_html(claims: Iterable[Claim], articles: Iterable[ArticleClaims | Article] = ()) -> str:
    """A table of claims (where, kind, figure, subject, scope, speaker, sentence).

    Example:
        >>> "No claims." in claims_html([])
        True
    """
    return _render(_CLAIMS, claims=_claim_rows(claims, article_index(articles)))


class ClaimsTable:
    """Claims that show as a table in Jupyter and as a short summary in a terminal.

    Args:
        claims: The claims, in order.
        articles: Their articles (for sentences, sources and dates).

    Example:
        >>> ClaimsTable([])
        <ClaimsTable: 0 claims>
    """

    __slots__ = ("articles", "claims")

    def __init__(
        self, claims: Iterable[Claim], articles: Iterable[ArticleClaims | Article] = ()
    ) -> None:
        self.claims = tuple(claims)
        self.articles = tuple(articles)

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Any:
        return iter(self.claims)

    def __repr__(self) -> str:
        kinds = Counter(c.kind for c in self.claims)
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        return f"<ClaimsTable: {plural(len(self.claims), 'claim')}" + (
            f" ({detail})>" if detail else ">"
        )

    def _repr_html_(self) -> str:
        return claims_html(self.claims, self.articles)

    def to_pandas(self) -> Any:
        """The claims as a DataFrame (see :func:`factcheck.frames.claims_frame`)."""
        from factcheck.frames import claims_frame

        arts = article_index(self.articles)
        by_article: dict[str, list[Claim]] = {}
        for c in self.claims:
            by_article.setdefault(c.article, []).append(c)
        return claims_frame(
            [ArticleClaims(arts.get(a) or Article(id=a), tuple(cs)) for a, cs in by_article.items()]
        )
