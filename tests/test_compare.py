"""Interval comparison of count claims: examples and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.compare import bounds, compare, figure_key, is_soft, magnitude, overlaps
from factcheck.types import QUALIFIERS, Claim


def claim(qualifier: str, value=None, low=None, high=None, *, cid: str = "a:0") -> Claim:
    """A count claim filled in the way the extract contract does it."""
    if qualifier in ("exact",):
        low = high = value
    elif qualifier in ("at_least", "more_than"):
        low = value
    elif qualifier in ("at_most", "less_than"):
        high = value
    return Claim(
        id=cid,
        article=cid.split(":")[0],
        kind="killed",
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
    )


@pytest.mark.parametrize(
    ("c", "expected"),
    [
        (claim("exact", 14), (14, 14)),
        (claim("at_least", 14), (14, math.inf)),
        (claim("more_than", 80), (80, math.inf)),
        (claim("at_most", 10), (0, 10)),
        (claim("less_than", 200), (0, 200)),
        (claim("about", 100), (90, 110)),
        (claim("range", None, 95, 101), (95, 101)),
        (claim("possible", 40), (40, 40)),
        (claim("vague", None, 24), (24, math.inf)),
    ],
)
def test_bounds(c, expected):
    assert bounds(c) == pytest.approx(expected)


def test_bounds_tolerance_and_helpers():
    assert bounds(claim("about", 100), tolerance=0.2) == pytest.approx((80, 120))
    assert is_soft(claim("possible", 40)) and not is_soft(claim("exact", 40))
    assert magnitude(claim("range", None, 95, 101)) == 98
    assert figure_key(claim("exact", 14)) == ("exact", 14.0, 14.0, 14.0)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (claim("exact", 97), claim("exact", 90), "conflict"),
        (claim("at_least", 14), claim("exact", 19), "differs"),
        (claim("at_least", 50), claim("at_least", 52), "differs"),
        (claim("at_least", 20), claim("exact", 12), "conflict"),
        (claim("at_least", 14), claim("at_least", 14), "consistent"),
        (claim("more_than", 80), claim("vague", None, 24), "consistent"),
        (claim("exact", 84), claim("vague", None, 24), "consistent"),
        (claim("exact", 12), claim("vague", None, 24), "conflict"),
        (claim("range", None, 95, 101), claim("more_than", 100), "differs"),
        (claim("possible", 40), claim("exact", 288), "differs"),
        (claim("about", 35), claim("exact", 36), "differs"),
        (claim("at_most", 10), claim("exact", 12), "conflict"),
    ],
)
def test_compare_examples(a, b, expected):
    assert compare(a, b) == expected
    assert compare(b, a) == expected


def test_overlaps():
    assert overlaps(claim("at_least", 14), claim("exact", 19))
    assert not overlaps(claim("exact", 97), claim("exact", 90))


# --- properties ------------------------------------------------------------------------------

numbers = st.integers(min_value=0, max_value=2000)


@st.composite
def claims(draw, cid: str = "a:0") -> Claim:
    q = draw(st.sampled_from(sorted(QUALIFIERS)))
    n = draw(numbers)
    if q == "range":
        m = draw(numbers)
        return claim(q, None, min(n, m), max(n, m), cid=cid)
    if q == "vague":
        return claim(q, None, draw(st.sampled_from([24, 40, 200, 2000])), cid=cid)
    return claim(q, n, cid=cid)


@given(claims("a:0"), claims("b:0"), st.floats(min_value=0, max_value=0.5))
def test_compare_is_symmetric(a, b, tol):
    assert compare(a, b, tolerance=tol) == compare(b, a, tolerance=tol)


@given(claims())
def test_claim_consistent_with_itself(a):
    assert compare(a, a) == "consistent"


def widen(c: Claim, how: int, amount: int) -> Claim:
    """A claim whose interval contains the interval of ``c``."""
    lo, hi = bounds(c)
    if how == 0 and c.qualifier == "exact":  # exact -> at_least at the same N
        return claim("at_least", c.value, cid=c.id)
    new_lo = max(0, lo - amount) if how in (0, 1) else lo
    new_hi = hi + amount if how in (0, 2) else hi
    if math.isinf(new_hi):
        return claim("vague", None, new_lo, cid=c.id)
    return claim("range", None, new_lo, new_hi, cid=c.id)


@given(claims("a:0"), claims("b:0"), st.integers(0, 2), st.integers(0, 500))
def test_widening_never_turns_consistent_into_conflict(a, b, how, amount):
    if compare(a, b) != "consistent":
        return
    assert compare(widen(a, how, amount), b) != "conflict"
