"""`factcheck check`: every format, --fail-level, --against, config, inline ignores, baseline."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from conftest import ROOT, SEEDS
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

WIRE_A = "date 2024-03-01 (Wire A) — At least 14 people were killed and 97 wounded in the blast.\n"
WIRE_B = "date 2024-03-02 (Wire B) — The toll rose to 16 dead, officials said.\n"


def run(*args: str):
    return runner.invoke(app, ["--help"] if not args else list(args))


@pytest.fixture
def seeds(tmp_path):
    d = tmp_path / "seeds"
    shutil.copytree(SEEDS, d)
    return d


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A newsroom repository: wires/ and a draft, checked from its root."""
    wires = tmp_path / "wires"
    wires.mkdir()
    (wires / "a.txt").write_text(WIRE_A, encoding="utf-8")
    (wires / "b.txt").write_text(WIRE_B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def draft(root, text: str, name: str = "draft.md"):
    path = root / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "github", "sarif", "html"])
def test_every_format_reports_the_seed_conflict(seeds, fmt) -> None:
    r = run("check", "--model", "blank", "--format", fmt, str(seeds))
    assert r.exit_code == 1, r.output
    out = r.stdout
    if fmt == "json":
        assert any(f["rule"] == "FC101" for f in json.loads(out)["findings"])
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert any(row["rule"] == "FC101" and row["kind"] == "wounded" for row in rows)
    elif fmt == "github":
        lines = out.splitlines()
        assert any(line.startswith("::error file=") and "FC101" in line for line in lines)
    elif fmt == "sarif":
        sarif = json.loads(out)
        assert sarif["version"] == "2.1.0"
        schema = json.loads((ROOT / "tests/data/sarif-schema-2.1.0.json").read_text("utf-8"))
        jsonschema.Draft4Validator(schema).validate(sarif)
        assert any(res["ruleId"] == "FC101" for res in sarif["runs"][0]["results"])
    elif fmt == "html":
        assert out.lstrip().lower().startswith("<!doctype html") and "FC101" in out
    else:
        assert "FC101" in out and "97" in out and "90" in out


def test_fail_levels(seeds) -> None:
    assert run("check", "--model", "blank", "--fail-level", "error", str(seeds)).exit_code == 1
    assert run("check", "--model", "blank", "--fail-level", "none", str(seeds)).exit_code == 0
    assert run("check", "--model", "blank", "--fail-level", "info", str(seeds)).exit_code == 1


def test_against_reports_only_the_draft_with_line_and_column(newsroom) -> None:
    d = draft(newsroom, "# Blast\n\nOfficials say 14 people were killed and 90 were wounded.\n")
    r = run("check", "--model", "blank", "--format", "json", str(d), "--against", "wires")
    data = json.loads(r.stdout)
    assert data["findings"], r.output
    for f in data["findings"]:
        assert any(c["article"] == "draft" for c in f["claims"])
    r = run("check", "--model", "blank", "--format", "github", str(d), "--against", "wires")
    lines = [x for x in r.stdout.splitlines() if "draft.md" in x]
    assert any("line=3" in x for x in lines), r.stdout


def test_against_unsupported_figure_is_a_warning(newsroom) -> None:
    d = draft(newsroom, "Rescuers found 7 survivors under the rubble.\n")
    r = run("check", "--model", "blank", "--format", "json", str(d), "--against", "wires")
    types = {f["type"] for f in json.loads(r.stdout)["findings"]}
    assert "unsupported" in types
    assert r.exit_code == 0  # warnings do not fail at the default level
    r = run("check", "--model", "blank", "--fail-level", "warning", str(d), "--against", "wires")
    assert r.exit_code == 1


def test_config_severity_and_ignore(newsroom) -> None:
    d = draft(newsroom, "Officials say 14 people were killed and 90 were wounded.\n")
    base = run("check", "--model", "blank", "--format", "json", str(d), "--against", "wires")
    assert base.exit_code == 1
    (newsroom / "factcheck.toml").write_text('ignore = ["FC101", "FC302"]\n', encoding="utf-8")
    r = run("check", "--model", "blank", "--format", "json", str(d), "--against", "wires")
    rules = {f["rule"] for f in json.loads(r.stdout)["findings"]}
    assert not rules & {"FC101", "FC302"}
    assert r.exit_code == 0


