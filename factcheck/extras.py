"""Optional features: import what an extra installs, or say which extra that is.

Example:
    >>> require("json", extra="none", purpose="tests").__name__
    'json'
"""

from __future__ import annotations

from types import ModuleType


def require(module: str, *, extra: str, purpose: str) -> ModuleType:
    """Import ``module``; a missing one raises an ImportError naming the extra to install.

    Args:
        module: Top-level module name ("pandas", "matplotlib").
        extra: The factcheck extra that installs it ("pandas", "plot").
        purpose: What it is needed for, for the message ("DataFrames").

    Raises:
        ImportError: ``factcheck needs pandas for DataFrames: pip install 'factcheck[pandas]'``.

    Example:
        >>> try:
        ...     require("no_such_module_xyz", extra="plot", purpose="plots")
        ... except ImportError as exc:
        ...     print(exc)
        factcheck needs no_such_module_xyz for plots: pip install 'factcheck[plot]'
    """
    try:
        return __import__(module)
    except ImportError as exc:
        raise ImportError(
            f"factcheck needs {module} for {purpose}: pip install 'factcheck[{extra}]'"
        ) from exc
