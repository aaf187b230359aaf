"""Tests of factcheck.io and factcheck.textify: every input format and every way it can fail."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import pytest
from conftest import write
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.io import (
    decode_bytes,
    from_dataframe,
    from_records,
    from_texts,
    read,
    to_articles,
)
from factcheck.textify import extract_html, html_to_text, markdown_to_text
from factcheck.types import Article


def line_col(source: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``source``."""
    i = source.index(needle)
    before = source[:i]
    return before.count("\n") + 1, i - (before.rfind("\n") + 1) + 1


def jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


# --------------------------------------------------------------------------------- formats


def test_txt(tmp_path: Path) -> None:
    p = write(tmp_path / "ap-1.txt", "Five people died.\r\nTen were hurt.\n")
    [a] = read(p)
    assert a == Article(id="ap-1", text="Five people died.\nTen were hurt.\n", path=str(p))


def test_unknown_extension_named_explicitly_is_text(tmp_path: Path) -> None:
    p = write(tmp_path / "notes", "Two died.")
    [a] = read(str(p))
    assert (a.id, a.text, a.error) == ("notes", "Two died.", None)


def test_jsonl(tmp_path: Path) -> None:
    p = write(
        tmp_path / "wires.jsonl",
        jsonl(
            {"id": "r1", "source": "Reuters", "url": "https://r.com/1", "text": "Nine died."},
            {"id": 7, "published": "2024-05-01", "text": "Ten died."},
            "",
            {"published": "2024-05-01T10:30:00+02:00", "source": None, "text": ""},
        ),
    )
    arts = read(p)
    assert [a.id for a in arts] == ["r1", "7", "wires:4"]
    assert all(a.error is None for a in arts)
    assert arts[0].source == "Reuters" and arts[0].url == "https://r.com/1"
    assert arts[1].published == "2024-05-01"
    assert arts[2].published == "2024-05-01" and arts[2].text == ""
    assert all(a.path == str(p) for a in arts)


def test_jsonl_locate_maps_into_the_line(tmp_path: Path) -> None:
    rec = {"id": "a", "text": 'He said "stop".\nThen 97 wounded — café.'}
    line = json.dumps(rec)  # escapes the quotes, the newline and the non-ASCII characters
    p = write(tmp_path / "w.jsonl", "\n" + line + "\n")
    [a] = read(p)
    assert a.text == rec["text"]
    assert a.locate(a.text.index("97 wounded")) == (2, line.index("97 wounded") + 1)
    assert a.locate(a.text.index("stop")) == (2, line.index("stop") + 1)


def test_html(tmp_path: Path) -> None:
    html = """<!DOCTYPE html>
<html><head><title>Strike &amp; aftermath</title>
<meta property="article:published_time" content="2024-05-01T08:00:00Z">
<link rel="canonical" href="https://ex.com/a">
<meta property="og:url" content="https://ex.com/og">
<meta property="og:site_name" content="Example News">
<style>p { color: red }</style>
<script>var x = "<p>12 killed</p>";</script>
</head>
<body>
<!-- 30 dead, a comment -->
<noscript>Enable 40 scripts</noscript>
<h1>Strike   on   Kyiv</h1>
<p>Officials said 14 people died and
   <b>97 wounded</b> were taken to hospital &mdash; &lt;script&gt; stays &amp; &#x41;&#66;.</p>
<ul><li>one</li><li>two</li></ul>
</body></html>"""
    p = write(tmp_path / "page.HTML", html)
    [a] = read(p)
    assert a.error is None
    assert a.id == "page"
    assert a.text == (
        "Strike on Kyiv\n\nOfficials said 14 people died and 97 wounded were taken to "
        "hospital — <script> stays & AB.\n\none\ntwo"
    )
    assert (a.source, a.url, a.published) == ("Example News", "https://ex.com/a", "2024-05-01")
    for needle in ("12 killed", "30 dead", "40 scripts", "color", "aftermath"):
        assert needle not in a.text
    assert a.locate(a.text.index("97 wounded")) == line_col(html, "97 wounded")
    assert a.locate(a.text.index("Officials")) == line_col(html, "Officials")
    assert a.locate(a.text.index("stays")) == line_col(html, "stays")
    assert a.locate(a.text.index("two")) == line_col(html, "two")


def test_html_metadata_fallbacks() -> None:
    _, _, meta = extract_html(
        '<meta name="date" content="2024-03-02"><meta property="og:url" content="u">'
        "<title> A  title </title><p>x</p>"
    )
    assert meta == {"published": "2024-03-02", "url": "u", "title": "A title"}


