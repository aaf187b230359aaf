"""Bad input through the command line: every bad file is named, nothing good is lost.

Each case builds its bad input in ``tmp_path`` at run time (nothing binary is committed) and
runs it, beside two good articles, through ``factcheck extract --format json`` and
``factcheck check``. What must hold for every case:

* the exit code: 2 when some file could not be read (the good articles are still processed and
  reported), else the normal code (0 here: ``--fail-level none``);
* a message on stderr naming the file (and the line, for JSONL);
* both good articles in the output, read and with their claims, and the conflict between them
  (97 wounded against 90 injured) still found by ``check``;
* never a Python traceback.

Decisions recorded here: text that decodes (UTF-16 with a BOM, Latin-1, stray invalid UTF-8
bytes) is read, with a warning for non-UTF-8; an empty or blank file is a warning, not an
error; a file over ``--max-bytes`` (default 50 MB) is an input error, rejected from its size
before it is read; a 2 MB single line (longer than spaCy's ``max_length``) is processed.

``python tests/test_bad_inputs.py`` prints the table of what the user sees for each case.
"""

from __future__ import annotations

import builtins
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import write
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

GOOD = {
    "good1": "At least 14 people were killed and 97 wounded in Kyiv, police said.\n",
    "good2": "At least 14 people were killed and 90 were injured in Kyiv, officials said.\n",
}
#: Figure kinds that need English grammar; never from a non-English article.
CASUALTY_KINDS = {"killed", "wounded", "missing", "displaced", "arrested", "missiles", "drones"}
FIFTY_MB = 50 * 1024 * 1024  # 52,428,800 bytes: over the default --max-bytes of 50,000,000


@dataclass
class Bad:
    """One bad input, as built in a directory.

    Attributes:
        args: Paths given on the command line (after the good articles).
        messages: What stderr must contain (each names the file, and the line for JSONL).
        exit: Exit code of ``extract`` and of ``check --fail-level none``.
        errors: Ids of the articles that must carry an error.
        kept: Ids of articles from the bad input that must be read fine.
        verify: More checks on the ``extract --format json`` output.
    """

    args: list[str]
    messages: list[str]
    exit: int
    errors: set[str] = field(default_factory=set)
    kept: set[str] = field(default_factory=set)
    verify: Callable[[dict[str, Any]], None] | None = None


def claims_of(data: dict[str, Any], article_id: str) -> list[dict[str, Any]]:
    [art] = [a for a in data["articles"] if a["id"] == article_id]
    return art["claims"]


# ------------------------------------------------------------------------------ the cases


