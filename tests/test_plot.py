"""Plots draw each source's figures per kind, with whiskers and disagreement rings (Agg)."""

from __future__ import annotations

import builtins
import sys

import pytest

import factcheck
from factcheck.plot import compact, plot_report, point
from factcheck.types import Article, Claim, Report

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")


@pytest.fixture(scope="module")
def report(nlp):
    return factcheck.check(
        [
            Article(id="a", source="Wire A", published="2022-10-10",
                    text="At least 14 people were killed and 97 wounded."),
            Article(id="b", source="Wire B", published="2022-10-11",
                    text="At least 14 people were killed and 90 were injured."),
            Article(id="c", source="Wire C",
                    text="Between 10 and 15 people were killed."),
        ],
        nlp=nlp,
    )  # fmt: skip


def _points(ax, label):
    return sum(len(c.get_offsets()) for c in ax.collections if c.get_label() == label)


def test_one_panel_per_kind(report):
    fig = report.plot()
    titles = [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]
    assert titles == ["killed", "wounded"]


def test_points_labels_and_dates(report):
    fig = report.plot("killed")
    [ax] = fig.axes
    assert _points(ax, "Wire A") == 1
    assert _points(ax, "Wire B") == 1
    assert _points(ax, "Wire C") == 1
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == ["2022-10-10", "2022-10-11", "undated"]  # undated at the end
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend[:3] == ["Wire A", "Wire B", "Wire C"]
    # at-least arrows for A and B, a range whisker for C
    assert len([t for t in ax.texts if t.arrow_patch is not None]) == 2
    assert len(ax.collections) >= 4  # 3 sources + range bar (vlines) + caps


def test_disagreements_marked(report):
    fig = report.plot("wounded")
    [ax] = fig.axes
    rings = [c for c in ax.collections if (c.get_gid() or "").startswith("factcheck-disagree")]
    assert len(rings) == 1 and rings[0].get_gid() == "factcheck-disagreement-error"
    assert len(rings[0].get_offsets()) == 2  # both sides of the 97 / 90 conflict
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend[-1] == "disagreement (error)"


def test_only_non_consistent_findings_marked(report):
    [ax] = report.plot("killed").axes
    rings = [c for c in ax.collections if (c.get_gid() or "").startswith("factcheck-")]
    flagged = {
        c.id
        for f in report.findings
        if f.kind == "killed" and f.type != "consistent"
        for c in f.claims
    }
    assert sum(len(r.get_offsets()) for r in rings) == len(flagged)
    assert all(r.get_gid() != "factcheck-disagreement-error" for r in rings)


def test_into_given_axes(report):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    try:
        assert report.plot(kind="wounded", ax=ax) is fig
        assert ax.get_title(loc="left") == "wounded"
        with pytest.raises(ValueError, match="one kind"):
            report.plot(ax=ax)
    finally:
        plt.close(fig)


def test_bad_kind(report):
    with pytest.raises(ValueError, match="quote"):
        report.plot("quote")


def test_empty_report_and_png(tmp_path):
    fig = plot_report(Report())
    assert fig.axes[0].get_title(loc="left") == "no figures"
    fig.savefig(tmp_path / "x.png")
    assert (tmp_path / "x.png").stat().st_size > 0


def test_log_scale_for_wide_money():
    arts = [
        Article(id=i, source=i, published="2023-01-0" + str(n)) for n, i in ((1, "x"), (2, "y"))
    ]
    claims = (
        Claim(id="x:0", article="x", kind="money", value=5e4, low=5e4, high=5e4, qualifier="exact",
              currency="INR"),
        Claim(id="y:0", article="y", kind="money", value=1.5e8, qualifier="about",
              currency="INR"),
    )  # fmt: skip
    from factcheck.types import ArticleClaims

    r = Report(articles=(ArticleClaims(arts[0], claims[:1]), ArticleClaims(arts[1], claims[1:])))
    [ax] = r.plot().axes
    assert ax.get_yscale() == "log" and ax.get_ylabel() == "INR"


def test_helpers():
    assert point(Claim(id="a:0", article="a", kind="killed", high=10, qualifier="at_most")) == 10
    assert point(Claim(id="a:1", article="a", kind="quote")) is None
    assert compact(2_500_000) == "2.5M"


def test_missing_matplotlib_names_the_extra(report, monkeypatch):
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError("No module named 'matplotlib'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=r"pip install 'factcheck\[plot\]'"):
        report.plot()
