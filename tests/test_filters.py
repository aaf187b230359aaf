"""Inline ignores, baselines and the exit code."""

from __future__ import annotations

import json

import pytest

from factcheck.filters import (
    apply_baseline,
    apply_inline_ignores,
    fail_exit_code,
    fingerprint,
    load_baseline,
    write_baseline,
)
from factcheck.types import Article, ArticleClaims, Claim, Finding

SRC = Article(id="src", text="Reuters: 19 people died.\n")


def claim(article: Article, fragment: str, n: int = 0, **kw) -> Claim:
    start = article.text.index(fragment)
    kw.setdefault("kind", "killed")
    kw.setdefault("value", 14)
    return Claim(
        id=f"{article.id}:{n}",
        article=article.id,
        start=start,
        end=start + len(fragment),
        text=fragment,
        **kw,
    )


def finding(rule: str, *claims: Claim, type_: str = "unsupported", sev: str = "warning"):
    return Finding(rule, type_, sev, "killed", f"{rule} message", claims)


SRC_CLAIM = claim(SRC, "19 people died", value=19)


def draft(text: str) -> Article:
    return Article(id="draft", text=text, path="draft.md")


# --- inline ignores ------------------------------------------------------------------------


def test_same_line_ignore():
    d = draft("Intro.\n14 people died. <!-- factcheck-ignore FC301 -->\nOther 14 people.\n")
    f1 = finding("FC301", claim(d, "14 people died"))
    f2 = finding("FC102", claim(d, "14 people died"), SRC_CLAIM, type_="differs")
    assert apply_inline_ignores([f1, f2], [d, SRC]) == (f2,)


def test_next_non_blank_line_ignore():
    d = draft("<!-- factcheck-ignore FC301, FC102 -->\n\n   \n14 people died.\n15 hurt.\n")
    f1 = finding("FC301", claim(d, "14 people died"))
    f2 = finding("FC102", claim(d, "14 people died"), SRC_CLAIM, type_="differs")
    f3 = finding("FC301", claim(d, "15 hurt", 1, kind="wounded", value=15))
    # the line after the next non-blank line is not covered
    assert apply_inline_ignores([f1, f2, f3], [d, SRC]) == (f3,)


def test_ignore_without_rules_means_all_rules():
    d = draft("<!-- factcheck-ignore -->\n14 people died.\n")
    f1 = finding("FC301", claim(d, "14 people died"))
    f2 = finding("FC101", claim(d, "14 people died"), SRC_CLAIM, type_="conflict", sev="error")
    assert apply_inline_ignores([f1, f2], [d, SRC]) == ()


def test_ignore_with_reason_and_case():
    d = draft("14 people died. <!-- factcheck-ignore fc301: confirmed by police -->\n")
    f = finding("FC301", claim(d, "14 people died"))
    assert apply_inline_ignores([f], [d]) == ()


def test_file_wide_ignore():
    d = draft("14 people died.\n\nMore text.\n\n20 hurt.\n<!-- factcheck-ignore-file FC301 -->\n")
    f1 = finding("FC301", claim(d, "14 people died"))
    f2 = finding("FC301", claim(d, "20 hurt", 1, kind="wounded", value=20))
    f3 = finding("FC102", claim(d, "14 people died"), SRC_CLAIM, type_="differs")
    assert apply_inline_ignores([f1, f2, f3], [ArticleClaims(d), SRC]) == (f3,)


def test_unrelated_lines_and_text_not_suppressed():
    d = draft(
        "<!-- factcheck-ignore FC301 -->\nIntro.\n14 people died.\n"
        "factcheck-ignore FC301 without comment\n"
    )
    f = finding("FC301", claim(d, "14 people died"))
    assert apply_inline_ignores([f], [d]) == (f,)