def test_html_without_head_or_body() -> None:
    text, _ = html_to_text("Just <i>text</i>, 3 dead<br>next line")
    assert text == "Just text, 3 dead\nnext line"


def test_html_unclosed_head_ends_at_body_content() -> None:
    text, _ = html_to_text("<html><head><title>T</title><p>Seven died.</p>")
    assert text == "Seven died."


def test_deeply_nested_html() -> None:
    depth = 10_000
    html = "<div>" * depth + "<p>Deep: 5 killed</p>" + "</div>" * depth
    text, line_map = html_to_text(html)
    assert text == "Deep: 5 killed"
    a = Article(id="d", text=text, line_map=line_map)
    assert a.locate(text.index("5 killed")) == line_col(html, "5 killed")
    skip = "<svg>" * depth + "hidden" + "</svg>" * depth + "shown"
    assert html_to_text(skip)[0] == "shown"


def test_markdown(tmp_path: Path) -> None:
    md = """---
title: "Strike"
source: 'Reuters'
url: https://r.com/x
date: 2024-05-02
id: r-77
---
# Strike on **Kyiv** #

Officials said [14 people](http://x.com) died and *97 wounded* were
> taken to hospital, ![photo](a.png) said `the mayor`.

```python
killed = 12  # not article text
```

<!-- 30 dead
in a comment -->  Visible 5
- item one
1. item two
snake_case and 5 * 3
"""
    p = write(tmp_path / "sub" / "story.md", md)
    [a] = read(p)
    assert a.error is None
    assert (a.id, a.source, a.url, a.published) == (
        "r-77",
        "Reuters",
        "https://r.com/x",
        "2024-05-02",
    )
    assert a.text == (
        "Strike on Kyiv\n\nOfficials said 14 people died and 97 wounded were\n"
        "taken to hospital, said the mayor.\n\nVisible 5\nitem one\nitem two\n"
        "snake_case and 5 * 3"
    )
    for needle in ("killed", "30 dead", "photo", "http", "title"):
        assert needle not in a.text
    for needle in (
        "97 wounded",
        "14 people",
        "Kyiv",
        "hospital",
        "the mayor",
        "Visible",
        "item two",
    ):
        assert a.locate(a.text.index(needle)) == line_col(md, needle), needle


def test_markdown_without_front_matter_keeps_stem(tmp_path: Path) -> None:
    p = write(tmp_path / "plain.markdown", "Just text\n---\nafter a rule\n")
    [a] = read(p)
    assert (a.id, a.text, a.source) == ("plain", "Just text\nafter a rule", None)


def test_bad_front_matter_date_is_ignored_not_fatal(tmp_path: Path, caplog) -> None:
    p = write(tmp_path / "x.md", "---\ndate: yesterday\n---\nText\n")
    with caplog.at_level(logging.WARNING, logger="factcheck"):
        [a] = read(p)
    assert (a.error, a.published, a.text) == (None, None, "Text")
    assert "published" in caplog.text


# ------------------------------------------------------------------------------ directories


def test_directory_recursive_sorted_ignores_other_extensions(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B")
    write(tmp_path / "a.md", "A")
    write(tmp_path / "z" / "c.html", "<p>C</p>")
    write(tmp_path / "z" / "deeper" / "d.jsonl", jsonl({"id": "d1", "text": "D"}))
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "data.csv", "x,y\n")
    arts = read(tmp_path)
    assert [(a.id, a.text) for a in arts] == [("a", "A"), ("b", "B"), ("c", "C"), ("d1", "D")]
    assert all(a.error is None for a in arts)


