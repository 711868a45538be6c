"""The KPI formulas, once: change against the previous period, negative share, and the key
figures of a monitor's dashboard. The overview cards (`summary.py`), the dashboard page and the
API use these and compute nothing themselves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from resonanz.analytics.breakdown import Breakdown
from resonanz.analytics.periods import Period
from resonanz.analytics.share_of_voice import ShareOfVoice
from resonanz.store import rollups


def relative_change(current: int, previous: int, *, previous_complete: bool = True) -> float | None:
    """Relative change against the previous period (0.25 = +25 %); None if it had no mentions
    or the data does not cover all of it (a comparison with half a period would mislead)."""
    if previous == 0 or not previous_complete:
        return None
    return (current - previous) / previous


def negative_share(negative: int, total: int) -> float | None:
    """The share of negative mentions in [0, 1]; None without mentions."""
    return negative / total if total else None


def covers_previous(data_start: datetime | None, period: Period) -> bool:
    """Whether data that starts at `data_start` reaches back over the whole previous period."""
    return data_start is not None and data_start <= period.previous.start


def data_starts(conn: sa.Connection, monitor_ids: Sequence[int]) -> dict[int, datetime]:
    """How far back each monitor's data reaches (its first hour with mentions)."""
    return rollups.first_buckets(conn, monitor_ids)


@dataclass(frozen=True, slots=True)
class MonitorKpis:
    """The key figures at the top of a monitor's dashboard."""

    total: int
    change: float | None
    negative_share: float | None
    reach: int
    engagement: int
    share_of_voice: float | None


def monitor_kpis(
    conn: sa.Connection,
    monitor_id: int,
    period: Period,
    *,
    by_sentiment: Breakdown,
    previous_by_sentiment: Breakdown,
    share: ShareOfVoice,
) -> MonitorKpis:
    """The key figures from the sentiment breakdowns of the period and the one before, and the
    share of voice (already read for the charts, so nothing is counted twice)."""
    start = data_starts(conn, [monitor_id]).get(monitor_id)
    total = by_sentiment.total
    return MonitorKpis(
        total=total,
        change=relative_change(
            total,
            previous_by_sentiment.total,
            previous_complete=covers_previous(start, period),
        ),
        negative_share=negative_share(by_sentiment.get("negative"), total),
        reach=by_sentiment.reach,
        engagement=by_sentiment.engagement,
        share_of_voice=share.share_of(monitor_id) if len(share.entries) > 1 else None,
    )
