"""SARIF 2.1.0 output, validated against the official OASIS schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from test_report_common import HOSTILE_ID, sample_report

import factcheck
from factcheck.filters import fingerprint
from factcheck.report import render
from factcheck.report.rules import RULES
from factcheck.report.sarif import artifact_uri
from factcheck.types import Report

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def sarif_schema():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return schema


@pytest.fixture(scope="module")
def log():
    return json.loads(render(sample_report(), "sarif"))


def validate(doc, schema):
    jsonschema.Draft4Validator.check_schema(schema)
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(doc)


def test_validates_against_official_schema(log, sarif_schema):
    validate(log, sarif_schema)
    validate(json.loads(render(Report(), "sarif")), sarif_schema)
    validate(json.loads(render(sample_report(draft="a2"), "sarif")), sarif_schema)


def test_driver_and_rules(log):
    assert log["version"] == "2.1.0"
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"] == factcheck.__version__
    assert driver["informationUri"].startswith("http")
    ids = [r["id"] for r in driver["rules"]]
    assert ids == ["FC100", "FC101", "FC102", "FC103", "FC201", "FC202", "FC301", "FC302"]
    for r in driver["rules"]:
        assert r["shortDescription"]["text"]
        assert r["defaultConfiguration"]["level"] == RULES[r["id"]].level
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]}
    assert levels["FC100"] == "note" and levels["FC102"] == "warning"


def test_results(log):
    results = log["runs"][0]["results"]
    report = sample_report()
    assert [r["ruleId"] for r in results] == [f.rule for f in report.findings]
    assert [r["level"] for r in results] == ["error", "error", "warning", "note"]
    r0 = results[0]
    assert r0["message"]["text"] == "97 wounded (Reuters) vs 90 injured (AP)"
    assert r0["partialFingerprints"]["factcheck/v1"] == fingerprint(report.findings[0])
    rule_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert rule_ids[r0["ruleIndex"]] == "FC101"
    loc = r0["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "wires/reuters.txt"
    assert loc["region"] == {
        "startLine": 3,
        "startColumn": 36,
        "endLine": 3,
        "endColumn": 46,
        "snippet": {"text": "97 wounded"},
    }
    rel = r0["relatedLocations"][0]
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "wires/ap.txt"
    assert rel["physicalLocation"]["region"]["startLine"] == 2
    assert log["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_hostile_text_is_data(log):
    r1 = log["runs"][0]["results"][1]
    rel = r1["relatedLocations"][0]["physicalLocation"]
    # the id is used as a URI reference, percent-encoded
    assert rel["artifactLocation"]["uri"] == "evil%3Cscript%3Ealert%281%29%3C/script%3E"
    assert "\x1b[31mRED" in rel["region"]["snippet"]["text"]
    assert r1["relatedLocations"][0]["message"]["text"].startswith(HOSTILE_ID)


def test_artifact_uri():
    assert artifact_uri("wires/ap news.md") == "wires/ap%20news.md"
    assert artifact_uri("/abs/x y.txt") == "file:///abs/x%20y.txt"
    assert artifact_uri("C:\\news\\x.txt") == "file:///C:/news/x.txt"
