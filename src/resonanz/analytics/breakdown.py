"""Counts of a monitor's mentions by platform, language or sentiment, from the rollups."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from resonanz.analytics.filters import NO_FILTERS, Filters
from resonanz.analytics.periods import Period
from resonanz.store import rollups
from resonanz.store.rollups import Dimension


@dataclass(frozen=True, slots=True)
class BreakdownItem:
    key: str
    posts: int
    share: float
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One dimension's values, largest first; `share` of all mentions in [0, 1]."""

    dimension: Dimension
    items: tuple[BreakdownItem, ...]

    @property
    def total(self) -> int:
        return sum(i.posts for i in self.items)

    @property
    def reach(self) -> int:
        return sum(i.reach for i in self.items)

    @property
    def engagement(self) -> int:
        return sum(i.engagement for i in self.items)

    def get(self, key: str) -> int:
        return next((i.posts for i in self.items if i.key == key), 0)


def _from_rows(dimension: Dimension, rows: list[rollups.Totals]) -> Breakdown:
    total = sum(r.posts for r in rows)
    return Breakdown(
        dimension,
        tuple(
            BreakdownItem(r.key, r.posts, r.posts / total if total else 0.0, r.reach, r.engagement)
            for r in rows
        ),
    )


def breakdowns(
    conn: sa.Connection, monitor_id: int, period: Period, filters: Filters = NO_FILTERS
) -> dict[Dimension, Breakdown]:
    """By platform, language and sentiment at once, from one query."""
    cells = rollups.totals_by_cell(conn, monitor_id, period.start, period.end, only=filters)
    out: dict[Dimension, Breakdown] = {}
    dims: tuple[Dimension, ...] = ("platform", "language", "sentiment")
    for dim in dims:
        sums: dict[str, list[int]] = {}
        for c in cells:
            acc = sums.setdefault(getattr(c, dim), [0, 0, 0])
            acc[0] += c.posts
            acc[1] += c.reach
            acc[2] += c.engagement
        rows = [rollups.Totals(k, *v) for k, v in sums.items()]
        rows.sort(key=lambda r: (-r.posts, r.key))
        out[dim] = _from_rows(dim, rows)
    return out


def breakdown(
    conn: sa.Connection,
    monitor_id: int,
    period: Period,
    dimension: Dimension,
    filters: Filters = NO_FILTERS,
) -> Breakdown:
    """One dimension; `breakdowns` gives all three for the price of one query."""
    read = {
        "platform": rollups.totals_by_platform,
        "language": rollups.totals_by_language,
        "sentiment": rollups.totals_by_sentiment,
    }[dimension]
    return _from_rows(dimension, read(conn, monitor_id, period.start, period.end, only=filters))
