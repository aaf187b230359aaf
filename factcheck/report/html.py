"""A self-contained HTML page of a check: summary, findings, disagreements side by side, claims.

Inline CSS, no external assets, no JavaScript (a Content-Security-Policy meta tag forbids
scripts outright). The template is rendered by jinja2 with autoescape on, and the only markup
built in Python (the ``<mark>`` around a figure) escapes its parts with markupsafe, so nothing
from an article can inject markup.

Example:
    >>> from factcheck.types import Report
    >>> render_html(Report()).startswith("<!DOCTYPE html>")
    True
"""

from __future__ import annotations

import functools
import re
from typing import Any

from markupsafe import Markup, escape

import factcheck
from factcheck.report.common import SEVERITY_RANK, article_index, figure, locate, summary
from factcheck.types import Article, Claim, Report

#: Finding types shown side by side.
DISAGREEMENTS = frozenset(
    {"differs", "conflict", "quote_mismatch", "attribution_conflict", "outdated"}
)
_CONTEXT = 240  # most characters of sentence shown on each side of a claim

#: The side-by-side view of a disagreement (one box a source), shared with the Jupyter view.
SIDES_MACRO = """\
{%- macro sides(f) %}
<div class="pair">
{%- for s in f.sides %}
  <div class="side">
    <div class="meta"><strong>{{ s.source }}</strong>
    {%- if s.published %} &middot; {{ s.published }}{% endif %}
    {%- if s.where %} &middot; <code>{{ s.where }}</code>{% endif %}
    {%- if s.figure %} &middot; <span class="num">{{ s.figure }}</span>{% endif %}
    {%- if s.speaker %} &middot; {{ s.speaker }}{% endif %}</div>
    <div>{{ s.sentence }}</div>
  </div>
{%- endfor %}
</div>
{%- endmacro %}"""

TEMPLATE = (
    SIDES_MACRO
    + """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="factcheck {{ version }}">
<title>factcheck report</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #222;
       padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; } h3 { font-size: 1.05em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; }
th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left;
         vertical-align: top; }
th { background: #f4f4f4; }
.sev { font-weight: 600; text-transform: uppercase; font-size: .8em; }
.error { color: #b00020; } .warning { color: #9a6700; } .info { color: #666; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; margin: .5em 0 1.5em; }
.side { border: 1px solid #ddd; border-radius: 4px; padding: .6em .8em; background: #fafafa; }
.meta { color: #555; font-size: .9em; margin-bottom: .3em; }
mark { background: #ffe066; padding: 0 .1em; }
.muted { color: #777; } .num { white-space: nowrap; }
code { font-size: .9em; }
</style>
</head>
<body>
<h1>factcheck report</h1>
<p class="meta">factcheck {{ version }} &middot; model <code>{{ model }}</code>
{%- if draft %} &middot; draft <code>{{ draft }}</code>{% endif %}</p>
<p><strong>{{ summary }}</strong></p>
{%- if read_errors %}
<ul>
{%- for a in read_errors %}
  <li class="error"><code>{{ a.id }}</code>: {{ a.error }}</li>
{%- endfor %}
</ul>
{%- endif %}

<h2 id="findings">Findings</h2>
{%- if findings %}
<table>
<thead><tr><th>Rule</th><th>Severity</th><th>Type</th><th>Kind</th><th>Message</th>
<th>Where</th></tr></thead>
<tbody>
{%- for f in findings %}
<tr>
  <td><code>{{ f.rule }}</code></td>
  <td class="sev {{ f.severity }}">{{ f.severity }}</td>
  <td>{{ f.type }}</td>
  <td>{{ f.kind }}</td>
  <td>{{ f.message }}</td>
  <td>{% for w in f.where %}<code>{{ w }}</code>{% if not loop.last %}<br>{% endif %}
{%- endfor %}</td>
</tr>
{%- endfor %}
</tbody>
</table>
{%- else %}
<p class="muted">No findings.</p>
{%- endif %}

{%- if disagreements %}
<h2 id="disagreements">Disagreements</h2>
{%- for f in disagreements %}
<h3><span class="sev {{ f.severity }}">{{ f.severity }}</span> <code>{{ f.rule }}</code>
{{ f.type }} &middot; {{ f.kind }}</h3>
<p>{{ f.message }}</p>
{{ sides(f) }}
{%- endfor %}
{%- endif %}

<h2 id="articles">Articles</h2>
{%- for a in articles %}
<h3 id="article-{{ loop.index }}"><code>{{ a.id }}</code>
{%- if a.source %} &middot; {{ a.source }}{% endif %}
{%- if a.published %} &middot; {{ a.published }}{% endif %}</h3>
{%- if a.url %}<p class="meta">{{ a.url }}</p>{% endif %}
{%- if a.error %}
<p class="error">Could not read: {{ a.error }}</p>
{%- elif a.claims %}
<table>
<thead><tr><th>Where</th><th>Kind</th><th>Figure</th><th>Subject</th><th>Scope</th>
<th>Speaker</th><th>Text</th></tr></thead>
<tbody>
{%- for c in a.claims %}
<tr>
  <td><code>{{ c.where }}</code></td><td>{{ c.kind }}</td>
  <td class="num">{{ c.figure }}</td><td>{{ c.subject }}</td><td>{{ c.scope }}</td>
  <td>{{ c.speaker }}</td><td>{{ c.text }}</td>
</tr>
{%- endfor %}
</tbody>
</table>
{%- else %}
<p class="muted">No claims.</p>
{%- endif %}
{%- endfor %}
</body>
</html>
"""
)

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*\n")


