"""Post-processing of findings for the pre-publication check: ignores, baseline, exit code.

* Inline ignores: ``<!-- factcheck-ignore FC101 -->`` (several ids, or none for every rule)
  suppresses findings of those rules whose claim lies on the same line or on the next non-blank
  line; ``<!-- factcheck-ignore-file FC301 -->`` anywhere suppresses them for the whole article.
* Baseline: a JSON file of accepted findings keyed by a fingerprint that does not use offsets,
  so accepted findings stay accepted when the text around them moves.
* :func:`fail_exit_code`: the process exit code for ``--fail-level``.

Example:
    >>> fail_exit_code((), "error")
    0
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck.types import SEVERITIES, Article, ArticleClaims, Claim, Finding

#: ``--fail-level`` values, in order; ``none`` never fails.
FAIL_LEVELS = ("none", *SEVERITIES)
BASELINE_VERSION = 1

# ``<!-- factcheck-ignore[-file] [RULE ...] [reason] -->``; the comment may span lines.
_DIRECTIVE = re.compile(
    r"<!--\s*factcheck-ignore(?P<file>-file)?(?P<body>(?:[\s,:](?:(?!-->).)*?)?)-->",
    re.IGNORECASE | re.DOTALL,
)
_RULE_ID = re.compile(r"\b[A-Za-z]+[0-9]+\b")

# ---------------------------------------------------------------------------------------------
# Inline ignores


class _Ignores:
    """The ignore directives of one article, in file lines.

    ``lines`` maps a line to the rules ignored there (None: every rule).
    """

    def __init__(self) -> None:
        self.file_rules: set[str] | None = set()  # None: every rule, file-wide
        self.lines: dict[int, set[str] | None] = {}

    def add_file(self, rules: set[str] | None) -> None:
        if rules is None or self.file_rules is None:
            self.file_rules = None
        else:
            self.file_rules |= rules

    def add_line(self, line: int, rules: set[str] | None) -> None:
        old = self.lines.get(line, set())
        self.lines[line] = None if rules is None or old is None else old | rules

    def covers(self, rule: str, line: int) -> bool:
        if self.file_rules is None or rule in self.file_rules:
            return True
        rules = self.lines.get(line, set())
        return rules is None or rule in rules


def _scan(text: str, to_line: Callable[[int], int], ignores: _Ignores) -> None:
    """Add the directives of ``text``; ``to_line(offset)`` gives the file line of an offset."""
    for m in _DIRECTIVE.finditer(text):
        ids = {r.upper() for r in _RULE_ID.findall(m.group("body"))}
        rules = ids or None
        if m.group("file"):
            ignores.add_file(rules)
            continue
        first, last = to_line(m.start()), to_line(m.end())
        for line in range(first, last + 1):
            ignores.add_line(line, rules)
        # The next non-blank line after the comment.
        rest = text[m.end() :]
        nl = rest.find("\n")
        if nl < 0:
            continue
        after = rest[nl + 1 :]
        stripped = after.lstrip()
        if stripped:
            ignores.add_line(to_line(m.end() + nl + 1 + (len(after) - len(stripped))), rules)


def _text_lines(text: str) -> Callable[[int], int]:
    return lambda offset: text.count("\n", 0, offset) + 1


def _ignores(article: Article, read_files: bool) -> _Ignores:
    ignores = _Ignores()
    if not article.line_map:
        # The text is the file itself: its lines are the file's lines.
        _scan(article.text, _text_lines(article.text), ignores)
        return ignores
    # Text extracted from HTML / Markdown: comments may survive in the text (map them back) or
    # only in the file (HTML comments are dropped by extraction), so read both.
    _scan(article.text, lambda off: article.locate(off)[0], ignores)
    if read_files and article.path:
        try:
            source = Path(article.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ignores
        _scan(source, _text_lines(source), ignores)
    return ignores


def _as_article(item: Article | ArticleClaims) -> Article:
    return item.article if isinstance(item, ArticleClaims) else item


def apply_inline_ignores(
    findings: Iterable[Finding],
    articles: Iterable[Article | ArticleClaims],
    *,
    draft: str | None = None,
    read_files: bool = True,
) -> tuple[Finding, ...]:
    """Drop the findings that an inline ``factcheck-ignore`` comment suppresses.

    A finding is dropped when one of its claims lies on a line (or in an article, for
    ``factcheck-ignore-file``) that an ignore directive of that claim's own article covers for
    the finding's rule.

    Args:
        findings: Findings to filter.
        articles: The articles the claims come from.
        draft: In pre-publication mode the draft's id: then only the draft's comments count, so
            a hostile source article cannot silence findings about it.
        read_files: For articles whose text was extracted from HTML / Markdown, also read the
            directives from the original file at ``article.path`` (comments don't survive HTML
            text extraction).

    Returns:
        The findings that remain, in their order.

    Example:
        >>> text = "<!-- factcheck-ignore FC301 -->\\nNine died."
        >>> c = Claim(id="d:0", article="d", kind="killed", value=9, start=32, end=42)
        >>> f = Finding("FC301", "unsupported", "warning", "killed", "m", (c,))
        >>> apply_inline_ignores([f], [Article(id="d", text=text)])
        ()
    """
    by_id = {}
    for item in articles:
        art = _as_article(item)
        by_id.setdefault(art.id, art)
    cache: dict[str, _Ignores] = {}

    def covered(rule: str, claim: Claim) -> bool:
        if draft is not None and claim.article != draft:
            return False
        art = by_id.get(claim.article)
        if art is None:
            return False
        if art.id not in cache:
            cache[art.id] = _ignores(art, read_files)
        return cache[art.id].covers(rule.upper(), art.locate(claim.start)[0])

    return tuple(f for f in findings if not any(covered(f.rule, c) for c in f.claims))


# ---------------------------------------------------------------------------------------------
# Baseline

_NON_WORD = re.compile(r"[\W_]+")


def _norm_text(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _NON_WORD.sub(" ", text).strip()


def _norm_num(value: float | int | None) -> float | int | None:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def fingerprint(finding: Finding) -> str:
    """A stable id of a finding that survives edits that only move text around.

    Built from the rule, the kind and, per claim, the article id, the numbers and the claim's
    text normalised (case, punctuation and whitespace folded); never the offsets or claim ids.
    Independent of the order of the claims.

    Example:
        >>> c = Claim(id="d:0", article="d", kind="killed", value=9, start=0, end=10,
        ...           text="Nine died.")
        >>> moved = Claim(id="d:3", article="d", kind="killed", value=9, start=50, end=61,
        ...               text="Nine  died!")
        >>> f = Finding("FC301", "unsupported", "warning", "killed", "m", (c,))
        >>> fingerprint(f) == fingerprint(Finding("FC301", "unsupported", "warning",
        ...                                       "killed", "other words", (moved,)))
        True
    """
    parts = sorted(
        [
            c.article,
            c.kind,
            _norm_num(c.value),
            _norm_num(c.low),
            _norm_num(c.high),
            _norm_text(c.quote),
            _norm_text(c.text),
        ]
        for c in finding.claims
    )
    key = json.dumps([finding.rule.upper(), finding.kind, parts], sort_keys=True, default=str)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write_baseline(findings: Iterable[Finding], path: str | os.PathLike[str]) -> int:
    """Write the findings as accepted to a baseline file.

    The file is JSON: ``{"factcheck_baseline": 1, "findings": [{"fingerprint", "rule", "type",
    "kind", "message", "articles"}]}``, sorted by fingerprint so it diffs well. Only
    ``fingerprint`` is read back; the rest is for people reviewing the file.

    Returns:
        How many distinct findings were written.

    Example:
        >>> import tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), "baseline.json")
        >>> write_baseline([], p)
        0
    """
    entries: dict[str, dict] = {}
    for f in findings:
        fp = fingerprint(f)
        entries.setdefault(
            fp,
            {
                "fingerprint": fp,
                "rule": f.rule,
                "type": f.type,
                "kind": f.kind,
                "message": f.message,
                "articles": sorted({c.article for c in f.claims}),
            },
        )
    data = {
        "factcheck_baseline": BASELINE_VERSION,
        "findings": [entries[k] for k in sorted(entries)],
    }
    Path(path).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(entries)


def load_baseline(path: str | os.PathLike[str]) -> set[str]:
    """The fingerprints of a baseline file.

    Raises:
        OSError: The file can't be read.
        ValueError: It is not a baseline file.

    Example:
        >>> import tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), "baseline.json")
        >>> _ = write_baseline([], p)
        >>> load_baseline(p)
        set()
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{os.fspath(path)}: not a factcheck baseline: {exc}") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{os.fspath(path)}: not a factcheck baseline (no 'findings' list)")
    out = set()
    for e in entries:
        fp = e.get("fingerprint") if isinstance(e, dict) else e
        if not isinstance(fp, str):
            raise ValueError(f"{os.fspath(path)}: baseline entry without a fingerprint: {e!r}")
        out.add(fp)
    return out


