"""The rule table: every rule id a finding can carry, with its default level.

Example:
    >>> RULES["FC101"].level
    'error'
    >>> rule_for_type("conflict")
    'FC101'
"""

from __future__ import annotations

import attrs


@attrs.frozen(slots=True)
class Rule:
    """One rule of the check.

    Attributes:
        id: Stable id (``FC101``).
        name: Short name, the finding type it reports (``conflict``).
        description: One sentence saying what it flags.
        severity: Default severity: ``info``, ``warning`` or ``error``.

    Example:
        >>> RULES["FC103"].level
        'note'
    """

    id: str
    name: str
    description: str
    severity: str

    @property
    def level(self) -> str:
        """The severity as GitHub / SARIF name it (``info`` becomes ``note``)."""
        return sarif_level(self.severity)


def sarif_level(severity: str) -> str:
    """Map a finding severity to a SARIF level.

    Example:
        >>> sarif_level("info")
        'note'
    """
    return {"error": "error", "warning": "warning"}.get(severity, "note")


#: Every rule, in id order (DESIGN section 4).
RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("FC100", "consistent", "Sources report the same or a compatible figure.", "info"),
        Rule("FC101", "conflict", "Sources report figures that cannot both be true.", "error"),
        Rule("FC102", "differs", "Sources report overlapping but different figures.", "warning"),
        Rule("FC103", "update", "A later source updates an earlier figure.", "info"),
        Rule("FC201", "quote_mismatch", "The same quote is worded differently.", "error"),
        Rule(
            "FC202",
            "attribution_conflict",
            "The same words are attributed to different people.",
            "error",
        ),
        Rule(
            "FC301", "unsupported", "A figure or quote in the draft that no source has.", "warning"
        ),
        Rule("FC302", "outdated", "A draft figure that a newer source has replaced.", "error"),
    )
}

_BY_TYPE = {r.name: r.id for r in RULES.values()}


def rule_for_type(type_: str) -> str:
    """The rule id that reports a finding type.

    Example:
        >>> rule_for_type("outdated")
        'FC302'
    """
    return _BY_TYPE[type_]
