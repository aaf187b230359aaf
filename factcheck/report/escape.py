"""Make untrusted article text safe for each output channel.

Article text, ids, sources and messages built from them come from scraped pages. These helpers
neutralise them for a terminal, for GitHub workflow commands and for JSON. HTML escaping is left
to markupsafe / jinja2 autoescape.

Example:
    >>> terminal("red\\x1b[31m alert\\x07")
    'red alert'
    >>> gh_data("50% done\\n::error::x")
    '50%25 done%0A::error::x'
    >>> gh_property("a:b,c")
    'a%3Ab%2Cc'
"""

from __future__ import annotations

import json
import re
from typing import Any

# ESC-introduced sequences: CSI (ESC [ ... final), OSC / DCS / SOS / PM / APC strings (terminated
# by BEL or ST), and two-character escapes. C1 single-byte forms (0x9B CSI, 0x9D OSC ...) too.
_ANSI = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                      # CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # OSC/DCS/...
  | \x1b[ -/]*[0-~]                                       # other ESC sequences
    """,
    re.VERBOSE,
)
# C0 controls except \t and \n, DEL, and C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")


def terminal(text: str | None, *, one_line: bool = False) -> str:
    """Strip ANSI escape sequences and C0/C1 control characters (but ``\\n`` and ``\\t``).

    Args:
        text: Untrusted text; None gives ``""``.
        one_line: Also fold every run of whitespace (newlines included) into one space.

    Example:
        >>> terminal("a\\r\\nb", one_line=True)
        'a b'
    """
    if not text:
        return ""
    text = _CONTROL.sub("", _ANSI.sub("", text))
    if one_line:
        text = _SPACE.sub(" ", text).strip()
    return text


def gh_data(text: str | None) -> str:
    """Escape the message part of a GitHub workflow command (after ``::``).

    ``%``, ``\\r`` and ``\\n`` are percent-encoded, so the message can never end the line and start
    a new command.

    Example:
        >>> gh_data("a\\r\\nb")
        'a%0D%0Ab'
    """
    if not text:
        return ""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def gh_property(text: str | None) -> str:
    """Escape a property value of a GitHub workflow command (``file=...,title=...``).

    Like :func:`gh_data`, and also ``:`` and ``,`` so a value can't end the property list.

    Example:
        >>> gh_property("FC101: a, b")
        'FC101%3A a%2C b'
    """
    return gh_data(text).replace(":", "%3A").replace(",", "%2C")


_COMMAND_LINE = re.compile(r"^(\s*):(?=:)", re.MULTILINE)


def no_commands(text: str) -> str:
    """Keep any line of ``text`` from being read as a GitHub workflow command.

    A CI runner reads every line of a step's output that starts (after spaces) with ``::``
    as a command, whatever the format, so plain text output whose line begins with an
    article id such as ``::error::x`` would inject one. The first ``:`` of such a line is
    percent-encoded, as GitHub itself encodes it.

    Example:
        >>> no_commands("ok\\n  ::error::x")
        'ok\\n  %3A:error::x'
    """
    return _COMMAND_LINE.sub(r"\1%3A", text)


# With ensure_ascii=False json.dumps leaves C1 controls and the JS line separators raw.
_JSON_RAW = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def dumps(data: Any, *, indent: int | None = None) -> str:
    """``json.dumps`` with readable Unicode but every control character escaped.

    Only ever called on plain data (never built by string concatenation), so untrusted strings
    cannot break the JSON structure; C1 controls and U+2028/U+2029 are ``\\u`` escaped too.

    Example:
        >>> dumps({"a": "\\x9b31m"})
        '{"a": "\\\\u009b31m"}'
    """
    text = json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