def test_several_paths_and_same_file_once(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", "A")
    arts = read([a, str(tmp_path), tmp_path / "missing.txt"])
    assert [x.id for x in arts] == ["a", "missing"]
    assert arts[0].error is None and "no such file" in arts[1].error


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_does_not_hang(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", "A")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    os.symlink(tmp_path, tmp_path / "d" / "up")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "d" / "broken.txt")
    arts = read(tmp_path)
    assert [a.id for a in arts] == ["a", "broken"]
    assert arts[0].error is None
    assert "no such file or directory" in arts[1].error


# ----------------------------------------------------------------------------- bad files


def test_nonexistent_path(caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="factcheck"):
        [a] = read("no/such/dir/wires.jsonl")
    assert a.id == "wires"
    assert a.path == "no/such/dir/wires.jsonl"
    assert a.error == "no/such/dir/wires.jsonl: no such file or directory"
    assert "no such file" in caplog.text


def test_empty_and_blank_files(tmp_path: Path) -> None:
    arts = read(
        [
            write(tmp_path / "empty.txt", ""),
            write(tmp_path / "blank.txt", "  \n\t\n"),
            write(tmp_path / "nothing.jsonl", ""),
            write(tmp_path / "empty2.html", ""),
            write(tmp_path / "blank2.md", "\n\n"),
            write(tmp_path / "blank3.jsonl", "\n  \n"),
        ]
    )
    # the empty JSONL files hold no records, so they give no articles
    assert [(a.id, a.text, a.error) for a in arts] == [
        ("empty", "", None),
        ("blank", "  \n\t\n", None),
        ("empty2", "", None),
        ("blank2", "", None),
    ]


def test_same_stem_in_one_read_is_a_duplicate(tmp_path: Path) -> None:
    arts = read([write(tmp_path / "x.txt", "A"), write(tmp_path / "x.html", "B")])
    assert [a.text for a in arts] == ["A", "B"]
    assert (
        arts[1].error
        == f"{tmp_path / 'x.html'}: duplicate id 'x' (first seen at {tmp_path / 'x.txt'})"
    )


def test_png_bytes(tmp_path: Path) -> None:
    p = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [a] = read(p)
    assert a.error == f"{p}: binary file, not text"
    assert a.id == "photo" and a.text == ""


def test_nul_bytes(tmp_path: Path) -> None:
    p = write(tmp_path / "x.html", b"<p>text\x00more</p>")
    [a] = read(p)
    assert a.error == f"{p}: binary file, not text"


def test_invalid_utf8_falls_back_with_a_warning(tmp_path: Path, caplog) -> None:
    p = write(tmp_path / "latin.txt", "Un café, 3 morts.".encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="factcheck"):
        [a] = read(p)
    assert a.error is None
    assert a.text == "Un café, 3 morts."
    assert "latin.txt" in caplog.text and "UTF-8" in caplog.text


def test_utf16_bom(tmp_path: Path) -> None:
    p = write(tmp_path / "u16.txt", "\ufeffZwölf Tote\r\nzwei".encode("utf-16-le"))
    [a] = read(p)
    assert (a.text, a.error) == ("Zwölf Tote\nzwei", None)
    p = write(tmp_path / "u16be.md", "\ufeff# Kyiv".encode("utf-16-be"))
    assert read(p)[0].text == "Kyiv"


def test_utf8_bom_is_stripped() -> None:
    assert decode_bytes(b"\xef\xbb\xbfA\rB") == "A\nB"
    assert decode_bytes(b"\xef\xbb\xbfcaf\xe9") == "café"
    assert from_texts(["\ufeffkept"])[0].text == "\ufeffkept"


def test_too_large(tmp_path: Path) -> None:
    p = write(tmp_path / "big.txt", "x" * 100)
    [a] = read(p, max_bytes=10)
    assert a.error == f"{p}: 100 bytes exceeds the maximum article size (10)"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything"
)
def test_unreadable_file(tmp_path: Path) -> None:
    p = write(tmp_path / "secret.txt", "x")
    p.chmod(0)
    try:
        [a] = read(p)
    finally:
        p.chmod(0o644)
    assert a.error.startswith(f"{p}: ") and "ermission denied" in a.error


# ----------------------------------------------------------------------------- JSONL errors


def test_jsonl_bad_lines_become_error_articles(tmp_path: Path, caplog) -> None:
    p = write(
        tmp_path / "wires.jsonl",
        jsonl(
            {"id": "ok", "text": "Fine."},
            "{not json",
            {"id": "nt"},
            {"id": "wt", "text": 5},
            {"id": "pub", "text": "x", "published": "May 1"},
            {"id": "pub2", "text": "x", "published": "2024-02-30"},
            {"id": ["x"], "text": "x"},
            {"id": "src", "text": "x", "source": 3},
            [1, 2],
            {"id": "last", "text": "Still read."},
        ),
    )
    with caplog.at_level(logging.ERROR, logger="factcheck"):
        arts = read(p)
    assert [a.id for a in arts] == [
        "ok",
        "wires:2",
        "nt",
        "wt",
        "pub",
        "pub2",
        "wires:7",
        "src",
        "wires:9",
        "last",
    ]
    errors = [a.error for a in arts]
    assert errors[0] is None and errors[-1] is None
    assert errors[1].startswith(f"{p}:2: invalid JSON (")
    assert errors[2] == f"{p}:3: field 'text' must be a string"
    assert errors[3] == f"{p}:4: field 'text' must be a string"
    assert errors[4].startswith(f"{p}:5: field 'published' must be a YYYY-MM-DD date")
    assert errors[5].startswith(f"{p}:6: field 'published'")
    assert errors[6] == f"{p}:7: field 'id' must be a non-empty string"
    assert errors[7] == f"{p}:8: field 'source' must be a string or null"
    assert errors[8] == f"{p}:9: expected a JSON object, got array"
    assert caplog.text.count("wires.jsonl:") >= 8


def test_jsonl_relative_path_message(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "wires.jsonl", jsonl({"id": "a", "text": "x"}, "x", "{}"))
    arts = read("wires.jsonl")
    assert arts[1].error.startswith("wires.jsonl:2: invalid JSON (")
    assert arts[2].error == "wires.jsonl:3: field 'text' must be a string"


def test_duplicate_ids_both_kept(tmp_path: Path) -> None:
    p = write(
        tmp_path / "w.jsonl",
        jsonl(
            {"id": "x", "text": "First."},
            {"id": "y", "text": "Other."},
            {"id": "x", "text": "Second."},
        ),
    )
    arts = read(p)
    assert [(a.id, a.text) for a in arts] == [("x", "First."), ("y", "Other."), ("x", "Second.")]
    assert arts[0].error is None and arts[1].error is None
    assert arts[2].error == f"{p}:3: duplicate id 'x' (first seen at {p}:1)"


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path / "a" / "story.txt", "A")
    write(tmp_path / "b" / "story.html", "<p>B</p>")
    arts = read(tmp_path)
    assert [a.text for a in arts] == ["A", "B"]
    assert arts[1].error.endswith(
        f"duplicate id 'story' (first seen at {tmp_path / 'a' / 'story.txt'})"
    )


