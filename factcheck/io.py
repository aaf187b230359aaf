"""Read articles from files, directories, strings, records and DataFrames.

Nothing here raises on bad input data: a file that cannot be read, a malformed JSONL line or
a record with a wrong field becomes an :class:`~factcheck.types.Article` whose ``error``
names the file (and line), and the error is logged on the ``factcheck`` logger.

Example:
    >>> [a.id for a in from_texts(["Five people died.", "Six were hurt."])]
    ['text-0', 'text-1']
    >>> from_records([{"id": "a", "text": "x", "published": "2024-05-01T10:00:00Z"}])[0].published
    '2024-05-01'
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import numbers
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from factcheck.textify import _Builder, extract_html, html_to_text, markdown_to_text
from factcheck.types import Article

__all__ = [
    "MAX_BYTES",
    "TEXT_EXTENSIONS",
    "decode_bytes",
    "from_dataframe",
    "from_records",
    "from_texts",
    "html_to_text",
    "markdown_to_text",
    "read",
    "to_articles",
]

logger = logging.getLogger("factcheck")

#: File extensions read from directories, by format.
TEXT_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
#: Default largest file read, in bytes (``read(max_bytes=...)``, ``--max-bytes``).
MAX_BYTES = 50_000_000
_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"BZh")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WS = re.compile(r"\s*")
_DECODER = json.JSONDecoder()
_JSON_PIECE = re.compile(r"((?:\\(?:u[0-9a-fA-F]{4}|.))+)|[^\\]+")

Located = tuple[Article, str]  # an article and where it was found ("file:line"), for duplicates


class BinaryFileError(ValueError):
    """Raised by :func:`decode_bytes` for data that is not text."""


# ------------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode file bytes to text with ``\\n`` newlines.

    UTF-8 (BOM stripped) and UTF-16/32 with a BOM are decoded as such; other non-UTF-8 text is
    read as cp1252 (else Latin-1) with a warning logged. Binary data raises
    :class:`BinaryFileError`.

    Example:
        >>> decode_bytes(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9\\r\\n")
        'café\\n'
    """
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            return _newlines(text)
    if data.startswith(_MAGIC) or b"\x00" in data[:8192]:
        raise BinaryFileError(f"{name}: binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text, codec = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, codec = data.decode("latin-1"), "latin-1"
        logger.warning("%s: not valid UTF-8 (%s); decoded as %s", name, exc.reason, codec)
    return _newlines(text)


def _newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# ------------------------------------------------------------------------------- records


def _fail(article_id: str, message: str, path: str | None = None) -> Article:
    logger.error("%s", message)
    return Article(id=article_id, path=path, error=message)


def _published(value: Any) -> str | None:
    """Normalise a ``published`` value to ``YYYY-MM-DD``; ValueError if it is not a date."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise ValueError(f"must be a YYYY-MM-DD date, got {type(value).__name__}")
    s = value.strip()
    m = _DATE.match(s)
    if m:
        try:
            day = _dt.date.fromisoformat(m.group())
            if len(s) == 10 or _is_datetime(s):
                return day.isoformat()
        except ValueError:
            pass
    raise ValueError(f"must be a YYYY-MM-DD date, got {value!r}")


def _is_datetime(s: str) -> bool:
    if s[10:11] not in ("T", "t", " "):
        return False
    try:
        _dt.datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def _record(rec: Any, loc: str, default_id: str, path: str | None) -> Article:
    """Validate one record (a JSONL line or a dict) into an article or an error article."""
    if not isinstance(rec, Mapping):
        return _fail(default_id, f"{loc}: expected a JSON object, got {_tname(rec)}", path)
    rid = rec.get("id")
    if rid is None:
        rid = default_id
    elif isinstance(rid, numbers.Integral) and not isinstance(rid, bool):
        rid = str(rid)
    elif not isinstance(rid, str) or not rid.strip():
        return _fail(default_id, f"{loc}: field 'id' must be a non-empty string", path)
    text = rec.get("text")
    if not isinstance(text, str):
        return _fail(rid, f"{loc}: field 'text' must be a string", path)
    fields: dict[str, str | None] = {}
    for key in ("source", "url"):
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            return _fail(rid, f"{loc}: field '{key}' must be a string or null", path)
        fields[key] = value
    try:
        fields["published"] = _published(rec.get("published"))
    except ValueError as exc:
        return _fail(rid, f"{loc}: field 'published' {exc}", path)
    return Article(id=rid, text=_newlines(text), path=path, **fields)


def _tname(obj: Any) -> str:
    return {dict: "object", list: "array", str: "string", type(None): "null"}.get(
        type(obj), type(obj).__name__
    )


def _records(records: Iterable[Any], origin: str, prefix: str) -> list[Located]:
    out = []
    for i, rec in enumerate(records):
        loc = f"{origin}[{i}]"
        out.append((_record(rec, loc, f"{prefix}-{i}", None), loc))
    return out


def _dedupe(items: list[Located]) -> list[Article]:
    """Mark every later article whose id was already used; keep them all."""
    seen: dict[str, str] = {}
    result = []
    for article, loc in items:
        if article.error is None:
            first = seen.get(article.id)
            if first is None:
                seen[article.id] = loc
            else:
                msg = f"{loc}: duplicate id {article.id!r} (first seen at {first})"
                logger.error("%s", msg)
                article = attrs.evolve(article, error=msg)
        result.append(article)
    return result


def from_records(records: Iterable[Mapping], *, origin: str = "<records>") -> list[Article]:
    """Articles from dicts with the JSONL keys (``id``, ``source``, ``url``, ``published``,
    ``text``); a record with a wrong field becomes an error article.

    Missing ids default to ``record-0``, ``record-1``... by position.

    Example:
        >>> [a.error for a in from_records([{"text": "ok"}, {"id": "b", "text": 3}])]
        [None, "<records>[1]: field 'text' must be a string"]
    """
    return _dedupe(_records(records, origin, "record"))


def from_texts(texts: Iterable[str], *, ids: Iterable[str] | None = None) -> list[Article]:
    """Articles from plain strings, ids ``text-0``, ``text-1``... unless given.

    Raises:
        TypeError: an item is not a string.
        ValueError: ``ids`` and ``texts`` differ in length.

    Example:
        >>> from_texts(["Two died."], ids=["ap"])[0].id
        'ap'
    """
    return _dedupe(_texts(list(texts), None if ids is None else list(ids)))


def _texts(texts: list[Any], ids: list[Any] | None, start: int = 0) -> list[Located]:
    if ids is not None and len(ids) != len(texts):
        raise ValueError(f"{len(ids)} ids for {len(texts)} texts")
    out = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise TypeError(f"article text must be a str, got {type(text).__name__}")
        aid = f"text-{start + i}" if ids is None else str(ids[i])
        out.append((Article(id=aid, text=_newlines(text)), f"<text {start + i}>"))
    return out


def from_dataframe(df: Any) -> list[Article]:
    """Articles from a pandas DataFrame (duck-typed: ``df.to_dict("records")``).

    It needs a ``text`` column; ``id``, ``source``, ``url`` and ``published`` columns are
    optional (missing values: NaN/None/NaT). Missing ids default to ``row-0``, ``row-1``...

    Example:
        >>> class Frame:  # the part of a DataFrame that is used
        ...     columns = ["text"]
        ...     def to_dict(self, orient): return [{"text": "Nine died."}]
        >>> from_dataframe(Frame())[0].id
        'row-0'
    """
    return _dedupe(_dataframe(df))


def _dataframe(df: Any) -> list[Located]:
    columns = [str(c) for c in getattr(df, "columns", ())]
    if "text" not in columns:
        raise ValueError(f"the DataFrame has no 'text' column (columns: {columns})")
    rows = ({k: v for k, v in row.items() if not _missing(v)} for row in df.to_dict("records"))
    return _records(rows, "<dataframe>", "row")


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT
    except Exception:
        return False


# ---------------------------------------------------------------------------------- files


def read(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, max_bytes: int = MAX_BYTES
) -> list[Article]:
    """Read articles from files and directories (recursively, in sorted order).

    ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm`` give one article each (id = file
    stem, or front matter ``id``), ``.jsonl`` one per line. A named file with another
    extension is read as plain text; in directories other extensions are ignored. Problems
    become error articles naming the file, and are logged; the same file reached twice is
    read once.

    Example:
        >>> a = read("no/such/wires.jsonl")[0]
        >>> a.id, a.error
        ('wires', 'no/such/wires.jsonl: no such file or directory')
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return _dedupe(_read(paths, max_bytes))


def _read(paths: Iterable[str | os.PathLike], max_bytes: int) -> list[Located]:
    out: list[Located] = []
    seen: set[tuple[int, int]] = set()
    for p in paths:
        path = os.fspath(p)
        for file, error in _expand(path):
            if error is not None:
                out.append((_fail(_stem(file), error, file), file))
                continue
            try:
                st = os.stat(file)
                key = (st.st_dev, st.st_ino)
            except OSError:
                key = None
            if key is not None and key in seen:
                logger.info("%s: already read, skipped", file)
                continue
            if key is not None:
                seen.add(key)
            out.extend(_read_file(file, max_bytes))
    return out


def _expand(path: str) -> Iterator[tuple[str, str | None]]:
    """Files to read for ``path`` (a file or a directory), or ``(path, error)`` pairs."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        yield path, f"{path}: no such file or directory"
        return
    except (OSError, ValueError) as exc:
        yield path, f"{path}: {_reason(exc)}"
        return
    if not stat.S_ISDIR(st.st_mode):
        yield path, None
        return
    files: list[tuple[tuple[str, ...], str]] = []
    errors: list[tuple[str, str | None]] = []
    visited = {(st.st_dev, st.st_ino)}

    def onerror(exc: OSError) -> None:
        name = exc.filename or path
        errors.append((name, f"{name}: cannot read directory: {_reason(exc)}"))

    for dirpath, dirnames, filenames in os.walk(path, onerror=onerror, followlinks=True):
        keep = []
        for d in sorted(dirnames):
            try:
                dst = os.stat(os.path.join(dirpath, d))
            except OSError:
                continue
            if (dst.st_dev, dst.st_ino) not in visited:  # symlink loops, repeated links
                visited.add((dst.st_dev, dst.st_ino))
                keep.append(d)
        dirnames[:] = keep
        for f in filenames:
            if os.path.splitext(f)[1].lower() in TEXT_EXTENSIONS:
                full = os.path.join(dirpath, f)
                files.append((tuple(os.path.relpath(full, path).split(os.sep)), full))
    files.sort()
    yield from errors
    for _, full in files:
        yield full, None


def _stem(path: str) -> str:
    base = os.path.basename(path.rstrip("/\\" + os.sep)) or path
    return os.path.splitext(base)[0] or base


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    return str(exc)


_DATELINE_RE = re.compile(
    r"\A\s*(?:date\s+)?(?P<date>\d{4}-\d{2}-\d{2})\s*(?:\((?P<source>[^()\n]{1,80})\))?\s*[—–-]"
)


def dateline(text: str) -> dict[str, str]:
    """Publication date and outlet from a plain-text dateline ("2022-10-11 (NewsNation) —").

    Example:
        >>> dateline(" date 2022-10-11 (NewsNation) — Just a day after ...")
        {'published': '2022-10-11', 'source': 'NewsNation'}
        >>> dateline("KYIV (AP) — Russia fired ...")
        {}
    """
    m = _DATELINE_RE.match(text[:200])
    if not m:
        return {}
    meta = {"published": m.group("date")}
    if m.group("source"):
        meta["source"] = m.group("source").strip()
    return meta


def _read_file(path: str, max_bytes: int) -> list[Located]:
    stem = _stem(path)
    try:
        data = _read_bytes(path, max_bytes)
        text = decode_bytes(data, path)
    except (OSError, ValueError) as exc:
        msg = str(exc) if isinstance(exc, ValueError) else f"{path}: {_reason(exc)}"
        return [(_fail(stem, msg, path), path)]
    kind = TEXT_EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")
    if kind == "jsonl":
        return _jsonl(text, path, stem)
    if kind == "text":
        return [(_with_meta(stem, text, (), dateline(text), path), path)]
    if kind == "html":
        body, line_map, meta = extract_html(text)
    else:
        body, line_map, meta = markdown_to_text(text)
    return [(_with_meta(stem, body, line_map, meta, path), path)]


def _read_bytes(path: str, max_bytes: int) -> bytes:
    # stat first: opening a FIFO (or a device) for reading can block forever
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise ValueError(f"{path}: not a regular file")
    with open(path, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ValueError(f"{path}: not a regular file")
        if st.st_size > max_bytes:
            raise ValueError(
                f"{path}: {st.st_size} bytes exceeds the maximum article size ({max_bytes})"
            )
        data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(
            f"{path}: {len(data)}+ bytes exceeds the maximum article size ({max_bytes})"
        )
    return data


def _with_meta(
    stem: str, text: str, line_map: tuple, meta: Mapping[str, str], path: str
) -> Article:
    """An extracted article with the metadata that validates; bad metadata is logged, not fatal."""
    published = meta.get("published") or meta.get("date")
    try:
        published = _published(published)
    except ValueError as exc:
        logger.warning("%s: ignoring the published date: %s", path, exc)
        published = None
    aid = meta.get("id", "").strip() or stem
    if not text.strip():
        logger.warning("%s: no article text (empty file, or only markup)", path)
    return Article(
        id=aid,
        text=text,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        published=published,
        path=path,
        line_map=line_map,
    )


def _jsonl(text: str, path: str, stem: str) -> list[Located]:
    out: list[Located] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        loc = f"{path}:{n}"
        default_id = f"{stem}:{n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            out.append((_fail(default_id, f"{loc}: invalid JSON ({exc})", path), loc))
            continue
        article = _record(rec, loc, default_id, path)
        if article.error is None:
            line_map = _jsonl_line_map(line, n, article.text)
            article = attrs.evolve(article, line_map=line_map)
        out.append((article, loc))
    return out


def _jsonl_line_map(line: str, n: int, text: str) -> tuple[tuple[int, int, int], ...]:
    """Anchors mapping the decoded ``text`` value back into JSONL line ``n``."""
    span = _text_span(line)
    if span is None:
        return ((0, n, 1),)
    start, end = span
    b = _Builder()
    for m in _JSON_PIECE.finditer(line, start, end):
        col = m.start() + 1
        if not m.group(1):
            b.text(m.group(), n, col)
            continue
        for i, part in enumerate(_newlines(json.loads('"' + m.group() + '"')).split("\n")):
            if i:
                b.escaped("\n", n, col)
            b.text(part, n, col)
    built, line_map = b.result()
    if built != text:
        return ((0, n, start + 1),)
    return line_map or ((0, n, start + 1),)


def _text_span(line: str) -> tuple[int, int] | None:
    """Raw ``(start, end)`` of the characters of the top-level ``"text"`` string in ``line``.

    Example:
        >>> _text_span('{"id": "a", "text": "Two died"}')
        (21, 29)
    """
    ws = _WS
    i = ws.match(line).end()
    if line[i : i + 1] != "{":
        return None
    i += 1
    while True:
        i = ws.match(line, i).end()
        if line[i : i + 1] != '"':
            return None
        try:
            key, i = json.decoder.scanstring(line, i + 1)
            i = ws.match(line, i).end()
            if line[i : i + 1] != ":":
                return None
            i = ws.match(line, i + 1).end()
            value_start = i
            _, i = _DECODER.raw_decode(line, i)
        except ValueError:
            return None
        if key == "text" and line[value_start : value_start + 1] == '"':
            return value_start + 1, i - 1
        i = ws.match(line, i).end()
        if line[i : i + 1] != ",":
            return None
        i += 1


# ------------------------------------------------------------------------------- dispatch


def to_articles(obj: Any, *, max_bytes: int = MAX_BYTES) -> list[Article]:
    """Articles from whatever the public API was given.

    An :class:`Article`; a path (``str``/``PathLike``) that exists; a string that looks like
    a path (one line ending in a known extension or a separator: read, so a missing file
    gives an error article); any other string is article text; a DataFrame; a dict (record);
    or a list/tuple of these. Ids are checked for duplicates across everything given.
    A file larger than ``max_bytes`` becomes an error article (see :func:`read`).

    Raises:
        TypeError: for any other type, naming it.

    Example:
        >>> [a.id for a in to_articles(["Four died.", {"id": "x", "text": "Five died."}])]
        ['text-0', 'x']
    """
    return _dedupe(_dispatch(obj, {"text": 0, "record": 0}, max_bytes))


def _dispatch(obj: Any, counter: dict[str, int], max_bytes: int = MAX_BYTES) -> list[Located]:
    if isinstance(obj, Article):
        return [(obj, obj.path or f"<article {obj.id}>")]
    if isinstance(obj, os.PathLike):
        return _read([obj], max_bytes)
    if isinstance(obj, str):
        if _looks_like_path(obj):
            return _read([obj], max_bytes)
        counter["text"] += 1
        return _texts([obj], None, start=counter["text"] - 1)
    if isinstance(obj, Mapping):
        i = counter["record"]
        counter["record"] += 1
        return [(_record(obj, f"<records>[{i}]", f"record-{i}", None), f"<records>[{i}]")]
    if isinstance(obj, (list, tuple)):
        out: list[Located] = []
        for item in obj:
            out.extend(_dispatch(item, counter, max_bytes))
        return out
    if hasattr(obj, "to_dict") and hasattr(obj, "columns"):
        return _dataframe(obj)
    raise TypeError(f"cannot make articles from {type(obj).__name__!r}")


def _looks_like_path(s: str) -> bool:
    if "\n" in s:
        return False
    try:
        if os.path.exists(s):
            return True
    except (OSError, ValueError):
        return False
    stripped = s.strip()
    if stripped.endswith(("/", os.sep)):
        return True
    return os.path.splitext(stripped)[1].lower() in TEXT_EXTENSIONS
