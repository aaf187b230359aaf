"""Reduce HTML and Markdown to plain text, keeping a map back to the source.

Both extractors return the text and a ``line_map`` of anchors ``(text_offset, line, col)``
(1-based line and column) as :meth:`factcheck.types.Article.locate` reads them: an anchor is
added only where the plain mapping (same line, next column; or next line, column 1 after a
newline) stops being true, so a clean file gets a short map.

Example:
    >>> text, line_map = html_to_text("<p>Five <b>people</b> died.</p>")
    >>> text
    'Five people died.'
    >>> markdown_to_text("# Title\\n\\n**97** wounded")[0]
    'Title\\n\\n97 wounded'
"""

from __future__ import annotations

import bisect
import html as _html
import logging
import re
from html.entities import html5 as _HTML5
from html.parser import HTMLParser

LineMap = tuple[tuple[int, int, int], ...]

logger = logging.getLogger("factcheck")

__all__ = ["LineMap", "extract_html", "html_to_text", "markdown_to_text", "parse_front_matter"]


class _Builder:
    """Accumulates output text and the anchors needed to locate it in the source.

    Example:
        >>> b = _Builder()
        >>> b.text("ab", 1, 3); b.sep(" "); b.text("cd", 2, 1)
        >>> b.result()
        ('ab cd', ((0, 1, 3), (3, 2, 1)))
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.anchors: list[tuple[int, int, int]] = []
        self.expect = (1, 1)  # where Article.locate would put the next character
        self.last = ""  # last character emitted

    def text(self, s: str, line: int, col: int) -> None:
        """Append ``s`` (no newlines) that stands at ``line:col`` in the source."""
        if not s:
            return
        if (line, col) != self.expect:
            if self.anchors and self.anchors[-1][0] == self.pos:
                self.anchors[-1] = (self.pos, line, col)
            else:
                self.anchors.append((self.pos, line, col))
        self._put(s)
        self.expect = (line, col + len(s))

    def sep(self, s: str) -> None:
        """Append characters that do not come from the source (spaces, line breaks)."""
        if not s:
            return
        self._put(s)
        line, col = self.expect
        nl = s.count("\n")
        self.expect = (line + nl, len(s) - s.rfind("\n")) if nl else (line, col + len(s))

    def escaped(self, s: str, line: int, col: int) -> None:
        """Append ``s`` (a line break included) written as an escape at ``line:col``: a
        JSON ``\\n`` is a line break of the text but not of the source file."""
        if not s:
            return
        if self.anchors and self.anchors[-1][0] == self.pos:
            self.anchors[-1] = (self.pos, line, col)
        else:
            self.anchors.append((self.pos, line, col))
        self._put(s)
        self.expect = (0, 0)  # whatever follows needs an anchor of its own

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)
        self.last = s[-1]

    def result(self) -> tuple[str, LineMap]:
        """The text and its line map."""
        return "".join(self.parts), tuple(self.anchors)


# --------------------------------------------------------------------------------------- HTML

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
_HEAD_ONLY = frozenset({"title", "meta", "link", "base", "style", "script", "noscript", "template"})
_PARA = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote div section article header footer main aside nav ul ol "
    "dl table figure figcaption pre hr form fieldset address details summary center body "
    "html".split()
)
_LINE = frozenset("br li tr dt dd caption option legend".split())
_CELL = frozenset({"td", "th"})
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_NONE, _SPACE, _LINEBREAK, _PARABREAK = 0, 1, 2, 3
_SEPS = {_SPACE: " ", _LINEBREAK: "\n", _PARABREAK: "\n\n"}
_WORD = re.compile(r"\S+")
_COMMENT_CLOSE = re.compile(r"--!?\s*>")
# "&#" that html.parser 3.11 cannot read as a character reference makes it stop parsing
# and dump the rest of the document, tags and all, as text: hide such "&" (same length).
_BAD_CHARREF = re.compile(r"&(?=#(?![0-9]+[^0-9a-fA-F]|[xX][0-9a-fA-F]+[^0-9a-fA-F]))")
_AMP = "\ue000"


class _HTMLText(HTMLParser):
    """Streams an HTML document into a :class:`_Builder` (no recursion, any depth)."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.src = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.out = _Builder()
        self.pending = _NONE
        self.skip: list[str] = []
        self.in_head = False
        self.in_title = False
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self._cache: tuple[tuple[int, int, str], int] = ((0, 0, ""), -1)

    # -- output
    def _brk(self, level: int) -> None:
        self.pending = max(self.pending, level)

    def _emit(self, chunk: str, line: int, col0: int, src_len: int | None = None) -> None:
        """Emit text found at ``line:col0`` (0-based col); words are re-anchored as needed."""
        if _AMP in chunk:
            chunk = chunk.replace(_AMP, "&")
        if self.in_title:
            self.title.append(chunk)
            return
        if self.skip or self.in_head:
            return
        if src_len is not None:  # one decoded character reference: no inner whitespace
            if chunk.isspace():
                self._brk(_SPACE)
                return
            self._word(chunk, line, col0 + 1)
            return
        last_nl = -1
        prev_end = 0
        nl_seen = 0
        for m in _WORD.finditer(chunk):
            start = m.start()
            gap = chunk[prev_end:start]
            if gap:
                self._brk(_SPACE)
                k = gap.count("\n")
                if k:
                    nl_seen += k
                    last_nl = prev_end + gap.rfind("\n")
            col = col0 + start + 1 if not nl_seen else start - last_nl
            self._word(m.group(), line + nl_seen, col)
            prev_end = m.end()
        if prev_end < len(chunk):
            self._brk(_SPACE)

    def _word(self, word: str, line: int, col: int) -> None:
        out = self.out
        if self.pending and out.pos:
            out.sep(_SEPS[self.pending])
        self.pending = _NONE
        out.text(word, line, col)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self._meta(tag, attrs)
        if self.in_head and (tag == "body" or tag not in _HEAD_ONLY):
            self.in_head = False
        if tag == "head":
            self.in_head = True
        elif tag == "title":
            self.in_title = True
        elif tag in _SKIP and tag not in _VOID:
            self.skip.append(tag)
        self._block(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link"):
            self._meta(tag, attrs)
        self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
        elif tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        self._block(tag)

    def _block(self, tag: str) -> None:
        if tag in _PARA:
            self._brk(_PARABREAK)
        elif tag in _LINE:
            self._brk(_LINEBREAK)
        elif tag in _CELL:
            self._brk(_SPACE)

    def handle_data(self, data: str) -> None:
        line, col0 = self.getpos()
        self._emit(data, line, col0)

    def handle_entityref(self, name: str) -> None:
        line, col0 = self.getpos()
        idx = self.line_starts[line - 1] + col0
        raw = "&" + name
        end = idx + len(raw)
        if self.src.startswith(";", end):
            raw += ";"
        if raw.endswith(";") and name + ";" not in _HTML5:
            text = raw  # unknown entity: keep it literally
        else:
            text = _html.unescape(raw)
        self._emit(text, line, col0, len(raw))

    def handle_charref(self, name: str) -> None:
        line, col0 = self.getpos()
        text = _html.unescape(f"&#{name};")
        self._emit(text, line, col0, len(name) + 3)

    def unknown_decl(self, data: str) -> None:  # CDATA sections and the like: ignore
        pass

    # -- guards: html.parser rescans to the end of the document for every unclosed "<a",
    # "<!--"... (quadratic); say "incomplete" at once when no closing ">" can follow.
    def _last(self, kind: str) -> int:
        raw = self.rawdata
        key = (id(raw), len(raw), kind)
        if self._cache[0] != key:
            if kind == ">":
                value = raw.rfind(">")
            else:
                value = max((m.end() for m in _COMMENT_CLOSE.finditer(raw)), default=-1)
            self._cache = (key, value)
        return self._cache[1]

    def check_for_whole_start_tag(self, i: int) -> int:
        return -1 if self._last(">") < i else super().check_for_whole_start_tag(i)

    def parse_endtag(self, i: int) -> int:
        return -1 if self._last(">") < i else super().parse_endtag(i)

    def parse_pi(self, i: int) -> int:
        return -1 if self._last(">") < i else super().parse_pi(i)

    def parse_comment(self, i: int, report: int = 1) -> int:
        return -1 if self._last("-->") <= i + 4 else super().parse_comment(i, report)

    def parse_html_declaration(self, i: int) -> int:
        if self._last(">") < i:
            return -1
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # "<![ ..." that is no marked section: a bogus comment
            j = self.rawdata.find(">", i + 2)
            return -1 if j < 0 else j + 1

    def _meta(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "").strip() for k, v in attrs}
        if tag == "link":
            if "canonical" in a.get("rel", "").lower().split() and a.get("href"):
                self.meta["url"] = a["href"]
            return
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "")
        if not content:
            return
        if key in ("article:published_time", "date", "datepublished", "pubdate", "dc.date"):
            self.meta.setdefault("published", content)
        elif key == "og:url":
            self.meta.setdefault("og:url", content)
        elif key == "og:site_name":
            self.meta.setdefault("source", content)