@functools.cache
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
    )
    return env.from_string(TEMPLATE)


def highlight(article: Article | None, claim: Claim) -> Markup:
    """The sentence around a claim, escaped, with the claim's span in ``<mark>``.

    Falls back to the claim's own text when the article text doesn't hold it.

    Example:
        >>> art = Article(id="a", text="Rain fell. At least <b>14</b> died. Then calm.")
        >>> c = Claim(id="a:0", article="a", kind="killed", value=14, start=11, end=35,
        ...           text="At least <b>14</b> died.")
        >>> str(highlight(art, c))
        '<mark>At least &lt;b&gt;14&lt;/b&gt; died.</mark>'
    """
    text = article.text if article is not None else ""
    start, end = claim.start, claim.end
    if not text or end > len(text) or (claim.text and text[start:end] != claim.text):
        return Markup("<mark>{}</mark>").format(claim.text or claim.quote or "")
    lo = max(0, start - _CONTEXT)
    before = text[lo:start]
    cut = 0
    for m in _SENTENCE_END.finditer(before):
        cut = m.end()
    before = before[cut:]
    hi = min(len(text), end + _CONTEXT)
    # Search from the claim's last character, so a claim that ends its sentence gets no tail.
    base = max(start, end - 1)
    m = _SENTENCE_END.search(text, base, hi)
    after = text[end : max(end, m.start() + 1)].rstrip() if m else text[end:hi]
    if lo > 0 and cut == 0:
        before = "…" + before
    if hi < len(text) and not m:
        after += "…"
    return (
        escape(before)
        + Markup("<mark>")
        + escape(text[start:end])
        + Markup("</mark>")
        + escape(after)
    )


def _context(report: Report) -> dict[str, Any]:
    arts = article_index(report.articles)

    def where(c: Claim) -> str:
        return locate(c, arts).short

    def side(c: Claim) -> dict[str, Any]:
        art = arts.get(c.article)
        return {
            "source": (art.source if art and art.source else c.article),
            "published": art.published if art else None,
            "where": where(c),
            "figure": figure(c),
            "speaker": c.speaker,
            "sentence": highlight(art, c),
        }

    findings = sorted(report.findings, key=lambda f: -SEVERITY_RANK[f.severity])
    return {
        "version": factcheck.__version__,
        "model": report.model,
        "draft": report.draft,
        "summary": summary(report.findings, len(report.articles)),
        "read_errors": [ac.article for ac in report.articles if ac.article.error],
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "type": f.type,
                "kind": f.kind,
                "message": f.message,
                "where": [where(c) for c in f.claims],
            }
            for f in findings
        ],
        "disagreements": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "type": f.type,
                "kind": f.kind,
                "message": f.message,
                "sides": [side(c) for c in f.claims],
            }
            for f in findings
            if f.type in DISAGREEMENTS and len(f.claims) >= 2
        ],
        "articles": [
            {
                "id": ac.article.id,
                "source": ac.article.source,
                "published": ac.article.published,
                "url": ac.article.url,
                "error": ac.article.error,
                "claims": [
                    {
                        "where": where(c),
                        "kind": c.kind,
                        "figure": figure(c) if c.kind != "quote" else "",
                        "subject": c.subject or "",
                        "scope": c.scope or "",
                        "speaker": c.speaker or "",
                        "text": (f"“{c.quote}”" if c.kind == "quote" and c.quote else c.text),
                    }
                    for c in ac.claims
                ],
            }
            for ac in report.articles
        ],
    }


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page.

    Example:
        >>> from factcheck.types import Article, ArticleClaims, Report
        >>> page = render_html(Report((ArticleClaims(Article(id="<script>x</script>")),)))
        >>> "<script>" in page
        False
    """
    return _template().render(**_context(report))
