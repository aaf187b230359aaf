"""factcheck: cross-check the figures and quotes several news sources report about one event.

Example:
    >>> import factcheck
    >>> [ac] = factcheck.extract("At least 14 people were killed and 90 were injured.")
    >>> [(c.kind, c.value, c.qualifier) for c in ac.claims]
    [('killed', 14, 'at_least'), ('wounded', 90, 'exact')]
"""

__version__ = "0.1.0"

from factcheck.api import check, extract, load, model_name  # noqa: E402
from factcheck.frames import claims_frame, findings_frame  # noqa: E402
from factcheck.io import read  # noqa: E402
from factcheck.types import Article, ArticleClaims, Claim, Finding, Report  # noqa: E402
from factcheck.visualize import render  # noqa: E402

__all__ = [
    "Article",
    "ArticleClaims",
    "Claim",
    "Finding",
    "Report",
    "__version__",
    "check",
    "claims_frame",
    "extract",
    "findings_frame",
    "load",
    "model_name",
    "read",
    "render",
]