def extract_html(html: str) -> tuple[str, LineMap, dict[str, str]]:
    """Text, line map and metadata of an HTML document.

    Metadata keys (only those found): ``published`` (as written), ``url`` (canonical link,
    else ``og:url``), ``source`` (``og:site_name``), ``title``.

    Example:
        >>> extract_html('<title>Hi</title><meta property="og:site_name" content="AP">x')[2]
        {'source': 'AP', 'title': 'Hi'}
    """
    p = _HTMLText(html)
    try:
        p.feed(_BAD_CHARREF.sub(_AMP, html) if "&#" in html else html)
        p.close()
    except Exception as exc:  # html.parser has raised on odd markup in some Python versions
        logger.warning("HTML parser failed (%s); the rest is read with tags stripped", exc)
        p.pending = max(p.pending, _SPACE)
        line, col0 = p.getpos()
        start = p.line_starts[line - 1] + col0
        p.skip, p.in_head, p.in_title = [], False, False
        for m in re.finditer(r"[^<]+", re.sub(r"<[^>]*>", lambda t: " " * len(t[0]), html[start:])):
            pos = start + m.start()
            n = bisect.bisect_right(p.line_starts, pos)
            p._emit(_html.unescape(m.group()), n, pos - p.line_starts[n - 1])
    text, line_map = p.out.result()
    meta = dict(p.meta)
    og_url = meta.pop("og:url", None)
    if "url" not in meta and og_url:
        meta["url"] = og_url
    title = " ".join("".join(p.title).split())
    if title:
        meta["title"] = _html.unescape(title)
    return text, line_map, meta


