"""Configuration: factcheck.toml, [tool.factcheck] in pyproject.toml, validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import RULES, Config, ConfigError, load_config, rule_id


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_nothing_found(tmp_path):
    cfg = load_config(tmp_path)
    assert cfg == Config()
    assert cfg.tolerance == 0.1 and cfg.fail_level == "error" and cfg.baseline is None
    assert cfg.severity_of("FC102") == "warning"


def test_factcheck_toml(tmp_path):
    write(
        tmp_path / "factcheck.toml",
        """
tolerance = 0.2
ignore = ["FC100", "consistent", "update"]
fail-level = "warning"
baseline = "accepted.json"

[severity]
differs = "error"
FC301 = "info"

[synonyms]
people = ["pilgrims", "worshippers"]
""",
    )
    cfg = load_config(tmp_path)
    assert cfg.tolerance == 0.2
    assert cfg.ignore == frozenset({"FC100", "FC103"})
    assert dict(cfg.severity) == {"FC102": "error", "FC301": "info"}
    assert cfg.synonyms["people"] == ("pilgrims", "worshippers")
    assert cfg.fail_level == "warning"
    assert cfg.baseline == str(tmp_path / "accepted.json")


def test_pyproject_tool_table_found_walking_up(tmp_path):
    write(
        tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.factcheck]\ntolerance = 0.05\n'
    )
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert load_config(sub).tolerance == 0.05


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / "factcheck.toml", "tolerance = 0.3\n")
    write(tmp_path / "inner" / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(tmp_path / "inner").tolerance == 0.3


def test_factcheck_toml_wins_in_same_directory(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\ntolerance = 0.05\n")
    write(tmp_path / "factcheck.toml", "tolerance = 0.15\n")
    assert load_config(tmp_path).tolerance == 0.15


def test_explicit_path(tmp_path):
    p = write(tmp_path / "conf" / "mine.toml", 'ignore = ["FC102"]\n')
    assert load_config(path=p).ignore == frozenset({"FC102"})
    py = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match="tool.factcheck"):
        load_config(path=py)


def test_unknown_key_names_file_and_key(tmp_path):
    p = write(tmp_path / "factcheck.toml", "tolerence = 0.2\n")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert str(p) in str(err.value) and "tolerence" in str(err.value)


def test_unknown_key_in_pyproject(tmp_path):
    p = write(tmp_path / "pyproject.toml", "[tool.factcheck]\nseverities = {}\n")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert str(p) in str(err.value) and "severities" in str(err.value)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[severity]\nFC999 = "error"\n', "severity"),
        ('[severity]\nconflict = "fatal"\n', "severity"),
        ('ignore = ["nope"]\n', "ignore"),
        ('ignore = "FC100"\n', "ignore"),
        ("tolerance = 2\n", "tolerance"),
        ('tolerance = "0.1"\n', "tolerance"),
        ('fail_level = "critical"\n', "fail_level"),
        ('[synonyms]\npeople = "pilgrims"\n', "synonyms"),
        ("baseline = 3\n", "baseline"),
    ],
)
def test_bad_values(tmp_path, text, key):
    p = write(tmp_path / "factcheck.toml", text)
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert str(p) in str(err.value) and repr(key) in str(err.value)


def test_invalid_toml(tmp_path):
    p = write(tmp_path / "factcheck.toml", "tolerance = = 1\n")
    with pytest.raises(ConfigError, match="invalid TOML") as err:
        load_config(tmp_path)
    assert str(p) in str(err.value)


def test_config_error_is_value_error():
    assert issubclass(ConfigError, ValueError)


def test_rule_ids():
    assert set(RULES) == {"FC100", "FC101", "FC102", "FC103", "FC201", "FC202", "FC301", "FC302"}
    assert rule_id("attribution_conflict") == "FC202"
    with pytest.raises(ValueError):
        rule_id("FC999")
