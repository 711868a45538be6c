"""Random draws of the demo generator: cheap ones for the hot path, and stable seeds.

Planning and writing draw tens of thousands of values per simulated day, so `one`, `randint`
and `pick` make a single call to `random()` where the methods of `random.Random` make several
(the draws differ from theirs, so the stream depends on these exact helpers). `stable_int`
derives a number from text with SHA-256: unlike `hash()`, the same in every process.
"""

from __future__ import annotations

import bisect
import hashlib
import math
import random
from collections.abc import Sequence
from functools import cache
from typing import TypeVar

__all__ = ["Weights", "one", "pick", "poisson", "randint", "stable_int"]

_T = TypeVar("_T")
#: Values with their weights (they need not sum to 1).
Weights = tuple[tuple[str, float], ...]


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson count with mean `lam` (a rounded normal one above 30)."""
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


@cache
def _cumulative(weights: Weights) -> tuple[tuple[str, ...], tuple[float, ...]]:
    values, totals, total = [], [], 0.0
    for value, weight in weights:
        total += weight
        values.append(value)
        totals.append(total)
    return tuple(values), tuple(totals)


def one(rng: random.Random, items: Sequence[_T]) -> _T:
    """`rng.choice` in one call instead of three (this is the hot path)."""
    return items[int(rng.random() * len(items))]


def randint(rng: random.Random, low: int, high: int) -> int:
    """`rng.randint(low, high)`, cheaper."""
    return low + int(rng.random() * (high - low + 1))


def pick(rng: random.Random, weights: Weights) -> str:
    """One of the values of `weights`, as likely as its weight."""
    values, totals = _cumulative(weights)
    return values[min(bisect.bisect(totals, rng.random() * totals[-1]), len(values) - 1)]


def stable_int(text: str) -> int:
    """A 48-bit number derived from `text`, the same in every process."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:6], "big")