def test_bad_config_is_a_usage_error(newsroom) -> None:
    (newsroom / "factcheck.toml").write_text("no_such_key = 1\n", encoding="utf-8")
    d = draft(newsroom, "Five died.\n")
    r = run("check", "--model", "blank", str(d), "--against", "wires")
    assert r.exit_code == 2
    assert "factcheck.toml" in r.stderr


def test_inline_ignore_in_the_draft(newsroom) -> None:
    text = "Officials say 14 people were killed and 90 were wounded.\n"
    d = draft(newsroom, text)
    assert run("check", "--model", "blank", str(d), "--against", "wires").exit_code == 1
    d = draft(newsroom, "<!-- factcheck-ignore-file -->\n" + text)
    r = run("check", "--model", "blank", "--format", "json", str(d), "--against", "wires")
    assert json.loads(r.stdout)["findings"] == []
    assert r.exit_code == 0


def test_baseline_accepts_known_findings(newsroom) -> None:
    d = draft(newsroom, "Officials say 14 people were killed and 90 were wounded.\n")
    r = run("check", "--model", "blank", str(d), "--against", "wires", "--write-baseline", "b.json")
    assert r.exit_code == 0 and (newsroom / "b.json").is_file()
    r = run("check", "--model", "blank", str(d), "--against", "wires", "--baseline", "b.json")
    assert r.exit_code == 0
    # a new disagreement still fails
    d = draft(
        newsroom,
        "Officials say 14 people were killed and 90 were wounded. 3 are missing.\n"
        "The toll rose to 11 dead.\n",
    )
    r = run(
        "check",
        "--model",
        "blank",
        "--format",
        "json",
        str(d),
        "--against",
        "wires",
        "--baseline",
        "b.json",
    )
    assert json.loads(r.stdout)["findings"]


def test_check_json_contract(seeds) -> None:
    from factcheck.report import schema

    r = run("check", "--model", "blank", "--format", "json", str(seeds))
    jsonschema.validate(json.loads(r.stdout), schema("check"))


def test_python_api_report_records(seeds) -> None:
    import factcheck

    report = factcheck.check(str(seeds), nlp=factcheck.load("blank"))
    rows = report.to_records()
    assert any(r["rule"] == "FC101" and r["kind"] == "wounded" for r in rows)
    claims = report.to_records("claims")
    assert len(claims) == len(report.claims)
    assert {"article", "kind", "value", "speaker", "start", "end"} <= set(claims[0])


def test_end_to_end_cluster_conflict_update_and_event_place() -> None:
    # three outlets on one crash: the event's place in a "when" clause does not split the
    # wounded figures into different places, and the next day's higher toll is an update
    import factcheck

    arts = [
        {
            "id": "ap",
            "published": "2024-03-10",
            "text": "A bus plunged into a gorge in Peru on Sunday, killing at least 24 people "
            "and injuring 19 others, police said.",
        },
        {
            "id": "wire",
            "published": "2024-03-10",
            "text": "At least 25 people died and 15 were injured when a bus fell into a ravine "
            "in Peru's Amazonas region, the health ministry said.",
        },
        {
            "id": "bbc",
            "published": "2024-03-11",
            "text": "The death toll from Sunday's bus crash has risen to 27, officials said.",
        },
    ]
    report = factcheck.check(arts, nlp=factcheck.load("blank"))
    found = {(f.rule, f.kind, tuple(sorted(c.value for c in f.claims))) for f in report.findings}
    assert ("FC101", "wounded", (15, 19)) in found
    assert ("FC103", "killed", (24, 27)) in found
    assert not any(f.rule == "FC101" and f.kind == "killed" for f in report.findings)


def test_the_governor_conflicts_with_no_named_speaker_but_a_spokesman_does() -> None:
    import factcheck

    q = '"We will rebuild every single home in this town,"'
    arts = [
        {"id": "ap", "text": f"{q} said Governor Tom Hale."},
        {"id": "rt", "text": f"{q} the governor said."},
        {"id": "x", "text": f"{q} a spokesman said."},
    ]
    report = factcheck.check(arts, nlp=factcheck.load("blank"))
    pairs = {
        tuple(sorted(c.article for c in f.claims)) for f in report.findings if f.rule == "FC202"
    }
    # "the governor" may be Tom Hale, and may have spoken through a spokesman: no conflict
    assert pairs == {("ap", "x")}
