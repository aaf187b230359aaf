"""The benchmark scripts still run (on a tiny input: speed is never asserted, only that each
measurement is made and printed)."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import ROOT

BENCH = ROOT / "benchmarks"


def test_bench_extract_prints_every_measurement_on_a_small_input() -> None:
    out = subprocess.run(
        [
            sys.executable,
            str(BENCH / "bench_extract.py"),
            "--words",
            "3000",
            "--model-words",
            "300",
            "--skip-reconcile",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    ).stdout
    ratios = re.findall(r"ratio factcheck/bare: wall ([0-9.]+)x", out)
    assert ratios and all(float(r) > 0 for r in ratios)
    assert "factcheck components in nlp.pipe" in out
    assert out.count("RSS MB after each tenth") == 2  # on the text, and through Docs
    assert "peak RSS" in out


def test_bench_reconcile_reports_a_ratio_for_two_sizes() -> None:
    code = (
        "from bench_reconcile import report, run_pair; "
        "report(run_pair(small=200, big=2000), target='t')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=BENCH,
        timeout=600,
    ).stdout
    assert re.search(r"ratio .*[0-9.]+x", out), out
