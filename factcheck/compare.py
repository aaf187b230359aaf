"""Interval logic on count claims: what values a figure allows and how two figures relate.

Each count claim allows an interval of values (``"at least 14"`` -> ``[14, inf)``). Two claims
that count the same thing are ``consistent`` (same figure, or compatible with neither more
precise), ``differs`` (the intervals overlap but the figures differ) or ``conflict`` (the
intervals are disjoint). A ``possible`` figure ("may have killed 40") never conflicts.

Example:
    >>> from factcheck.types import Claim
    >>> a = Claim(id="a:0", article="a", kind="wounded", value=97, low=97, high=97,
    ...           qualifier="exact")
    >>> b = Claim(id="b:0", article="b", kind="wounded", value=90, low=90, high=90,
    ...           qualifier="exact")
    >>> compare(a, b)
    'conflict'
"""

from __future__ import annotations

import math

from factcheck.types import Claim

INF = math.inf

#: Results of :func:`compare`.
CONSISTENT, DIFFERS, CONFLICT = "consistent", "differs", "conflict"

_LOWER = frozenset({"at_least", "more_than"})
_UPPER = frozenset({"at_most", "less_than"})


def bounds(claim: Claim, *, tolerance: float = 0.1) -> tuple[float, float]:
    """The closed interval of values a count claim allows; ``-inf``/``inf`` for open sides.

    exact ``[N, N]`` · at_least / more_than ``[N, inf)`` · at_most / less_than ``[0, N]`` ·
    about ``[N(1-tol), N(1+tol)]`` · range ``[low, high]`` · possible ``[N, N]`` (soft, see
    :func:`is_soft`) · vague ``[low, inf)``. Claims without a qualifier use ``low``/``high``
    and fall back on ``value``.

    Args:
        claim: A count claim.
        tolerance: Relative half-width of an "about" interval.

    Example:
        >>> from factcheck.types import Claim
        >>> bounds(Claim(id="a:0", article="a", kind="killed", value=35, qualifier="about"))
        (31.5, 38.5)
    """
    q, v, lo, hi = claim.qualifier, claim.value, claim.low, claim.high
    n = v if v is not None else (lo if lo is not None else hi)
    if q in ("exact", "possible") and n is not None:
        return (float(n), float(n))
    if q in _LOWER and n is not None:
        return (float(lo if lo is not None else n), INF)
    if q in _UPPER and n is not None:
        return (0.0, float(hi if hi is not None else n))
    if q == "about" and n is not None:
        a, b = n * (1 - tolerance), n * (1 + tolerance)
        return (float(min(a, b)), float(max(a, b)))
    if q == "vague":
        return (float(lo) if lo is not None else 0.0, float(hi) if hi is not None else INF)
    # range, or no / unknown qualifier: trust low/high, else value.
    if lo is None and hi is None and v is not None:
        return (float(v), float(v))
    return (float(lo) if lo is not None else 0.0, float(hi) if hi is not None else INF)


def is_soft(claim: Claim) -> bool:
    """True for figures stated as possible ("feared", "may have"): they never conflict.

    Example:
        >>> from factcheck.types import Claim
        >>> is_soft(Claim(id="a:0", article="a", kind="killed", value=40, qualifier="possible"))
        True
    """
    return claim.qualifier == "possible"


def is_numeric(claim: Claim) -> bool:
    """True when the claim carries a number (``value``, ``low`` or ``high``).

    Example:
        >>> from factcheck.types import Claim
        >>> is_numeric(Claim(id="a:0", article="a", kind="quote", quote="hi"))
        False
    """
    return claim.value is not None or claim.low is not None or claim.high is not None


def figure_key(claim: Claim) -> tuple:
    """Identity of a figure as stated: qualifier, value, low and high (numbers as floats).

    Example:
        >>> from factcheck.types import Claim
        >>> figure_key(Claim(id="a:0", article="a", kind="killed", value=14, low=14,
        ...                  qualifier="at_least"))
        ('at_least', 14.0, 14.0, None)
    """

    def f(x: float | int | None) -> float | None:
        return None if x is None else float(x)

    return (claim.qualifier or "", f(claim.value), f(claim.low), f(claim.high))


def magnitude(claim: Claim) -> float:
    """One number to order figures by: the value, else the range midpoint, else a bound.

    Example:
        >>> from factcheck.types import Claim
        >>> magnitude(Claim(id="a:0", article="a", kind="killed", low=95, high=101,
        ...                 qualifier="range"))
        98.0
    """
    if claim.value is not None:
        return float(claim.value)
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    if claim.low is not None:
        return float(claim.low)
    if claim.high is not None:
        return float(claim.high)
    return 0.0


def overlaps(a: Claim, b: Claim, *, tolerance: float = 0.1) -> bool:
    """True when the intervals of ``a`` and ``b`` share at least one value.

    Example:
        >>> from factcheck.types import Claim
        >>> a = Claim(id="a:0", article="a", kind="killed", value=14, low=14,
        ...           qualifier="at_least")
        >>> b = Claim(id="b:0", article="b", kind="killed", value=19, low=19, high=19,
        ...           qualifier="exact")
        >>> overlaps(a, b)
        True
    """
    alo, ahi = bounds(a, tolerance=tolerance)
    blo, bhi = bounds(b, tolerance=tolerance)
    return alo <= bhi and blo <= ahi


def compare(a: Claim, b: Claim, *, tolerance: float = 0.1) -> str:
    """How two count claims about the same thing relate.

    Returns:
        ``"consistent"`` when both allow the same interval, or they overlap and one is a vague
        quantity ("dozens", "hundreds") that cannot be more precise; ``"differs"`` when the
        intervals overlap but the figures differ ("at least 14" vs "19", "at least 50" vs
        "at least 52"), or they are disjoint but one is only possible; ``"conflict"`` when
        the intervals are disjoint ("97" vs "90", "at least 20" vs "12"). Symmetric.

    Example:
        >>> from factcheck.types import Claim
        >>> a = Claim(id="a:0", article="a", kind="missiles", value=80, low=80,
        ...           qualifier="more_than")
        >>> b = Claim(id="b:0", article="b", kind="missiles", low=24, qualifier="vague")
        >>> compare(a, b)
        'consistent'
    """
    ba = bounds(a, tolerance=tolerance)
    bb = bounds(b, tolerance=tolerance)
    if ba == bb:
        return CONSISTENT
    if not (ba[0] <= bb[1] and bb[0] <= ba[1]):
        return DIFFERS if is_soft(a) or is_soft(b) else CONFLICT
    if a.qualifier == "vague" or b.qualifier == "vague":
        return CONSISTENT
    return DIFFERS
