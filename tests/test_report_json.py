"""JSON / JSONL contracts: schema validity and round trips."""

from __future__ import annotations

import json

import jsonschema
import pytest
from test_report_common import HOSTILE_ID, sample_report

import factcheck
from factcheck.report import article_to_dict, finding_to_dict, render, render_extract, schema
from factcheck.types import Article, ArticleClaims, Claim

Validator = jsonschema.Draft202012Validator


@pytest.fixture(scope="module")
def report():
    return sample_report()


def test_schemas_are_valid_draft_2020_12():
    for name in ("extract", "check"):
        s = schema(name)
        assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        Validator.check_schema(s)
    with pytest.raises(ValueError):
        schema("nope")


def test_extract_json_validates_and_round_trips(report):
    doc = json.loads(render_extract(report.articles, "json", model="blank:en"))
    Validator(schema("extract")).validate(doc)
    assert doc["factcheck_version"] == factcheck.__version__
    assert doc["model"] == "blank:en"
    assert [a["id"] for a in doc["articles"]] == [ac.article.id for ac in report.articles]
    for ac, a in zip(report.articles, doc["articles"], strict=True):
        assert set(a) == {"id", "path", "source", "published", "error", "claims"}
        back = tuple(Claim.from_dict(d, article=a["id"]) for d in a["claims"])
        assert back == ac.claims
    broken = doc["articles"][-1]
    assert broken["error"].startswith("cannot decode") and broken["claims"] == []


def test_check_json_validates_and_round_trips(report):
    doc = json.loads(render(report, "json"))
    Validator(schema("check")).validate(doc)
    assert set(doc) == {"factcheck_version", "model", "findings", "articles"}
    assert [f["rule"] for f in doc["findings"]] == ["FC101", "FC201", "FC102", "FC100"]
    f0 = doc["findings"][0]
    assert f0["claims"][0] == {
        "article": "a1",
        "claim": "a1:1",
        "value": 97,
        "low": 97,
        "high": 97,
        "text": "97 wounded",
        "start": report.findings[0].claims[0].start,
        "end": report.findings[0].claims[0].end,
    }
    for ac, a in zip(report.articles, doc["articles"], strict=True):
        assert tuple(Claim.from_dict(d, article=a["id"]) for d in a["claims"]) == ac.claims


def test_jsonl(report):
    lines = render(report, "jsonl").splitlines()
    assert len(lines) == len(report.findings)
    finding_schema = {**schema("check"), "$ref": "#/$defs/finding"}
    finding_schema.pop("required")
    finding_schema.pop("properties")
    for line, f in zip(lines, report.findings, strict=True):
        d = json.loads(line)
        Validator(finding_schema).validate(d)
        assert d == finding_to_dict(f)
    ex = render_extract(report.articles, "jsonl", model="m").splitlines()
    assert [json.loads(x) for x in ex] == [article_to_dict(ac) for ac in report.articles]


def test_hostile_text_stays_inside_strings(report):
    out = render(report, "json")
    assert "\x1b" not in out  # escaped as \u001b
    doc = json.loads(out)
    assert doc["articles"][2]["id"] == HOSTILE_ID
    assert "\x1b[31m" in doc["articles"][2]["claims"][0]["text"]  # data kept, only encoded
    for line in render(report, "jsonl").splitlines():
        json.loads(line)  # no raw newline splits a record


def test_schema_rejects_bad_documents(report):
    doc = json.loads(render(report, "json"))
    v = Validator(schema("check"))
    bad = json.loads(json.dumps(doc))
    bad["findings"][0]["severity"] = "fatal"
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(doc))
    bad["articles"][0]["claims"][0]["extra"] = 1
    assert not v.is_valid(bad)
    bad = json.loads(json.dumps(doc))
    bad["articles"][0]["claims"][0]["qualifier"] = "roughly"
    assert not v.is_valid(bad)


def test_empty_inputs():
    doc = json.loads(render_extract([ArticleClaims(Article(id="x"))], "json", model="m"))
    Validator(schema("extract")).validate(doc)
    assert render_extract([], "jsonl", model="m") == ""
