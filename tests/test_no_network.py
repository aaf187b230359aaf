"""factcheck never needs the network: extraction and checking work with sockets disabled."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

import factcheck
from factcheck.cli import app


class NetworkUsed(AssertionError):
    """Raised by every patched socket entry point."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsed(f"network access attempted: {args!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    monkeypatch.setattr(socket, "gethostbyname", _refuse)


def test_the_patch_really_blocks(no_network: None) -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.com", 80))
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.com", 80)


def test_python_api_without_network(no_network: None) -> None:
    nlp = factcheck.load("auto")  # an installed model or blank; never a download
    report = factcheck.check(str(SEEDS), nlp=nlp)
    assert any(f.rule == "FC101" for f in report.findings)
    [ac] = factcheck.extract("Over 900 people were injured, officials said.", nlp=nlp)
    assert [(c.kind, c.value) for c in ac.claims] == [("wounded", 900)]


@pytest.mark.parametrize("model", ["blank", "auto"])
def test_cli_without_network(no_network: None, tmp_path: Path, model: str) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    runner = CliRunner()
    r = runner.invoke(app, ["extract", "--model", model, "--format", "json", str(seeds)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["articles"]
    for fmt in ("text", "html", "sarif", "github", "json"):
        r = runner.invoke(app, ["check", "--model", model, "--format", fmt, str(seeds)])
        assert r.exit_code == 1, (fmt, r.output)  # the seeds disagree: 97 vs 90 wounded


def test_fresh_process_without_network(tmp_path: Path) -> None:
    """Sockets are disabled before factcheck (and spaCy) are even imported."""
    script = textwrap.dedent(
        f"""
        import socket, sys

        def refuse(*a, **k):
            raise RuntimeError("network access attempted")

        for name in ("connect", "connect_ex", "sendto"):
            setattr(socket.socket, name, refuse)
        socket.create_connection = socket.getaddrinfo = refuse

        from factcheck.cli import main
        sys.argv = ["factcheck", "check", "--model", "auto", "--format", "json", {str(SEEDS)!r}]
        main()
        """
    )
    r = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert r.returncode == 1, r.stderr
    assert "network access attempted" not in r.stderr
    assert any(f["rule"] == "FC101" for f in json.loads(r.stdout)["findings"])