# ---------------------------------------------------------------------------- in-memory


def test_from_texts() -> None:
    arts = from_texts(["One died.", "Two\r\ndied."])
    assert [(a.id, a.text) for a in arts] == [("text-0", "One died."), ("text-1", "Two\ndied.")]
    assert [a.id for a in from_texts(["a", "b"], ids=["x", "y"])] == ["x", "y"]
    with pytest.raises(ValueError):
        from_texts(["a"], ids=["x", "y"])
    with pytest.raises(TypeError):
        from_texts([b"bytes"])  # type: ignore[list-item]


def test_from_records() -> None:
    arts = from_records(
        [
            {"id": "a", "text": "x", "source": "AP", "published": "2024-01-02"},
            {"text": "no id"},
            {"id": "b", "text": None},
            {"id": "a", "text": "again"},
        ],
        origin="feed",
    )
    assert [a.id for a in arts] == ["a", "record-1", "b", "a"]
    assert arts[0].source == "AP" and arts[0].published == "2024-01-02"
    assert arts[1].error is None
    assert arts[2].error == "feed[2]: field 'text' must be a string"
    assert arts[3].error == "feed[3]: duplicate id 'a' (first seen at feed[0])"


class FakeFrame:
    """Just what from_dataframe uses of a pandas DataFrame."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows
        self.columns = sorted({k for r in rows for k in r})

    def to_dict(self, orient: str) -> list[dict]:
        assert orient == "records"
        return [dict(r) for r in self.rows]


def test_from_dataframe_duck_typed() -> None:
    nan = float("nan")
    df = FakeFrame(
        [
            {"id": "a", "text": "Nine died.", "source": nan, "published": "2024-05-01"},
            {"id": nan, "text": "Ten died.", "source": "AP", "published": nan},
        ]
    )
    arts = from_dataframe(df)
    assert [(a.id, a.source, a.published, a.error) for a in arts] == [
        ("a", None, "2024-05-01", None),
        ("row-1", "AP", None, None),
    ]
    with pytest.raises(ValueError, match="'text' column"):
        from_dataframe(FakeFrame([{"body": "x"}]))


def test_from_dataframe_pandas() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "id": ["a", None],
            "text": ["x", "y"],
            "published": [pd.Timestamp("2024-05-01 10:00"), pd.NaT],
        }
    )
    arts = from_dataframe(df)
    assert [(a.id, a.published) for a in arts] == [("a", "2024-05-01"), ("row-1", None)]


def test_io_does_not_import_pandas_or_spacy() -> None:
    import subprocess

    code = "import sys, factcheck.io; print('pandas' in sys.modules, 'spacy' in sys.modules)"
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.split() == ["False", "False"], out.stderr


def test_to_articles_dispatch(tmp_path: Path) -> None:
    p = write(tmp_path / "a.txt", "File text.")
    art = Article(id="given", text="Given.")
    assert to_articles(art) == [art]
    assert [a.id for a in to_articles(p)] == ["a"]
    assert [a.id for a in to_articles(str(p))] == ["a"]
    assert [a.id for a in to_articles(str(tmp_path))] == ["a"]
    [t] = to_articles("Twelve people died in Kyiv on Monday.")
    assert (t.id, t.text, t.error) == ("text-0", "Twelve people died in Kyiv on Monday.", None)
    [m] = to_articles("missing/report.html")
    assert m.id == "report" and "no such file or directory" in m.error
    [m] = to_articles("missing/dir/")
    assert "no such file or directory" in m.error
    [t] = to_articles("Two lines\nabout report.html")
    assert t.error is None and t.id == "text-0"
    mixed = to_articles(
        [
            art,
            "One.",
            ("Two.", {"text": "Three."}),
            {"id": "r", "text": "Four."},
            p,
            FakeFrame([{"text": "Five."}]),
        ]
    )
    assert [a.id for a in mixed] == ["given", "text-0", "text-1", "record-0", "r", "a", "row-0"]
    assert all(a.error is None for a in mixed)
    dup = to_articles(["One.", Article(id="text-0", text="clash")])
    assert dup[1].error.endswith("duplicate id 'text-0' (first seen at <text 0>)")
    for bad in (3, b"bytes", None, {1, 2}):
        with pytest.raises(TypeError, match=type(bad).__name__):
            to_articles(bad)


# ------------------------------------------------------------------------------- property


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_html_to_text_never_raises(s: str) -> None:
    text, line_map = html_to_text(s)
    assert isinstance(text, str)
    assert list(line_map) == sorted(line_map)
    a = Article(id="h", text=text, line_map=line_map)
    for i in range(0, len(text), 7):
        line, col = a.locate(i)
        assert line >= 1 and col >= 1


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/&;#!-pbr scipt=\"'x1\n"))))
def test_html_to_text_never_raises_markup_alphabet(s: str) -> None:
    html_to_text(s)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_markdown_to_text_never_raises(s: str) -> None:
    text, line_map, meta = markdown_to_text(s)
    assert isinstance(text, str) and isinstance(meta, dict)
    assert list(line_map) == sorted(line_map)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("#*_`~[]()!<>-:|\\ ax1\n"))))
def test_markdown_to_text_never_raises_markup_alphabet(s: str) -> None:
    markdown_to_text(s)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
@example("\n\n")  # escaped line breaks with nothing between them stay on the JSONL line
def test_jsonl_text_round_trips_and_locates(s: str) -> None:
    # write through a temp dir per example (tmp_path is function-scoped, unusable here)
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "w.jsonl"
        p.write_text(json.dumps({"id": "a", "text": s}) + "\n", encoding="utf-8")
        [a] = read(p)
    expected = s.replace("\r\n", "\n").replace("\r", "\n")
    assert a.error is None and a.text == expected
    line = json.dumps({"id": "a", "text": s})
    for i, ch in enumerate(a.text):
        row, col = a.locate(i)
        assert row == 1
        if " " <= ch <= "~" and ch not in '\\"':  # written as itself in the JSON line
            assert line[col - 1] == ch


def test_permission_error_names_file_and_reason(tmp_path: Path, monkeypatch) -> None:
    # runs as root too: the open() that io uses is made to fail as chmod 000 would
    p = write(tmp_path / "locked.txt", "x")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr("factcheck.io.open", deny, raising=False)
    [a] = read(p)
    assert (a.id, a.error) == ("locked", f"{p}: permission denied")


def test_html_parser_quirks_do_not_leak_markup() -> None:
    # Python 3.11's html.parser dumps everything after a bad "&#" as raw text, and raises on "<!["
    text, _ = html_to_text("a &# b <p>c</p> <script>x</script> &#65; d")
    assert text == "a &# b\n\nc\n\nA d"
    assert html_to_text("a <![ x ]> b <p>c</p>")[0] == "a b\n\nc"


def test_unclosed_markup_is_not_quadratic() -> None:
    import time

    start = time.monotonic()
    for junk in ("<a ", "<!--", "</", "<a b='", "<?"):
        html_to_text(junk * 30_000)
    assert time.monotonic() - start < 20  # html.parser alone takes minutes on these