def apply_baseline(findings: Iterable[Finding], fingerprints: set[str]) -> tuple[Finding, ...]:
    """Drop the findings whose fingerprint the baseline accepts.

    Example:
        >>> f = Finding("FC301", "unsupported", "warning", "killed", "m")
        >>> apply_baseline([f], {fingerprint(f)})
        ()
    """
    return tuple(f for f in findings if fingerprint(f) not in fingerprints)


# ---------------------------------------------------------------------------------------------
# Exit code


def fail_exit_code(findings: Sequence[Finding] | Iterable[Finding], fail_level: str) -> int:
    """1 when some finding has severity at or above ``fail_level``, else 0.

    Args:
        findings: The findings left after filtering.
        fail_level: ``info``, ``warning``, ``error`` or ``none`` (never fails).

    Example:
        >>> f = Finding("FC102", "differs", "warning", "killed", "m")
        >>> fail_exit_code([f], "warning"), fail_exit_code([f], "error")
        (1, 0)
    """
    if fail_level not in FAIL_LEVELS:
        raise ValueError(f"unknown fail level {fail_level!r}; use one of {', '.join(FAIL_LEVELS)}")
    if fail_level == "none":
        return 0
    threshold = SEVERITIES.index(fail_level)
    return int(any(SEVERITIES.index(f.severity) >= threshold for f in findings))
