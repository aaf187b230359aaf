"""The development corpus beside the project, scored with the reference scorer.

Skips when ``../shared`` is absent (a clone of the project alone). The thresholds are those of
the extraction issue, measured with the default model-free pipeline.
"""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import CORPUS

import factcheck
from factcheck.report import render, render_extract

SCORER = CORPUS.parent / "tools" / "score.py"
pytestmark = pytest.mark.skipif(
    not (CORPUS.is_dir() and SCORER.is_file()), reason="../shared/corpus is not here"
)


@pytest.fixture(scope="module")
def scores(tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("pred")
    for cluster in sorted(p for p in CORPUS.iterdir() if (p / "articles.jsonl").is_file()):
        acs = factcheck.extract(str(cluster / "articles.jsonl"), nlp=nlp)
        (out / f"{cluster.name}.extract.json").write_text(
            render_extract(acs, "json", model="blank:en"), encoding="utf-8"
        )
        report = factcheck.check(acs, nlp=nlp)
        (out / f"{cluster.name}.check.json").write_text(render(report, "json"), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    import contextlib
    import io
    import sys

    buf = io.StringIO()
    argv = sys.argv
    sys.argv = ["score.py", str(CORPUS), str(out), "--json"]
    try:
        with contextlib.redirect_stdout(buf):
            score.main()
    finally:
        sys.argv = argv
    return json.loads(buf.getvalue())


def test_counts_f1(scores) -> None:
    assert scores["counts_all_kinds"]["F1"] >= 0.90


def test_quotes_f1(scores) -> None:
    assert scores["quote"]["F1"] >= 0.90


def test_count_speaker_accuracy(scores) -> None:
    assert scores["count_speaker"]["acc"] >= 0.85


def test_quote_speaker_accuracy(scores) -> None:
    assert scores["quote_speaker"]["acc"] >= 0.90
