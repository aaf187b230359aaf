"""The command line: formats, exit codes, bad files among good ones, the JSON contract."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.report import schema

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture
def seeds(tmp_path):
    d = tmp_path / "seeds"
    shutil.copytree(SEEDS, d)
    return d


def test_extract_json_validates_against_the_contract(seeds) -> None:
    r = run("extract", "--model", "blank", "--format", "json", str(seeds))
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    jsonschema.validate(data, schema("extract"))
    assert data["model"] == "blank:en"
    kinds = {c["kind"] for a in data["articles"] for c in a["claims"]}
    assert {"killed", "wounded", "quote", "missiles"} <= kinds


def test_extract_jsonl_one_article_a_line(seeds) -> None:
    r = run("extract", "--model", "blank", "--format", "jsonl", str(seeds))
    assert r.exit_code == 0
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all("claims" in json.loads(line) for line in lines)


def test_extract_text_is_readable(seeds) -> None:
    r = run("extract", "--model", "blank", str(seeds))
    assert r.exit_code == 0
    assert "at least 14" in r.stdout and "97" in r.stdout


def test_bad_file_among_good_ones_exits_2_and_keeps_the_rest(seeds, tmp_path) -> None:
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "ok", "text": "Two people died."}\n{not json\n', encoding="utf-8")
    r = run("extract", "--model", "blank", "--format", "json", str(seeds), str(bad))
    assert r.exit_code == 2
    assert "broken.jsonl:2" in r.stderr
    data = json.loads(r.stdout)
    ids = [a["id"] for a in data["articles"]]
    assert "ok" in ids and len(ids) == 4  # two seeds, the good line, the bad line (as an error)
    errors = [a for a in data["articles"] if a["error"]]
    assert len(errors) == 1 and "broken.jsonl:2" in errors[0]["error"]


def test_missing_file_exits_2(tmp_path) -> None:
    r = run("extract", "--model", "blank", str(tmp_path / "nope.txt"))
    assert r.exit_code == 2
    assert "nope.txt" in r.stderr


def test_unknown_model_is_a_usage_error(seeds) -> None:
    r = run("extract", "--model", "xx_no_such_model", str(seeds))
    assert r.exit_code == 2
    assert "not installed" in r.stderr


def test_check_seeds_reports_the_wounded_conflict(seeds) -> None:
    r = run("check", "--model", "blank", "--format", "json", str(seeds))
    assert r.exit_code == 1
    data = json.loads(r.stdout)
    jsonschema.validate(data, schema("check"))
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert any(
        f["kind"] == "wounded" and {c["value"] for c in f["claims"]} == {97, 90} for f in errors
    )


def test_check_fail_level_none_exits_0(seeds) -> None:
    r = run("check", "--model", "blank", "--fail-level", "none", str(seeds))
    assert r.exit_code == 0
    assert "FC101" in r.stdout


def test_version() -> None:
    r = run("--version")
    assert r.exit_code == 0 and r.stdout.startswith("factcheck ")