def html_to_text(html: str) -> tuple[str, LineMap]:
    """Visible text of an HTML document and its line map.

    Scripts, styles, ``<head>`` (the title included), comments and the like are dropped;
    paragraphs (``p``, ``div``, headings...) are separated by a blank line, ``br``/``li``/``tr``
    end a line, other whitespace collapses to one space, entities are unescaped.

    Example:
        >>> html_to_text("<p>Kyiv &amp; Lviv</p>\\n<p>2 <i>hurt</i></p>")
        ('Kyiv & Lviv\\n\\n2 hurt', ((0, 1, 4), (7, 1, 15), (13, 2, 4), (15, 2, 9)))
    """
    text, line_map, _ = extract_html(html)
    return text, line_map


# ----------------------------------------------------------------------------------- Markdown

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$")
_LINKDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_TABLE_SEP = re.compile(r"^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_INLINE = re.compile(  # repetitions are bounded or stop early: no quadratic scans
    r"(?P<comment><!--.{0,1000}?-->)"
    r"|(?P<image>!\[[^\[\]\n]{0,1000}\]\([^()\n]{0,1000}\))"
    r"|\[(?P<link>[^\[\]\n]{0,1000})\](?:\([^()\n]{0,1000}\)|\[[^\[\]\n]{0,1000}\])"
    r"|<(?P<auto>(?:https?|ftp|mailto):[^<>\s]{1,1000})>"
    r"|(?P<tag></?[A-Za-z][^<>]{0,1000}>)"
    r"|(?P<ticks>`{1,10})(?P<code>[^`].{0,500}?)(?P=ticks)"
    r"|\\(?P<esc>[!-/:-@\[-`{-~])"
    r"|(?P<emph>(?<![\w*])\*{1,3}(?=[^\s*])|(?<=[^\s*])\*{1,3}(?![\w*])"
    r"|(?<![\w_])_{1,3}(?=[^\s_])|(?<=[^\s_])_{1,3}(?![\w_])|~~)"
)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


