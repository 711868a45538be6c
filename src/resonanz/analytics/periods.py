"""Periods of time a dashboard looks at, and the granularity its charts use.

A period is a half-open range [start, end) in UTC whose ends lie on bucket boundaries: the
current bucket is included (so "last 24 hours" ends at the end of the current hour), and day
buckets are days of the viewer's time zone (midnight to midnight in Europe/Berlin, say), not UTC
days. The granularity follows the length: 5 minutes up to 12 hours, hours up to 3 days, days
beyond.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

Granularity = Literal["5min", "hour", "day"]

PERIODS: dict[str, timedelta] = {
    "6h": timedelta(hours=6),
    "24h": timedelta(hours=24),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
    "90d": timedelta(days=90),
}
"""The periods offered in the interface and the API, by key."""
DEFAULT_PERIOD = "30d"
MAX_CUSTOM_DAYS = 366

_STEP = {"5min": timedelta(minutes=5), "hour": timedelta(hours=1)}


def choose_granularity(length: timedelta) -> Granularity:
    """5-minute buckets up to 12 hours, hourly up to 3 days, daily beyond."""
    if length <= timedelta(hours=12):
        return "5min"
    if length <= timedelta(days=3):
        return "hour"
    return "day"


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) in UTC, bucketed by `granularity`, shown in time zone `tz`."""

    key: str
    start: datetime
    end: datetime
    granularity: Granularity
    tz: str = "Europe/Berlin"

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    @property
    def previous(self) -> Period:
        """The period of the same length right before this one (for "change vs before")."""
        if self.granularity == "day":
            days = (self.local_end_date() - self.local_start_date()).days
            start = _local_midnight(self.local_start_date() - timedelta(days=days), self.zone)
            return Period(self.key, start, self.start, "day", self.tz)
        return Period(self.key, self.start - self.length, self.start, self.granularity, self.tz)

    def local_start_date(self) -> date:
        return self.start.astimezone(self.zone).date()

    def local_end_date(self) -> date:
        """The first local day *after* the period (end is exclusive)."""
        return self.end.astimezone(self.zone).date()

    def bucket_starts(self) -> list[datetime]:
        """The start of every display bucket, in the viewer's time zone, oldest first."""
        zone = self.zone
        if self.granularity == "day":
            first, last = self.local_start_date(), self.local_end_date()
            return [
                _local_midnight(first + timedelta(days=i), zone) for i in range((last - first).days)
            ]
        step = _STEP[self.granularity]
        count = int(self.length / step)
        return [(self.start + i * step).astimezone(zone) for i in range(count)]

    def display_bucket(self, utc_bucket: datetime) -> datetime:
        """The display bucket (viewer's time zone) a stored UTC rollup bucket falls into."""
        local = utc_bucket.astimezone(self.zone)
        if self.granularity == "day":
            return _local_midnight(local.date(), self.zone)
        return local


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def _floor(t: datetime, step: timedelta) -> datetime:
    seconds = int(step.total_seconds())
    epoch = int(t.timestamp())
    return datetime.fromtimestamp(epoch - epoch % seconds, UTC)


def resolve_period(
    key: str,
    *,
    now: datetime,
    tz: str = "Europe/Berlin",
    start_date: date | None = None,
    end_date: date | None = None,
) -> Period:
    """The period for `key` ("24h", "7d", … or "custom" with inclusive local dates) ending at
    the bucket that holds `now`. An unknown key falls back to the default period."""
    zone = ZoneInfo(tz)
    if key == "custom" and start_date is not None and end_date is not None:
        if end_date < start_date:
            start_date, end_date = end_date, start_date
        start_date = max(start_date, end_date - timedelta(days=MAX_CUSTOM_DAYS - 1))
        start = _local_midnight(start_date, zone).astimezone(UTC)
        end = _local_midnight(end_date + timedelta(days=1), zone).astimezone(UTC)
        return Period("custom", start, end, choose_granularity(end - start), tz)
    if key not in PERIODS:
        key = DEFAULT_PERIOD
    length = PERIODS[key]
    granularity = choose_granularity(length)
    if granularity == "day":
        today = now.astimezone(zone).date()
        days = length.days
        end = _local_midnight(today + timedelta(days=1), zone).astimezone(UTC)
        start = _local_midnight(today + timedelta(days=1 - days), zone).astimezone(UTC)
        return Period(key, start, end, "day", tz)
    step = _STEP[granularity]
    end = _floor(now, step) + step
    return Period(key, end - length, end, granularity, tz)
