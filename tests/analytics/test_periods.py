"""Periods: granularity by length, bucket boundaries in the viewer's time zone, DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from resonanz.analytics import choose_granularity, resolve_period

NOW = datetime(2026, 3, 10, 11, 37, tzinfo=UTC)


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        (timedelta(hours=6), "5min"),
        (timedelta(hours=12), "5min"),
        (timedelta(hours=24), "hour"),
        (timedelta(days=3), "hour"),
        (timedelta(days=3, hours=1), "day"),
        (timedelta(days=90), "day"),
    ],
)
def test_granularity_follows_the_length(length: timedelta, expected: str) -> None:
    assert choose_granularity(length) == expected


def test_hour_period_ends_with_the_current_hour() -> None:
    p = resolve_period("24h", now=NOW)
    assert p.granularity == "hour"
    assert p.end == datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert p.start == p.end - timedelta(hours=24)
    starts = p.bucket_starts()
    assert len(starts) == 24
    assert starts[-1].isoformat() == "2026-03-10T12:00:00+01:00"  # 11:00 UTC, shown in Berlin
    assert p.previous.end == p.start and p.previous.length == p.length


def test_five_minute_period() -> None:
    p = resolve_period("6h", now=NOW)
    assert p.granularity == "5min"
    assert p.end == datetime(2026, 3, 10, 11, 40, tzinfo=UTC)
    assert len(p.bucket_starts()) == 72


def test_day_period_is_whole_local_days() -> None:
    p = resolve_period("30d", now=NOW, tz="Europe/Berlin")
    assert p.granularity == "day"
    assert p.start == datetime(2026, 2, 8, 23, 0, tzinfo=UTC)  # 9 Feb, 00:00 in Berlin
    assert p.end == datetime(2026, 3, 10, 23, 0, tzinfo=UTC)  # 11 Mar, 00:00 in Berlin
    days = p.bucket_starts()
    assert len(days) == 30
    assert days[0].isoformat() == "2026-02-09T00:00:00+01:00"
    prev = p.previous
    assert prev.end == p.start and len(prev.bucket_starts()) == 30


def test_day_buckets_across_the_change_to_summer_time() -> None:
    now = datetime(2026, 4, 2, 10, 0, tzinfo=UTC)
    p = resolve_period("7d", now=now, tz="Europe/Berlin")
    days = p.bucket_starts()
    assert [d.date() for d in days] == [date(2026, 3, 27) + timedelta(days=i) for i in range(7)]
    assert days[2].utcoffset() == timedelta(hours=1)  # 29 March starts in winter time
    assert days[3].utcoffset() == timedelta(hours=2)
    # the hour 23:30 UTC on 28 March is already 29 March in Berlin
    assert p.display_bucket(datetime(2026, 3, 28, 23, 0, tzinfo=UTC)) == days[2]
    assert p.display_bucket(datetime(2026, 3, 29, 21, 0, tzinfo=UTC)) == days[2]  # 23:00 CEST
    assert p.display_bucket(datetime(2026, 3, 29, 22, 0, tzinfo=UTC)) == days[3]


def test_custom_dates_and_other_time_zones() -> None:
    p = resolve_period(
        "custom",
        now=NOW,
        tz="America/New_York",
        start_date=date(2026, 3, 5),
        end_date=date(2026, 3, 1),
    )
    assert p.key == "custom" and p.granularity == "day"
    assert p.start == datetime(2026, 3, 1, 5, 0, tzinfo=UTC)  # swapped, New York midnight
    assert len(p.bucket_starts()) == 5
    short = resolve_period(
        "custom", now=NOW, start_date=date(2026, 3, 5), end_date=date(2026, 3, 5)
    )
    assert short.granularity == "hour" and len(short.bucket_starts()) == 24
    assert resolve_period("nonsense", now=NOW).key == "30d"