def parse_front_matter(md: str) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` pairs of a leading YAML front matter block.

    Returns the metadata and the number of lines the block takes (0 if there is none).

    Example:
        >>> parse_front_matter("---\\nsource: 'AP'\\ndate: 2024-05-01\\n---\\nText")
        ({'source': 'AP', 'date': '2024-05-01'}, 4)
    """
    lines = md.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, 0
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            break
    else:
        return {}, 0
    meta: dict[str, str] = {}
    for raw in lines[1:end]:
        m = _FRONT_KEY.match(raw)
        if not m:
            continue
        value = m.group(2).strip()
        if value[:1] in "\"'" and len(value) > 1 and value[-1] == value[0]:
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        if value and value not in ("~", "null"):
            meta[m.group(1).lower()] = value
    return meta, end + 1


def _inline(line: str, start: int, end: int, out: list[tuple[str, int]]) -> None:
    """Append ``(text, col0)`` pieces of ``line[start:end]`` with inline markup removed."""
    pos = start
    for m in _INLINE.finditer(line, start, end):
        if m.start() > pos:
            out.append((line[pos : m.start()], pos))
        kind = m.lastgroup
        if kind == "link":
            _inline(line, m.start("link"), m.end("link"), out)
        elif kind in ("auto", "code", "esc"):
            out.append((m.group(kind), m.start(kind)))
        pos = m.end()
    if pos < end:
        out.append((line[pos:end], pos))


def _block_prefix(line: str) -> tuple[int, int] | None:
    """Span of the content of a Markdown line (block markers removed), or None to drop it.

    Example:
        >>> _block_prefix("> ## Kyiv ##")
        (5, 9)
    """
    if _RULE.match(line) or _LINKDEF.match(line) or _TABLE_SEP.match(line):
        return None
    start, end = 0, len(line)
    m = _QUOTE.match(line)
    if m:
        start = m.end()
    m = _HEADING.match(line, start)
    if m:
        start = m.end()
        tail = _HEADING_TAIL.search(line, start)
        if tail:
            end = tail.start()
    else:
        m = _LIST.match(line, start)
        if m:
            start = m.end()
    return start, end


def markdown_to_text(md: str) -> tuple[str, LineMap, dict[str, str]]:
    """Plain text, line map and front-matter metadata of a Markdown document.

    Text stays line for line; front matter, fenced code blocks, rules, link definitions and
    HTML comments are dropped; heading ``#``, quote ``>``, list markers, emphasis, link and
    image syntax are removed (link text kept); runs of blank lines become one.

    Example:
        >>> text, line_map, meta = markdown_to_text("---\\nid: a1\\n---\\n## *Two* [dead](u)")
        >>> text, meta
        ('Two dead', {'id': 'a1'})
        >>> line_map
        ((0, 4, 5), (3, 4, 9), (4, 4, 11))
    """
    meta, skip = parse_front_matter(md)
    lines = md.split("\n")
    out = _Builder()
    fence: str | None = None
    in_comment = False
    blank = False
    for n in range(skip, len(lines)):
        line = lines[n]
        if fence is not None:
            s = line.strip()
            if s.startswith(fence) and not s.strip(fence[0]):
                fence = None
            continue
        m = _FENCE.match(line)
        if m and not in_comment:
            fence = m.group(1)
            continue
        if not in_comment and not line.strip():
            blank = out.pos > 0
            continue
        spans, in_comment = _visible(line, in_comment)
        if not spans:
            continue
        a, b = spans[0]
        content = _block_prefix(line[a:b])
        if content is None:
            continue
        spans[0] = (a + content[0], a + content[1])
        pieces: list[tuple[str, int]] = []
        for a, b in spans:
            _inline(line, a, b, pieces)
        pieces = _strip_pieces(pieces)
        if not pieces:
            blank = out.pos > 0
            continue
        if out.pos:
            out.sep("\n\n" if blank else "\n")
        blank = False
        for i, (piece, col0) in enumerate(pieces):
            if i and piece[:1].isspace() and out.last.isspace():
                piece, col0 = piece.lstrip(), col0 + len(piece) - len(piece.lstrip())
            out.text(piece, n + 1, col0 + 1)
    text, line_map = out.result()
    return text, line_map, meta


def _visible(line: str, in_comment: bool) -> tuple[list[tuple[int, int]], bool]:
    """Spans of ``line`` outside HTML comments, and whether a comment is still open after it.

    Example:
        >>> _visible("a <!-- b --> c <!-- d", False)
        ([(0, 2), (12, 15)], True)
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    if in_comment:
        end = line.find("-->")
        if end < 0:
            return spans, True
        pos = end + 3
    while True:
        start = line.find("<!--", pos)
        if start < 0:
            if pos < len(line):
                spans.append((pos, len(line)))
            return spans, False
        if start > pos:
            spans.append((pos, start))
        end = line.find("-->", start + 4)
        if end < 0:
            return spans, True
        pos = end + 3


def _strip_pieces(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop empty pieces and surrounding whitespace of a line's pieces."""
    pieces = [(p, c) for p, c in pieces if p]
    while pieces and not pieces[0][0].strip():
        pieces.pop(0)
    while pieces and not pieces[-1][0].strip():
        pieces.pop()
    if not pieces:
        return pieces
    p, c = pieces[0]
    pieces[0] = (p.lstrip(), c + len(p) - len(p.lstrip()))
    p, c = pieces[-1]
    pieces[-1] = (p.rstrip(), c)
    return pieces
