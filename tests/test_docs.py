"""The examples in the docs run: every ``>>>`` block, and the shell lines marked ``<!-- test -->``.

Python examples are ```pycon blocks (doctest syntax) in ``docs/*.md`` and ``README.md``; each
file's examples share one namespace and run from the project root. A ```bash block right after
a ``<!-- test -->`` comment holds ``factcheck ...`` lines; each runs through typer's CliRunner
and must exit 0 or 1 (a finding is not a failure of the example).
"""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]
_PYCON = re.compile(r"^```pycon\n(.*?)^```", re.MULTILINE | re.DOTALL)
_TESTED_SHELL = re.compile(
    r"<!--\s*test\s*-->\s*\n```(?:bash|sh|console)\n(.*?)^```", re.DOTALL | re.MULTILINE
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _ids(paths):
    return [p.relative_to(ROOT).as_posix() for p in paths]


def shell_lines(text: str) -> list[str]:
    """``factcheck ...`` lines of the blocks marked ``<!-- test -->`` (comments dropped)."""
    out = []
    for block in _TESTED_SHELL.findall(text):
        for line in block.splitlines():
            line = line.split(" #", 1)[0].strip()
            if line.startswith("factcheck "):
                out.append(line)
    return out


def test_docs_exist():
    names = {p.name for p in DOCS}
    assert {"usage.md", "reference.md", "contracts.md", "README.md"} <= names


@pytest.mark.parametrize("path", DOCS, ids=_ids(DOCS))
def test_python_examples(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    pytest.importorskip("pandas")
    text = path.read_text(encoding="utf-8")
    blocks = _PYCON.findall(text)
    if not blocks:
        pytest.skip(f"{path.name} has no >>> examples")
    parser = doctest.DocTestParser()
    test = parser.get_doctest("\n".join(blocks), {}, path.name, str(path), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} example(s) failed in {path.name} (see stdout)"


SHELL = [(p, line) for p in DOCS for line in shell_lines(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize(("path", "line"), SHELL, ids=[f"{p.name}: {line}" for p, line in SHELL])
def test_shell_examples(path, line, monkeypatch):
    from typer.testing import CliRunner

    from factcheck.cli import app

    monkeypatch.chdir(ROOT)
    args = shlex.split(line)[1:]
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code in (0, 1), f"{line}: exit {result.exit_code}\n{result.output}"


def test_shell_examples_found():
    assert len(SHELL) >= 8


def test_shell_lines_parser():
    text = "<!-- test -->\n```bash\nfactcheck check a/   # note\npip install x\n```\n"
    assert shell_lines(text) == ["factcheck check a/"]