def test_source_articles_cannot_silence_in_draft_mode():
    src = Article(id="wire", text="<!-- factcheck-ignore -->\n19 people died.\n")
    d = draft("14 people died.\n")
    f = finding(
        "FC101",
        claim(d, "14 people died"),
        claim(src, "19 people died", value=19),
        type_="conflict",
        sev="error",
    )
    assert apply_inline_ignores([f], [d, src], draft="draft") == (f,)
    # without a draft every article's comments count
    assert apply_inline_ignores([f], [d, src]) == ()


def test_ignore_read_from_original_file(tmp_path):
    # HTML text extraction drops comments; the directive is read from the file itself.
    path = tmp_path / "draft.html"
    path.write_text(
        "<html><body>\n<!-- factcheck-ignore FC301 -->\n<p>14 people died.</p>\n</body></html>\n",
        encoding="utf-8",
    )
    d = Article(id="draft", text="14 people died.", path=str(path), line_map=((0, 3, 4),))
    f = finding("FC301", claim(d, "14 people died"))
    assert apply_inline_ignores([f], [d]) == ()
    assert apply_inline_ignores([f], [d], read_files=False) == (f,)


# --- baseline -----------------------------------------------------------------------------


def test_baseline_round_trip(tmp_path):
    d = draft("14 people died.\n")
    f1 = finding("FC301", claim(d, "14 people died"))
    f2 = finding("FC102", claim(d, "14 people died"), SRC_CLAIM, type_="differs")
    path = tmp_path / "baseline.json"
    assert write_baseline([f1, f1], path) == 1
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["factcheck_baseline"] == 1
    assert data["findings"][0]["rule"] == "FC301"
    fps = load_baseline(path)
    assert fps == {fingerprint(f1)}
    assert apply_baseline([f1, f2], fps) == (f2,)


def test_baseline_survives_offset_shift_and_small_edits(tmp_path):
    before = draft("14 people died.\n")
    after = draft("New lede paragraph.\n\nUpdate: 14 people  died!\n")
    f_old = finding("FC102", claim(before, "14 people died."), SRC_CLAIM, type_="differs")
    c_new = Claim(
        id="draft:3",
        article="draft",
        kind="killed",
        value=14.0,
        start=after.text.index("14"),
        end=after.text.index("14") + 16,
        text="14 people  died!",
    )
    f_new = Finding(
        "FC102", "differs", "warning", "killed", "reworded message", (SRC_CLAIM, c_new)
    )  # claims in the other order too
    path = tmp_path / "b.json"
    write_baseline([f_old], path)
    assert apply_baseline([f_new], load_baseline(path)) == ()
    # but a changed figure is a new finding
    c_changed = Claim(
        id="draft:3",
        article="draft",
        kind="killed",
        value=15,
        start=0,
        end=16,
        text="15 people died",
    )
    f_changed = Finding("FC102", "differs", "warning", "killed", "m", (c_changed, SRC_CLAIM))
    assert apply_baseline([f_changed], load_baseline(path)) == (f_changed,)
    # and so is another rule on the same claims
    f_rule = Finding("FC101", "conflict", "error", "killed", "m", (SRC_CLAIM, c_new))
    assert fingerprint(f_rule) != fingerprint(f_new)


def test_load_baseline_rejects_other_files(tmp_path):
    p = tmp_path / "x.json"
    p.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="not a factcheck baseline"):
        load_baseline(p)
    p.write_text("{nope", encoding="utf-8")
    with pytest.raises(ValueError, match="not a factcheck baseline"):
        load_baseline(p)
    with pytest.raises(OSError):
        load_baseline(tmp_path / "missing.json")


# --- exit code ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severities", "level", "code"),
    [
        ((), "info", 0),
        (("info",), "info", 1),
        (("info",), "warning", 0),
        (("warning",), "warning", 1),
        (("warning",), "error", 0),
        (("info", "error"), "error", 1),
        (("error",), "none", 0),
    ],
)
def test_fail_exit_code(severities, level, code):
    fs = [Finding("FC100", "consistent", s, "killed", "m") for s in severities]
    assert fail_exit_code(fs, level) == code


def test_fail_exit_code_rejects_unknown_level():
    with pytest.raises(ValueError):
        fail_exit_code([], "fatal")
