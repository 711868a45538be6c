"""One line per monitor for the overview: total, change against the period before, negative
share and a small trend — all from the rollups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from resonanz.analytics.kpis import covers_previous, data_starts, negative_share, relative_change
from resonanz.analytics.periods import Period
from resonanz.model import Monitor
from resonanz.store import rollups


@dataclass(frozen=True, slots=True)
class MonitorSummary:
    monitor: Monitor
    total: int
    previous_total: int
    negative: int
    neutral: int
    positive: int
    trend: tuple[int, ...]
    """Mentions per display bucket of the period (hourly for periods of 5-minute buckets)."""
    previous_complete: bool = True
    """Whether the monitor's data reaches back over the whole previous period."""

    @property
    def change(self) -> float | None:
        """`kpis.relative_change` against the previous period."""
        return relative_change(
            self.total, self.previous_total, previous_complete=self.previous_complete
        )

    @property
    def negative_share(self) -> float | None:
        return negative_share(self.negative, self.total)


def monitor_summaries(
    conn: sa.Connection, monitors: Sequence[Monitor], period: Period
) -> list[MonitorSummary]:
    ids = [m.id for m in monitors if m.id is not None]
    current = rollups.sentiment_counts_by_monitor(conn, ids, period.start, period.end)
    prev = period.previous
    before = rollups.sentiment_counts_by_monitor(conn, ids, prev.start, prev.end)
    buckets = rollups.hourly_counts_by_monitor(conn, ids, period.start, period.end)
    data_start = data_starts(conn, ids)
    daily = period.granularity == "day"
    out = []
    for m in monitors:
        if m.id is None:
            continue
        counts = current[m.id]
        trend: dict[datetime, int] = {}
        if daily:
            trend = dict.fromkeys(period.bucket_starts(), 0)
        for bucket, posts in buckets[m.id]:
            key = period.display_bucket(bucket) if daily else bucket
            trend[key] = trend.get(key, 0) + posts
        if not daily:  # hourly points, empty hours included
            hours = int(period.length.total_seconds() // 3600) or 1
            first = period.end.timestamp() - hours * 3600
            series = [0] * hours
            for t, n in trend.items():
                i = int((t.timestamp() - first) // 3600)
                if 0 <= i < hours:
                    series[i] += n
            points = tuple(series)
        else:
            points = tuple(trend[k] for k in sorted(trend))
        out.append(
            MonitorSummary(
                monitor=m,
                total=sum(counts.values()),
                previous_total=sum(before[m.id].values()),
                negative=counts.get("negative", 0),
                neutral=counts.get("neutral", 0),
                positive=counts.get("positive", 0),
                trend=points,
                previous_complete=covers_previous(data_start.get(m.id), period),
            )
        )
    return out
