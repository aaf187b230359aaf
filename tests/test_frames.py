"""DataFrames of claims and findings, the missing-extra message, formula-safe CSV."""

from __future__ import annotations

import builtins
import csv
import sys

import pytest

import factcheck
from factcheck.frames import CLAIM_COLUMNS, FINDING_COLUMNS, claim_records, safe_cell
from factcheck.types import Article, ArticleClaims, Claim, Report

pd = pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def report(nlp):
    return factcheck.check(
        [
            {"id": "a", "source": "Wire A", "published": "2022-10-10",
             "text": "At least 14 people were killed and 97 wounded."},
            {"id": "b", "source": "Wire B",
             "text": "At least 14 people were killed and 90 were injured."},
        ],
        nlp=nlp,
    )  # fmt: skip


def test_claims_frame_columns_and_types(report):
    frame = report.to_pandas()
    assert list(frame.columns) == list(CLAIM_COLUMNS)
    assert len(frame) == len(report.claims) == 4
    row = frame[(frame.article == "a") & (frame.kind == "killed")].iloc[0]
    assert row.value == 14 and row.low == 14 and pd.isna(row.high)
    assert row.qualifier == "at_least" and row.source == "Wire A"
    assert row.published == pd.Timestamp("2022-10-10")
    assert pd.isna(frame[frame.article == "b"].published.iloc[0])
    assert str(frame.value.dtype) == "Int64"
    assert (
        row.claim == "a:0" and row.text == "At least 14 people were killed"[: row.end - row.start]
    )


def test_claims_frame_function_takes_article_claims(report):
    frame = factcheck.claims_frame(list(report.articles))
    assert frame.equals(report.to_pandas())
    assert list(factcheck.claims_frame([]).columns) == list(CLAIM_COLUMNS)


def test_claims_frame_float_values():
    ac = ArticleClaims(
        Article(id="m"),
        (Claim(id="m:0", article="m", kind="money", value=2.5e6, low=2.5e6, high=2.5e6,
               qualifier="exact", currency="EUR", text="€2.5m", end=5),
         Claim(id="m:1", article="m", kind="money", value=0.5, qualifier="about", end=1)),
    )  # fmt: skip
    frame = factcheck.claims_frame([ac])
    assert str(frame.value.dtype) == "Float64"
    assert frame.value.tolist() == [2.5e6, 0.5]


def test_findings_frame(report):
    frame = report.findings_frame()
    assert list(frame.columns) == list(FINDING_COLUMNS)
    conflict = frame[frame.type == "conflict"].iloc[0]
    assert conflict.rule == "FC101" and conflict.severity == "error"
    assert sorted(conflict["values"]) == [90, 97]
    assert sorted(conflict.sources) == ["Wire A", "Wire B"]
    assert len(factcheck.findings_frame(report, findings=[])) == 0


def _hide_pandas(monkeypatch):
    for name in list(sys.modules):
        if name == "pandas" or name.startswith("pandas."):
            monkeypatch.delitem(sys.modules, name)
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)


def test_missing_pandas_names_the_extra(report, monkeypatch, tmp_path):
    _hide_pandas(monkeypatch)
    with pytest.raises(ImportError, match=r"pip install 'factcheck\[pandas\]'"):
        report.to_pandas()
    with pytest.raises(ImportError, match=r"factcheck\[pandas\]"):
        report.findings_frame()
    with pytest.raises(ImportError, match=r"factcheck\[pandas\]"):
        factcheck.claims_frame(list(report.articles))
    # CSV export needs no pandas.
    assert report.to_csv(tmp_path / "c.csv") == 4


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_safe_cell(cell, expected):
    assert safe_cell(cell) == expected


def test_to_csv_defuses_formulas(tmp_path):
    evil = "=cmd|' /C calc'!A0"
    ac = ArticleClaims(
        Article(id="@a", source="+Wire", published="2022-10-10", text=evil + " 5 died"),
        (Claim(id="@a:0", article="@a", kind="quote", quote="-1+1", speaker="=x", start=0,
               end=len(evil), text=evil),),
    )  # fmt: skip
    report = Report(articles=(ac,))
    path = tmp_path / "claims.csv"
    assert report.to_csv(path) == 1
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    [row] = rows
    assert row["text"] == "'" + evil
    assert row["quote"] == "'-1+1"
    assert row["speaker"] == "'=x"
    assert row["article"] == "'@a" and row["claim"] == "'@a:0"
    assert row["source"] == "'+Wire"
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_to_csv_findings_and_bad_table(report, tmp_path):
    path = tmp_path / "findings.csv"
    assert report.to_csv(path, table="findings") == len(report.findings)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(FINDING_COLUMNS)
    assert "Wire A; Wire B" in text or "Wire B; Wire A" in text
    with pytest.raises(ValueError, match="claims"):
        report.to_csv(path, table="nope")


def test_claim_records_plain(report):
    rows = claim_records(report.articles)
    assert set(rows[0]) == set(CLAIM_COLUMNS)
