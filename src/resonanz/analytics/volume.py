"""Mention volume over time, stacked by sentiment, read from the rollups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from resonanz.analytics.filters import NO_FILTERS, Filters
from resonanz.analytics.periods import Granularity, Period
from resonanz.store import rollups

SENTIMENTS = ("negative", "neutral", "positive")


@dataclass(frozen=True, slots=True)
class VolumePoint:
    """One display bucket; `start` is in the viewer's time zone."""

    start: datetime
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    reach: int = 0
    engagement: int = 0

    @property
    def total(self) -> int:
        return self.negative + self.neutral + self.positive

    def count(self, sentiment: str) -> int:
        return int(getattr(self, sentiment))


@dataclass(frozen=True, slots=True)
class VolumeSeries:
    """Every bucket of a period, empty ones as zeros, oldest first."""

    granularity: Granularity
    tz: str
    points: tuple[VolumePoint, ...]

    @property
    def total(self) -> int:
        return sum(p.total for p in self.points)

    def totals(self) -> dict[str, int]:
        return {s: sum(p.count(s) for p in self.points) for s in SENTIMENTS}


def volume_series(
    conn: sa.Connection, monitor_id: int, period: Period, filters: Filters = NO_FILTERS
) -> VolumeSeries:
    """Mentions per bucket and sentiment of one monitor over `period`.

    5-minute periods read 5-minute buckets; hour and day periods read hourly ones, with hours
    summed into days of the viewer's time zone.
    """
    rows = rollups.bucket_series_by_sentiment(
        conn,
        monitor_id,
        period.start,
        period.end,
        "5min" if period.granularity == "5min" else "hour",
        only=filters,
    )
    starts = period.bucket_starts()
    sums: dict[datetime, list[int]] = {s: [0, 0, 0, 0, 0] for s in starts}
    for r in rows:
        key = period.display_bucket(r.start)
        acc = sums.get(key)
        if acc is None or r.sentiment not in SENTIMENTS:
            continue
        acc[SENTIMENTS.index(r.sentiment)] += r.posts
        acc[3] += r.reach
        acc[4] += r.engagement
    points = tuple(VolumePoint(s, *sums[s]) for s in starts)
    return VolumeSeries(period.granularity, period.tz, points)
