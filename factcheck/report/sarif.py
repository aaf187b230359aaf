"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

One run; ``tool.driver`` lists every rule of :data:`~factcheck.report.rules.RULES`; each finding
is a result located at its draft (or first) claim, with the other claims as related locations.
The document is built as plain data and written with :func:`json.dumps`.

Example:
    >>> import json
    >>> from factcheck.types import Report
    >>> doc = json.loads(render_sarif(Report()))
    >>> doc["version"], doc["runs"][0]["tool"]["driver"]["name"]
    ('2.1.0', 'factcheck')
"""

from __future__ import annotations

import os
import urllib.parse
from importlib import metadata
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

import factcheck
from factcheck.filters import fingerprint
from factcheck.report.common import Location, article_index, locate, primary_claim
from factcheck.report.escape import dumps
from factcheck.report.rules import RULES, sarif_level
from factcheck.types import Claim, Report

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: Used when the installed package metadata names no home page.
DEFAULT_INFORMATION_URI = "https://github.com/factcheck/factcheck"


def information_uri() -> str:
    """The project home page from the package metadata, else :data:`DEFAULT_INFORMATION_URI`.

    Example:
        >>> information_uri().startswith("http")
        True
    """
    try:
        meta = metadata.metadata("factcheck")
    except metadata.PackageNotFoundError:
        return DEFAULT_INFORMATION_URI
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in {"homepage", "home", "source", "repository"} and url.strip():
            return url.strip()
    home = meta.get("Home-page")
    return home if home and home.startswith("http") else DEFAULT_INFORMATION_URI


def artifact_uri(file: str) -> str:
    """A URI reference for a path: relative paths stay relative, absolute ones become file URIs.

    Example:
        >>> artifact_uri("wires/ap news.md")
        'wires/ap%20news.md'
        >>> artifact_uri("/tmp/a.txt")
        'file:///tmp/a.txt'
    """
    if PureWindowsPath(file).drive:
        return PureWindowsPath(file).as_uri()
    posix = file.replace(os.sep, "/") if os.sep != "/" else file
    if posix.startswith("/"):
        return PurePosixPath(posix).as_uri()
    return urllib.parse.quote(posix, safe="/")


def _region(loc: Location, claim: Claim) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": loc.line,
        "startColumn": loc.col,
        "endLine": max(loc.end_line, loc.line),
        "endColumn": loc.end_col,
    }
    if region["endLine"] == loc.line and region["endColumn"] < loc.col:
        region["endColumn"] = loc.col
    if claim.text:
        region["snippet"] = {"text": claim.text}
    return region


def _location(loc: Location, claim: Claim, *, id_: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(loc.file)},
            "region": _region(loc, claim),
        }
    }
    if id_ is not None:
        out["id"] = id_
        out["message"] = {"text": f"{claim.article}: {claim.text}" if claim.text else claim.article}
    return out


def rules_descriptors() -> list[dict[str, Any]]:
    """``tool.driver.rules``: every rule with a short description and default level.

    Example:
        >>> [r["id"] for r in rules_descriptors()][:2]
        ['FC100', 'FC101']
    """
    return [
        {
            "id": r.id,
            "name": r.name,
            "shortDescription": {"text": r.description},
            "defaultConfiguration": {"level": r.level},
            "properties": {"severity": r.severity},
        }
        for r in RULES.values()
    ]


def report_to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as a dict.

    Example:
        >>> from factcheck.types import Report
        >>> report_to_sarif(Report())["runs"][0]["results"]
        []
    """
    arts = article_index(report.articles)
    rule_index = {rid: i for i, rid in enumerate(RULES)}
    results = []
    for f in report.findings:
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "level": sarif_level(f.severity),
            "message": {"text": f.message},
            "partialFingerprints": {"factcheck/v1": fingerprint(f)},
            "properties": {"type": f.type, "kind": f.kind, "severity": f.severity},
        }
        if f.rule in rule_index:
            result["ruleIndex"] = rule_index[f.rule]
        main = primary_claim(f, report.draft)
        if main is not None:
            result["locations"] = [_location(locate(main, arts), main)]
            related = [
                _location(locate(c, arts), c, id_=i)
                for i, c in enumerate((c for c in f.claims if c is not main), start=1)
            ]
            if related:
                result["relatedLocations"] = related
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": factcheck.__version__,
                        "informationUri": information_uri(),
                        "rules": rules_descriptors(),
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": {"model": report.model, "draft": report.draft},
            }
        ],
    }


def render_sarif(report: Report) -> str:
    """The SARIF log as indented JSON ending with a newline.

    Example:
        >>> from factcheck.types import Report
        >>> render_sarif(Report()).endswith("}\\n")
        True
    """
    return dumps(report_to_sarif(report), indent=2) + "\n"