def empty_file(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    p = write(d / "empty.txt", b"")
    return Bad([str(p)], [f"{p}: no article text"], 0, kept={"empty"})


def whitespace_only(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    p = write(d / "blank.txt", b"  \n\t\n   \r\n")
    return Bad([str(p)], [f"{p}: no article text"], 0, kept={"blank"})


def png_image(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06" + bytes(64)
    p = write(d / "photo.png", png)
    return Bad([str(p)], [f"{p}: binary file, not text"], 2, errors={"photo"})


def nul_bytes(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    p = write(d / "nul.txt", b"Five people were killed.\x00\x00\x00\x01\x02 and more")
    return Bad([str(p)], [f"{p}: binary file, not text"], 2, errors={"nul"})


def invalid_utf8(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    p = write(d / "mojibake.txt", b"Five people were killed \xff\xfa\x81 in Lviv.\n")

    def verify(data: dict[str, Any]) -> None:
        assert [c["kind"] for c in claims_of(data, "mojibake")] == ["killed"]

    return Bad(
        [str(p)],
        [f"{p}: not valid UTF-8 (invalid start byte); decoded as "],
        0,
        kept={"mojibake"},
        verify=verify,
    )


def utf16_bom(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    p = write(d / "utf16.txt", "\ufeffSix people were killed in Odesa.\r\n".encode("utf-16-le"))

    def verify(data: dict[str, Any]) -> None:
        [c] = claims_of(data, "utf16")
        assert (c["kind"], c["value"], c["text"]) == ("killed", 6, "Six people were killed")

    return Bad([str(p)], [], 0, kept={"utf16"}, verify=verify)


def latin1(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    text = "Café owner José said 12 people were killed in the attack on Dnipro.\n"
    p = write(d / "latin1.txt", text.encode("latin-1"))

    def verify(data: dict[str, Any]) -> None:
        [c] = [c for c in claims_of(data, "latin1") if c["kind"] == "killed"]
        assert c["value"] == 12

    return Bad(
        [str(p)],
        [f"{p}: not valid UTF-8 (invalid continuation byte); decoded as "],
        0,
        kept={"latin1"},
        verify=verify,
    )


def fifty_megabytes(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    # Real text, not a sparse file; the reader rejects it from its size, before reading it,
    # so this stays fast (the time is writing the file).
    d.mkdir(parents=True, exist_ok=True)
    p = d / "huge.txt"
    line = b"At least 14 people were killed and 97 wounded in Kyiv, police said. " * 15 + b"\n"
    with open(p, "wb") as f:
        f.write(line * (FIFTY_MB // len(line) + 1))
    size = p.stat().st_size
    assert size > 50_000_000
    return Bad(
        [str(p)],
        [f"{p}: {size} bytes exceeds the maximum article size (50000000)"],
        2,
        errors={"huge"},
    )


def two_megabyte_line(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    # One line of 2 MB, twice spaCy's max_length: split, and every figure found at its offset
    claim = "At least 14 people were killed in Kyiv. "
    filler = "x" * 999 + " "
    half = filler * 1000
    body = claim + half + claim + half + claim
    assert len(body) > 2_000_000 and "\n" not in body
    p = write(d / "oneline.txt", body)
    starts = [0, len(claim) + len(half), 2 * (len(claim) + len(half))]

    def verify(data: dict[str, Any]) -> None:
        killed = [c for c in claims_of(data, "oneline") if c["kind"] == "killed"]
        assert [(c["start"], c["value"]) for c in killed] == [(s, 14) for s in starts]
        for c in killed:
            assert body[c["start"] : c["end"]] == c["text"]

    return Bad([str(p)], [], 0, kept={"oneline"}, verify=verify)


def deeply_nested_html(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    depth = 50_000
    html = "<div><span>" * depth + "Nine people were killed in Sumy." + "</span></div>" * depth
    p = write(d / "nested.html", html)

    def verify(data: dict[str, Any]) -> None:
        [c] = claims_of(data, "nested")
        assert (c["kind"], c["value"], c["text"]) == ("killed", 9, "Nine people were killed")

    return Bad([str(p)], [], 0, kept={"nested"}, verify=verify)


def html_script_style_comments(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    html = """<!DOCTYPE html><html><head><title>Strike</title>
<style>p::before { content: "50 people were killed"; }</style>
<script>var s = "12 people were killed"; document.write("<p>" + s + "</p>");</script>
</head><body>
<!-- 40 people were killed -->
<p>Officials said 8 people were killed &amp; 20 were wounded in Kharkiv &mdash; a
&lt;b&gt;&quot;tragedy&quot;&lt;/b&gt; &#8212; &#x41;&#65;.</p>
<noscript>30 people were killed</noscript>
</body></html>
"""
    p = write(d / "scripted.html", html)

    def verify(data: dict[str, Any]) -> None:
        cs = claims_of(data, "scripted")
        assert sorted((c["kind"], c["value"]) for c in cs if c["kind"] != "quote") == [
            ("killed", 8),
            ("wounded", 20),
        ]
        assert not any("<" in c["text"] or "&amp;" in c["text"] for c in cs)

    return Bad([str(p)], [], 0, kept={"scripted"}, verify=verify)


def markdown_front_matter_code(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    md = """---
id: md-article
source: Reuters
published: 2022-10-10
---
# Strikes on Kyiv

```
99 people were killed   <- a code block, not a claim
```

At least 19 people were killed, **police** said.
"""
    p = write(d / "story.md", md)

    def verify(data: dict[str, Any]) -> None:
        [art] = [a for a in data["articles"] if a["id"] == "md-article"]
        assert (art["source"], art["published"]) == ("Reuters", "2022-10-10")
        assert [(c["kind"], c["value"]) for c in art["claims"]] == [("killed", 19)]

    return Bad([str(p)], [], 0, kept={"md-article"}, verify=verify)


NON_ENGLISH = {
    "spanish": (
        "Al menos 14 personas murieron y 97 resultaron heridas en Kiev, dijo la policía. "
        "Rusia lanzó 75 misiles y 3 drones. «Es una tragedia», dijo el alcalde.\n",
        "latin",
    ),
    "ukrainian": (
        "Щонайменше 14 людей загинули, 97 поранені. Росія випустила 75 ракет і 3 дрони. "
        "«Це трагедія», — сказав мер Києва.\n",
        "script",
    ),
    "chinese": (
        "至少14人死亡，97人受伤。俄罗斯发射了75枚导弹和3架无人机。“这是悲剧，”市长说。\n",
        "script",
    ),
}


def non_english(lang: str) -> Callable[[Path, pytest.MonkeyPatch], Bad]:
    text, kind = NON_ENGLISH[lang]

    def make(d: Path, mp: pytest.MonkeyPatch) -> Bad:
        p = write(d / f"{lang}.txt", text)

        def verify(data: dict[str, Any]) -> None:
            cs = claims_of(data, lang)
            # No English claim is invented: no casualty or weapon figure from these words
            # ("drones" is also Spanish, so "3 drones" may stay: it is a true figure).
            invented = CASUALTY_KINDS - ({"drones"} if lang == "spanish" else set())
            assert not [c for c in cs if c["kind"] in invented]
            if kind == "script":  # Cyrillic / CJK: no figure at all, only the quote
                assert {c["kind"] for c in cs} <= {"quote"}

        return Bad([str(p)], [], 0, kept={lang}, verify=verify)

    make.__name__ = f"non_english_{lang}"
    return make


def jsonl_errors(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    lines = [
        json.dumps({"id": "j1", "text": "Two people were killed in Kherson."}),
        '{"id": "broken", "text": "no closing brace"',
        json.dumps({"id": "j3", "source": "AP"}),
        json.dumps({"id": "j4", "text": 5}),
        json.dumps({"id": "j1", "text": "A duplicate id."}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "j7", "text": "x", "published": "yesterday"}),
        json.dumps({"id": ["j8"], "text": "x"}),
        "",
        json.dumps({"id": "j10", "text": "Three people were killed in Kherson.", "url": None}),
    ]
    p = write(d / "wires.jsonl", "\n".join(lines) + "\n")
    return Bad(
        [str(p)],
        [
            f"{p}:2: invalid JSON (",
            f"{p}:3: field 'text' must be a string",
            f"{p}:4: field 'text' must be a string",
            f"{p}:5: duplicate id 'j1' (first seen at {p}:1)",
            f"{p}:6: expected a JSON object, got array",
            f"{p}:7: field 'published' must be a YYYY-MM-DD date, got 'yesterday'",
            f"{p}:8: field 'id' must be a non-empty string",
        ],
        2,
        errors={"wires:2", "j3", "j4", "j1", "wires:6", "j7", "wires:8"},
        kept={"j1", "j10"},
    )


def fifo_in_directory(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    folder = d / "inbox"
    write(folder / "fine.txt", "Four people were killed in Kharkiv.\n")
    os.mkfifo(folder / "pipe.txt")  # opening it for reading would block forever
    return Bad(
        [str(folder)],
        [f"{folder / 'pipe.txt'}: not a regular file"],
        2,
        errors={"pipe"},
        kept={"fine"},
    )


def directory_named_like_a_file(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    folder = d / "folder.txt"
    write(folder / "inner.md", "Five people were killed in Mykolaiv.\n")
    return Bad([str(folder)], [], 0, kept={"inner"})


def symlink_loops(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    if not hasattr(os, "symlink"):
        pytest.skip("no symlinks here")
    folder = d / "links"
    write(folder / "real.txt", "Seven people were killed in Zaporizhzhia.\n")
    os.symlink(folder / "loop2.txt", folder / "loop1.txt")
    os.symlink(folder / "loop1.txt", folder / "loop2.txt")
    os.symlink(folder, folder / "self")  # a directory loop
    os.symlink(d, folder / "up")  # and one through the parent
    os.symlink(folder / "nowhere.txt", folder / "dangling.txt")
    return Bad(
        [str(folder)],
        [
            f"{folder / 'loop1.txt'}: too many levels of symbolic links",
            f"{folder / 'loop2.txt'}: too many levels of symbolic links",
            f"{folder / 'dangling.txt'}: no such file or directory",
        ],
        2,
        errors={"loop1", "loop2", "dangling"},
        kept={"real"},
    )


def unreadable_file(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    # Tests run as root, so chmod 000 does not stop reads: make open() fail for this file
    # just as it would, and leave every other file alone.
    p = write(d / "locked.txt", "Eight people were killed.\n")
    real_open = builtins.open

    def guarded_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == str(p):
            raise PermissionError(13, "Permission denied", str(p))
        return real_open(file, *args, **kwargs)

    mp.setattr("factcheck.io.open", guarded_open, raising=False)
    return Bad([str(p)], [f"{p}: permission denied"], 2, errors={"locked"})


def missing_file(d: Path, mp: pytest.MonkeyPatch) -> Bad:
    p = d / "no-such-article.md"
    return Bad([str(p)], [f"{p}: no such file or directory"], 2, errors={"no-such-article"})


CASES: list[Callable[[Path, pytest.MonkeyPatch], Bad]] = [
    empty_file,
    whitespace_only,
    png_image,
    nul_bytes,
    invalid_utf8,
    utf16_bom,
    latin1,
    fifty_megabytes,
    two_megabyte_line,
    deeply_nested_html,
    html_script_style_comments,
    markdown_front_matter_code,
    non_english("spanish"),
    non_english("ukrainian"),
    non_english("chinese"),
    jsonl_errors,
    fifo_in_directory,
    directory_named_like_a_file,
    symlink_loops,
    unreadable_file,
    missing_file,
]


# ------------------------------------------------------------------------------ running


@pytest.fixture
def goods(tmp_path: Path) -> list[str]:
    return [str(write(tmp_path / "good" / f"{k}.txt", v)) for k, v in GOOD.items()]


def run(*args: str) -> Any:
    return runner.invoke(app, list(args))


def assert_no_traceback(result: Any) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.stdout
    assert "Traceback" not in result.stderr


def assert_messages(result: Any, bad: Bad) -> None:
    for message in bad.messages:
        assert message in result.stderr, (message, result.stderr)
    for line in result.stderr.splitlines():
        assert line.startswith("factcheck: "), line  # one clean line each, no stack dump


def assert_goods_kept(data: dict[str, Any]) -> None:
    for gid in GOOD:
        [art] = [a for a in data["articles"] if a["id"] == gid]
        assert art["error"] is None
        kinds = sorted((c["kind"], c["value"]) for c in art["claims"])
        assert ("killed", 14) in kinds and len(kinds) >= 2


@pytest.mark.parametrize("make", CASES, ids=lambda f: f.__name__)
def test_extract(make, tmp_path: Path, goods: list[str], monkeypatch) -> None:
    bad = make(tmp_path / "bad", monkeypatch)
    r = run("extract", "--model", "blank", "--format", "json", *goods, *bad.args)
    assert_no_traceback(r)
    assert r.exit_code == bad.exit, r.stderr
    assert_messages(r, bad)
    data = json.loads(r.stdout)
    assert_goods_kept(data)
    arts = {a["id"]: a for a in data["articles"] if a["error"] is None}
    failed = {a["id"] for a in data["articles"] if a["error"]}
    assert failed == bad.errors
    assert bad.kept <= set(arts)
    for a in data["articles"]:
        if a["error"]:  # the error names the file (and line) too
            assert any(a["error"] in m or m in a["error"] for m in bad.messages), a["error"]
    if bad.verify is not None:
        bad.verify(data)


@pytest.mark.parametrize("make", CASES, ids=lambda f: f.__name__)
def test_check(make, tmp_path: Path, goods: list[str], monkeypatch) -> None:
    bad = make(tmp_path / "bad", monkeypatch)
    r = run(
        "check", "--model", "blank", "--format", "json", "--fail-level", "none", *goods, *bad.args
    )
    assert_no_traceback(r)
    assert r.exit_code == bad.exit, r.stderr
    assert_messages(r, bad)
    data = json.loads(r.stdout)
    assert_goods_kept(data)
    assert {a["id"] for a in data["articles"] if a["error"]} == bad.errors
    # the good articles were reconciled: their wounded figures disagree
    assert any(
        f["rule"] == "FC101" and {c["article"] for c in f["claims"]} == set(GOOD)
        for f in data["findings"]
    )


def test_every_bad_input_in_one_batch(tmp_path: Path, goods: list[str], monkeypatch) -> None:
    """All the bad inputs at once, through the default text output of ``check``."""
    bads = [make(tmp_path / make.__name__, monkeypatch) for make in CASES]
    args = [a for b in bads for a in b.args]
    r = run("check", "--model", "blank", *goods, *args)
    assert_no_traceback(r)
    assert r.exit_code == 2
    for b in bads:
        assert_messages(r, b)
    assert "FC101" in r.stdout and "97" in r.stdout and "90" in r.stdout
    r = run("extract", "--model", "blank", "--format", "json", *goods, *args)
    assert_no_traceback(r)
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    assert_goods_kept(data)
    kept = {a["id"] for a in data["articles"] if a["error"] is None}
    assert set().union(*(b.kept for b in bads)) <= kept


# ----------------------------------------------------------------------------- --max-bytes


def test_max_bytes_option(tmp_path: Path, goods: list[str]) -> None:
    big = write(tmp_path / "big.txt", "Ten people were killed in Kyiv. " * 100)  # 3,200 bytes
    for cmd in (["extract", "--format", "json"], ["check", "--format", "json"]):
        r = run(*cmd, "--model", "blank", "--max-bytes", "1000", *goods, str(big))
        assert_no_traceback(r)
        assert r.exit_code == 2
        assert f"{big}: 3200 bytes exceeds the maximum article size (1000)" in r.stderr
        data = json.loads(r.stdout)
        assert_goods_kept(data)
        [art] = [a for a in data["articles"] if a["id"] == "big"]
        assert "maximum article size" in art["error"]
        r = run(*cmd, "--model", "blank", "--max-bytes", "5000", *goods, str(big))
        assert r.exit_code in (0, 1) and r.stderr == ""


def test_max_bytes_must_be_positive(goods: list[str]) -> None:
    r = run("extract", "--model", "blank", "--max-bytes", "0", *goods)
    assert r.exit_code == 2
    assert "--max-bytes" in r.stderr
    assert_no_traceback(r)


def test_max_bytes_in_the_python_api(tmp_path: Path, nlp) -> None:
    import factcheck

    p = write(tmp_path / "a.txt", "Ten people were killed. " * 10)
    [ac] = factcheck.extract(str(p), nlp=nlp, max_bytes=100)
    assert "exceeds the maximum article size (100)" in ac.article.error
    report = factcheck.check([str(p)], against=[str(p)], nlp=nlp, max_bytes=100)
    assert all(ac.article.error for ac in report.articles)
    [ac] = factcheck.extract(str(p), nlp=nlp)
    assert ac.article.error is None and ac.claims


# ------------------------------------------------------------------------- spaCy max_length


def test_article_longer_than_max_length_is_processed_fully(nlp) -> None:
    """Text over ``nlp.max_length`` is split at paragraph breaks: the same claims, same offsets."""
    import factcheck

    small = factcheck.load("blank")
    small.max_length = 2_000
    paragraphs = [
        f"At least {i + 3} people were killed in district {i}, police said. "
        f"\u201cWe are still searching,\u201d said Mayor Ivan Petrenko. "
        + "Streets were calm and shops stayed open through the afternoon. "
        * 4
        for i in range(60)
    ]
    text = "\n\n".join(paragraphs)
    assert len(text) > 10 * small.max_length
    [chunked] = factcheck.extract(text, nlp=small)
    [whole] = factcheck.extract(text, nlp=nlp)
    assert nlp.max_length > len(text)
    key = [(c.kind, c.value, c.start, c.end, c.speaker) for c in chunked.claims]
    assert key == [(c.kind, c.value, c.start, c.end, c.speaker) for c in whole.claims]
    killed = [c for c in chunked.claims if c.kind == "killed"]
    assert [c.value for c in killed] == [i + 3 for i in range(60)]
    for c in chunked.claims:
        assert text[c.start : c.end] == c.text


def test_max_length_split_never_cuts_a_number_in_two() -> None:
    """Without paragraph or sentence breaks the split falls between words (was: mid-number)."""
    import factcheck
    from factcheck.api import _chunks

    small = factcheck.load("blank")
    small.max_length = 100
    text = (
        "word " * 15
        + "At least 14 people were killed, police said; "
        + "word " * 15
        + "and 97 people were wounded"
    )
    pieces = list(_chunks(text, 100))
    assert "".join(p for _, p in pieces) == text
    for off, piece in pieces:
        assert len(piece) <= 100 and text[off : off + len(piece)] == piece
        assert off == 0 or text[off - 1].isspace()
    [ac] = factcheck.extract(text, nlp=small)
    assert [(c.kind, c.value) for c in ac.claims if c.kind == "wounded"] == [("wounded", 97)]
    for c in ac.claims:
        assert text[c.start : c.end] == c.text


def test_number_labelling_a_place_is_not_a_count(nlp) -> None:
    """Found here: "killed in district 5" gave a second claim, 5 killed (counts._elliptical)."""
    import factcheck

    for text in (
        "At least 3 people were killed in district 0, police said.",
        "Three people were killed in building 12.",
    ):
        [ac] = factcheck.extract(text, nlp=nlp)
        assert [c.value for c in ac.claims] == [3], text
    [ac] = factcheck.extract("Five people were killed in Kyiv and 2 in Lviv.", nlp=nlp)
    assert [(c.kind, c.value) for c in ac.claims] == [("killed", 5), ("killed", 2)]


# ------------------------------------------------------------------------------ the table


def _table() -> str:  # pragma: no cover - a report for people, run by hand
    """What the user sees for each bad input: ``python tests/test_bad_inputs.py``."""
    import tempfile

    rows = ["| input | what the user sees (stderr) | exit | batch kept |", "|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as mp:
        root = Path(tmp)
        goods = [str(write(root / "good" / f"{k}.txt", v)) for k, v in GOOD.items()]
        for make in CASES:
            d = root / make.__name__
            try:
                bad = make(d, mp)
            except pytest.skip.Exception as exc:
                rows.append(f"| {make.__name__} | skipped: {exc} | | |")
                continue
            r = runner.invoke(
                app,
                ["check", "--model", "blank", "--format", "json", "--fail-level", "none"]
                + goods
                + bad.args,
            )
            data = json.loads(r.stdout)
            fine = [a["id"] for a in data["articles"] if a["error"] is None]
            kept = all(g in fine for g in GOOD) and any(
                f["rule"] == "FC101" for f in data["findings"]
            )
            seen = "<br>".join(
                "`" + line.replace(tmp, "…").replace("|", "\\|") + "`"
                for line in r.stderr.splitlines()
            )
            rows.append(
                f"| {make.__name__} | {seen or '(nothing)'} | {r.exit_code} | "
                f"{'yes' if kept else 'NO'} ({len(fine)} read) |"
            )
    return "\n".join(rows)


if __name__ == "__main__":  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).parent))
    print(_table())
