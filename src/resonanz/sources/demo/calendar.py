"""Time in the demo: five-minute slots, Berlin local time, and when people post.

The stream is planned in slots of five minutes (`SLOT`, see `demo.timeline`). Its rhythms follow
Berlin time, which `berlin_offset` computes from the EU summer-time rule (no time-zone database
needed). `DAILY` and `WEEKLY` give the activity of each kind of platform by local hour of the
day and by weekday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache

__all__ = ["DAILY", "HOUR", "SLOT", "WEEKLY", "berlin_offset", "berlin_time"]

SLOT = timedelta(minutes=5)
HOUR = timedelta(hours=1)


def _mean_one(values: tuple[float, ...]) -> tuple[float, ...]:
    mean = sum(values) / len(values)
    return tuple(v / mean for v in values)


#: Activity by hour of the day (Berlin time) and by weekday (Monday first), mean 1, for each
#: group of platforms.
DAILY = {
    "social": _mean_one((.30, .18, .12, .09, .09, .14, .35, .70, 1.05, 1.40, 1.55, 1.50, 1.35,
                         1.20, 1.15, 1.15, 1.20, 1.35, 1.55, 1.70, 1.70, 1.45, 1.05, .60)),
    "forum": _mean_one((.35, .20, .12, .08, .08, .12, .30, .60, .90, 1.10, 1.20, 1.20, 1.15,
                        1.10, 1.05, 1.10, 1.20, 1.40, 1.70, 1.95, 2.00, 1.75, 1.25, .70)),
    "news": _mean_one((.10, .05, .03, .03, .08, .40, 1.10, 1.80, 2.10, 2.10, 1.90, 1.70, 1.50,
                       1.50, 1.50, 1.40, 1.30, 1.10, .90, .70, .60, .50, .35, .20)),
    "reviews": _mean_one((.30, .15, .10, .08, .08, .12, .25, .50, .80, 1.00, 1.10, 1.10, 1.10,
                          1.10, 1.10, 1.15, 1.25, 1.45, 1.70, 1.90, 1.90, 1.60, 1.10, .60)),
}  # fmt: skip
WEEKLY = {
    "social": _mean_one((1.05, 1.05, 1.03, 1.03, 1.0, 0.90, 0.94)),
    "forum": _mean_one((0.90, 0.90, 0.90, 0.92, 0.95, 1.20, 1.23)),
    "news": _mean_one((1.18, 1.18, 1.16, 1.16, 1.10, 0.52, 0.45)),
    "reviews": _mean_one((0.95, 0.95, 0.95, 0.95, 0.98, 1.10, 1.12)),
}


@cache
def _summer_time(year: int) -> tuple[datetime, datetime]:
    """CEST in UTC: from the last Sunday of March to the last Sunday of October, 01:00 UTC."""
    march, october = datetime(year, 3, 31, 1, tzinfo=UTC), datetime(year, 10, 31, 1, tzinfo=UTC)
    return (
        march - timedelta(days=(march.weekday() + 1) % 7),
        october - timedelta(days=(october.weekday() + 1) % 7),
    )


def berlin_offset(moment: datetime) -> timedelta:
    """UTC offset of Berlin at `moment` (no time-zone database needed)."""
    start, end = _summer_time(moment.year)
    return timedelta(hours=2 if start <= moment < end else 1)


def berlin_time(day: date, hour: int) -> datetime:
    """`hour` o'clock Berlin time on `day`, in UTC."""
    guess = datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - HOUR
    return guess + HOUR - berlin_offset(guess)
