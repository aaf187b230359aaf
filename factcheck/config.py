"""Checker configuration: rule table, severities, tolerances, synonyms, ignored rules.

Configuration lives in ``factcheck.toml`` (top-level keys) or in the ``[tool.factcheck]`` table
of ``pyproject.toml``; :func:`load_config` finds the nearest one walking up from a directory.

Example:
    >>> cfg = Config(severity={"differs": "error"}, ignore=["FC100"])
    >>> cfg.severity["FC102"], "FC100" in cfg.ignore
    ('error', True)
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from factcheck.types import SEVERITIES

#: Stable rule ids: rule -> (finding type, default severity).
RULES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "FC100": ("consistent", "info"),
        "FC101": ("conflict", "error"),
        "FC102": ("differs", "warning"),
        "FC103": ("update", "info"),
        "FC201": ("quote_mismatch", "error"),
        "FC202": ("attribution_conflict", "error"),
        "FC301": ("unsupported", "warning"),
        "FC302": ("outdated", "error"),
    }
)
#: Finding type -> rule id.
RULE_OF_TYPE: Mapping[str, str] = MappingProxyType({t: r for r, (t, _) in RULES.items()})

_KEYS = ("severity", "ignore", "tolerance", "synonyms", "fail_level", "baseline")


class ConfigError(ValueError):
    """A configuration file is unreadable or holds an unknown key or a bad value."""


def rule_id(name: str) -> str:
    """The rule id for a rule id or a finding type name (case-insensitive).

    Raises:
        ValueError: ``name`` is neither.

    Example:
        >>> rule_id("conflict"), rule_id("fc102")
        ('FC101', 'FC102')
    """
    if not isinstance(name, str):
        raise ValueError(f"expected a rule id or finding type, got {name!r}")
    key = name.strip()
    if key.upper() in RULES:
        return key.upper()
    if key.lower() in RULE_OF_TYPE:
        return RULE_OF_TYPE[key.lower()]
    raise ValueError(f"unknown rule {name!r} (expected one of {', '.join(RULES)} or a type name)")


def _severity_map(value: Mapping[str, str] | None) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for key, sev in dict(value or {}).items():
        if sev not in SEVERITIES:
            raise ValueError(f"severity of {key!r} must be one of {SEVERITIES}, got {sev!r}")
        out[rule_id(key)] = sev
    return MappingProxyType(out)


def _rule_set(value: Iterable[str] | None) -> frozenset[str]:
    if isinstance(value, str):
        raise ValueError("ignore must be a list of rule ids, not a string")
    return frozenset(rule_id(v) for v in (value or ()))


def _synonyms(value: Mapping[str, Iterable[str]] | None) -> Mapping[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for group, words in dict(value or {}).items():
        if not isinstance(group, str) or isinstance(words, str):
            raise ValueError(f"synonyms.{group} must be a list of words")
        words = tuple(words)
        if not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"synonyms.{group} must hold non-empty strings")
        out[group.strip().casefold()] = tuple(w.strip().casefold() for w in words)
    return MappingProxyType(out)


def _check_tolerance(instance: Config, attribute: attrs.Attribute, value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value < 1:
        raise ValueError(f"tolerance must be a number in [0, 1), got {value!r}")


@attrs.frozen(slots=True, eq=True, hash=False)
class Config:
    """How findings are judged and reported.

    Attributes:
        severity: Rule id (or finding type) -> severity override.
        ignore: Rule ids whose findings are dropped.
        tolerance: Relative width of "about N" intervals (0.1 -> N +/- 10%).
        synonyms: Subject group name -> extra words counted in that group
            (e.g. ``{"people": ("pilgrims",)}``); a new name makes a new group.
        fail_level: Lowest severity that makes a check fail.
        baseline: Path of a file of accepted findings, if any.

    Example:
        >>> Config(tolerance=0.2).tolerance
        0.2
    """

    severity: Mapping[str, str] = attrs.field(factory=dict, converter=_severity_map)
    ignore: frozenset[str] = attrs.field(factory=frozenset, converter=_rule_set)
    tolerance: float = attrs.field(default=0.1, validator=_check_tolerance)
    synonyms: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_synonyms)
    fail_level: str = attrs.field(default="error", validator=attrs.validators.in_(SEVERITIES))
    baseline: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    def severity_of(self, rule: str) -> str:
        """The severity findings of ``rule`` get: the override or the default.

        Example:
            >>> Config().severity_of("FC101")
            'error'
        """
        return self.severity.get(rule, RULES[rule][1])


def config_from_mapping(data: Mapping[str, Any], *, origin: str = "<config>") -> Config:
    """Build a :class:`Config` from a parsed TOML table, with errors naming ``origin``.

    Keys may use ``-`` or ``_`` (``fail-level`` = ``fail_level``).

    Raises:
        ConfigError: Unknown key or bad value; the message names ``origin`` and the key.

    Example:
        >>> config_from_mapping({"fail-level": "warning"}).fail_level
        'warning'
    """
    if not isinstance(data, Mapping):
        raise ConfigError(f"{origin}: factcheck configuration must be a table")
    kwargs: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = raw_key.replace("-", "_")
        if key not in _KEYS:
            raise ConfigError(
                f"{origin}: unknown key {raw_key!r} (expected one of {', '.join(_KEYS)})"
            )
        kwargs[key] = value
    for key, value in kwargs.items():
        try:
            Config(**{key: value})
        except (ValueError, TypeError) as exc:
            raise ConfigError(f"{origin}: bad value for {key!r}: {exc}") from None
    return Config(**kwargs)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _from_file(path: Path) -> Config | None:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("factcheck")
        if table is None:
            return None
        origin = f"{path} [tool.factcheck]"
    else:
        table, origin = data, str(path)
    cfg = config_from_mapping(table, origin=origin)
    if cfg.baseline is not None and not Path(cfg.baseline).is_absolute():
        cfg = attrs.evolve(cfg, baseline=str(path.parent / cfg.baseline))
    return cfg


def load_config(start: Path | None = None, *, path: Path | None = None) -> Config:
    """Load the configuration that applies to ``start``.

    Args:
        start: Directory (or file) to search from; default the current directory.
        path: Explicit config file (``factcheck.toml``-style, or a ``pyproject.toml``).

    Returns:
        The config of ``path``; else of the nearest ``factcheck.toml`` or ``pyproject.toml``
        with a ``[tool.factcheck]`` table (``factcheck.toml`` wins in the same directory);
        else the defaults. A relative ``baseline`` is resolved against the file's directory.

    Raises:
        ConfigError: The file is unreadable, not TOML, or holds a bad key or value.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     _ = (Path(d) / "factcheck.toml").write_text("tolerance = 0.05\\n")
        ...     load_config(Path(d)).tolerance
        0.05
    """
    if path is not None:
        path = Path(path)
        cfg = _from_file(path)
        if cfg is None:
            raise ConfigError(f"{path}: no [tool.factcheck] table")
        return cfg
    here = Path(start) if start is not None else Path.cwd()
    here = here.resolve()
    if here.is_file():
        here = here.parent
    for directory in (here, *here.parents):
        for name in ("factcheck.toml", "pyproject.toml"):
            candidate = directory / name
            if candidate.is_file():
                cfg = _from_file(candidate)
                if cfg is not None:
                    return cfg
    return Config()
