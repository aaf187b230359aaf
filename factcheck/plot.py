"""Plot each source's figures over time, one panel per claim kind (matplotlib, static).

Needs the ``plot`` extra (``pip install 'factcheck[plot]'``). A point is a claim's figure, at
its article's publication date (undated articles at the right end), coloured by source.
Whiskers show what the wording allows: a bar between ``low`` and ``high`` for ranges, an arrow
up for "at least" / "more than" / vague lower bounds, an arrow down for "up to" / "fewer
than". Claims in a disagreement (any finding but ``consistent``) get a ring coloured by the
finding's severity.

Example:
    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> from factcheck.types import Report
    >>> plot_report(Report()).axes[0].get_title(loc="left")
    'no figures'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from factcheck.extras import require
from factcheck.types import COUNT_KIND_ORDER, KINDS, SEVERITIES, Article, Claim, Report

#: Ring colour of a claim in a finding of this severity.
SEVERITY_COLORS = {"error": "#c0392b", "warning": "#e67e22", "info": "#7f8c8d"}
#: Panel order.
KIND_ORDER = COUNT_KIND_ORDER
UNDATED = "undated"
_MARKERS = "osDPhXpd8H"  # no triangles: arrows mean open bounds
_ARROW = 16  # points


def require_matplotlib() -> Any:
    """Import matplotlib, or say which extra installs it.

    Raises:
        ImportError: matplotlib is not installed; the message names ``factcheck[plot]``.

    Example:
        >>> require_matplotlib().__name__
        'matplotlib'
    """
    return require("matplotlib", extra="plot", purpose="plots")


def point(claim: Claim) -> float | None:
    """Where a claim's marker goes: its value, else its lower bound, else its upper bound.

    Example:
        >>> point(Claim(id="a:0", article="a", kind="killed", low=24, qualifier="vague"))
        24
    """
    for v in (claim.value, claim.low, claim.high):
        if v is not None:
            return v
    return None


def _source(art: Article | None, article_id: str) -> str:
    return art.source if art is not None and art.source else article_id


def _dates(report: Report) -> list[str]:
    dated = sorted({ac.article.published for ac in report.articles if ac.article.published})
    if any(not ac.article.published for ac in report.articles):
        dated.append(UNDATED)
    return dated


def _flagged(report: Report) -> dict[str, str]:
    """Claim id -> worst severity of a non-consistent finding it is part of."""
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    out: dict[str, str] = {}
    for f in report.findings:
        if f.type == "consistent":
            continue
        for c in f.claims:
            if c.id not in out or rank[f.severity] > rank[out[c.id]]:
                out[c.id] = f.severity
    return out


def _kinds(report: Report, kind: str | None) -> list[str]:
    if kind is not None:
        if kind not in KINDS or kind == "quote":
            raise ValueError(f"cannot plot kind {kind!r}; use one of {', '.join(KIND_ORDER)}")
        return [kind]
    present = {c.kind for c in report.claims if point(c) is not None}
    return [k for k in KIND_ORDER if k in present]


def _draw_kind(
    ax: Any,
    report: Report,
    kind: str,
    dates: Sequence[str],
    styles: dict[str, tuple[str, str]],
    flagged: dict[str, str],
) -> None:
    arts = {ac.article.id: ac.article for ac in report.articles}
    # Points per date, to spread the sources of one day side by side.
    by_date: dict[str, list[str]] = {}
    for ac in report.articles:
        d = ac.article.published or UNDATED
        src = _source(ac.article, ac.article.id)
        if any(c.kind == kind and point(c) is not None for c in ac.claims):
            by_date.setdefault(d, [])
            if src not in by_date[d]:
                by_date[d].append(src)
    xs: dict[str, list[tuple[float, float]]] = {}
    rings: dict[str, list[tuple[float, float]]] = {}
    ys: list[float] = []
    for c in report.claims:
        y = point(c)
        if c.kind != kind or y is None:
            continue
        art = arts.get(c.article)
        d = (art.published if art else None) or UNDATED
        src = _source(art, c.article)
        same_day = by_date.get(d, [src])
        k = same_day.index(src) if src in same_day else 0
        x = dates.index(d) + (k - (len(same_day) - 1) / 2) * min(0.5 / len(same_day), 0.15)
        color = styles[src][0]
        xs.setdefault(src, []).append((x, y))
        ys.append(y)
        if c.low is not None and c.high is not None and c.low != c.high:
            ax.vlines(x, c.low, c.high, colors=color, linewidth=1.5, alpha=0.8)
            ax.scatter([x, x], [c.low, c.high], marker="_", color=color, s=60, linewidths=1.5)
            ys.extend([c.low, c.high])
        elif c.high is None and c.low is not None and c.qualifier != "exact":
            ax.annotate(
                "", xy=(x, y), xytext=(0, _ARROW), textcoords="offset points",
                arrowprops={"arrowstyle": "<-", "color": color, "lw": 1.3},
            )  # fmt: skip
        elif c.low is None and c.high is not None and c.qualifier != "exact":
            ax.annotate(
                "", xy=(x, y), xytext=(0, -_ARROW), textcoords="offset points",
                arrowprops={"arrowstyle": "<-", "color": color, "lw": 1.3},
            )  # fmt: skip
        if c.id in flagged:
            rings.setdefault(flagged[c.id], []).append((x, y))
    for src, pts in xs.items():
        color, marker = styles[src]
        ax.scatter(
            [p[0] for p in pts], [p[1] for p in pts], color=color, marker=marker, s=50,
            zorder=3, label=src, edgecolors="white", linewidths=0.4,
        )  # fmt: skip
    for sev in reversed(SEVERITIES):
        pts = rings.get(sev)
        if pts:
            coll = ax.scatter(
                [p[0] for p in pts], [p[1] for p in pts], s=190, facecolors="none",
                edgecolors=SEVERITY_COLORS[sev], linewidths=1.6, zorder=4,
                label=f"disagreement ({sev})",
            )  # fmt: skip
            coll.set_gid(f"factcheck-disagreement-{sev}")
    positive = [y for y in ys if y > 0]
    if positive and max(positive) / min(positive) >= 100:
        ax.set_yscale("log")
    elif ys:
        top = max(ys) * 1.18 or 1
        ax.set_ylim(bottom=-0.03 * top, top=top)
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: compact(v)))
    ax.set_xticks(range(len(dates)))
    ax.set_xticklabels(list(dates))
    ax.set_xlim(-0.6, len(dates) - 0.4)
    ax.set_title(kind.replace("_", " "), loc="left", fontsize=11, fontweight="bold")
    ax.set_ylabel(_unit(report, kind))
    ax.grid(axis="y", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def compact(value: float) -> str:
    """A short axis label: ``1.5k``, ``15B``; small numbers as they are.

    Example:
        >>> compact(15e9), compact(1175), compact(12), compact(0.5)
        ('15B', '1.18k', '12', '0.5')
    """
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def _unit(report: Report, kind: str) -> str:
    if kind == "money":
        codes = {c.currency or c.unit for c in report.claims if c.kind == "money"} - {None}
        return ", ".join(sorted(codes)) if codes else "amount"
    return "count"


def plot_report(report: Report, *, kind: str | None = None, ax: Any = None) -> Any:
    """Each source's figures over time: one panel per claim kind (or only ``kind``).

    Args:
        report: The report to plot.
        kind: Only this claim kind (``"killed"``, ``"wounded"`` …); default every count kind
            that has a figure.
        ax: Draw into this matplotlib Axes (then ``kind`` must name one kind, or the report
            must hold only one).

    Returns:
        The matplotlib ``Figure`` (in Jupyter it shows as a static PNG).

    Raises:
        ValueError: ``kind`` is a quote or unknown, or ``ax`` with several kinds.
        ImportError: matplotlib is not installed (``pip install 'factcheck[plot]'``).

    Example:
        >>> import factcheck
        >>> r = factcheck.check(["At least 14 were killed.", "19 were killed."],
        ...                     nlp=factcheck.load("blank"))
        >>> [a.get_title(loc="left") for a in plot_report(r).axes]
        ['killed']
    """
    require_matplotlib()
    kinds = _kinds(report, kind)
    dates = _dates(report)
    sources: list[str] = []
    for ac in sorted(report.articles, key=lambda a: a.article.published or "9999"):
        src = _source(ac.article, ac.article.id)
        if src not in sources:
            sources.append(src)
    from matplotlib import colormaps

    cmap = colormaps["tab10"]
    styles = {s: (cmap(i % 10), _MARKERS[i % len(_MARKERS)]) for i, s in enumerate(sources)}
    flagged = _flagged(report)
    if ax is not None:
        if len(kinds) > 1:
            raise ValueError("with ax=, pass one kind (the report has several)")
        if kinds:
            _draw_kind(ax, report, kinds[0], dates, styles, flagged)
            ax.legend(fontsize=8, loc="best")
        return ax.figure
    import matplotlib.pyplot as plt

    ncols = 1 if len(kinds) <= 1 else 2
    nrows = max(1, math.ceil(len(kinds) / ncols))
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(6.2 * ncols + 2.4, 3.4 * nrows + 0.6), squeeze=False,
        layout="constrained",
    )  # fmt: skip
    flat = list(axes.flat)
    if not kinds:
        flat[0].set_title("no figures", loc="left")
        flat[0].set_axis_off()
    for a, k in zip(flat, kinds, strict=False):
        _draw_kind(a, report, k, dates, styles, flagged)
    for a in flat[len(kinds) or 1 :]:
        a.set_axis_off()
    handles: dict[str, Any] = {}
    for a in flat:
        for h, lab in zip(*a.get_legend_handles_labels(), strict=True):
            handles.setdefault(lab, h)
    handles = dict(sorted(handles.items(), key=lambda kv: kv[0].startswith("disagreement (")))
    if handles:
        fig.legend(
            list(handles.values()), list(handles.keys()), loc="outside right upper",
            fontsize=9, title="source · finding", frameon=False,
        )  # fmt: skip
    plt.close(fig)  # not kept by pyplot: Jupyter shows the returned figure once
    return fig
