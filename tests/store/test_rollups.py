"""The rollup tables through their one owner, `store/rollups.py`, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from resonanz.store import Store, rollups
from tests.web.seed import NOW, seed


@dataclass(frozen=True)
class Only:
    platforms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sentiments: tuple[str, ...] = ()


def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute, tzinfo=UTC)


def test_bucket_series_per_hour_and_per_5_minutes(store: Store) -> None:
    s = seed(store)
    assert s.brand.id is not None
    since, until = NOW - timedelta(hours=6), NOW
    with store.read() as conn:
        hourly = rollups.bucket_series(conn, s.brand.id, since, until, "hour")
        five = rollups.bucket_series(conn, s.brand.id, since, until, "5min")
        bluesky = rollups.bucket_series(
            conn, s.brand.id, since, until, "hour", only=Only(platforms=("bluesky",))
        )
        cells = rollups.totals_by_cell(conn, s.brand.id, since, until)
    # a1 1 h, a2 2 h and a3 5 h before NOW (11:30)
    assert [(b.start, b.posts) for b in hourly] == [(_at(6), 1), (_at(9), 1), (_at(10), 1)]
    assert [(b.start, b.posts) for b in five] == [
        (_at(6, 30), 1),
        (_at(9, 30), 1),
        (_at(10, 30), 1),
    ]
    assert [b.start for b in bluesky] == [_at(6), _at(9)]
    assert sum(b.reach for b in hourly) == sum(c.reach for c in cells)
    assert sum(b.engagement for b in hourly) == sum(c.engagement for c in cells)


def test_grouped_totals_largest_first(store: Store) -> None:
    s = seed(store)
    assert s.brand.id is not None
    since, until = NOW - timedelta(hours=24), NOW
    with store.read() as conn:
        by_platform = rollups.totals_by_platform(conn, s.brand.id, since, until)
        by_language = rollups.totals_by_language(conn, s.brand.id, since, until)
        by_sentiment = rollups.totals_by_sentiment(conn, s.brand.id, since, until)
        german = rollups.totals_by_sentiment(
            conn, s.brand.id, since, until, only=Only(languages=("de",))
        )
        per_monitor = rollups.totals_by_monitor(
            conn, [s.brand.id, s.topic.id or 0, 999], since, until
        )
        counts = rollups.sentiment_counts_by_monitor(conn, [s.brand.id], since, until)
    # a1 (mastodon de negative), a2 (bluesky de positive), a3 (bluesky en neutral)
    assert [(t.key, t.posts) for t in by_platform] == [("bluesky", 2), ("mastodon", 1)]
    assert [(t.key, t.posts) for t in by_language] == [("de", 2), ("en", 1)]
    assert [(t.key, t.posts) for t in by_sentiment] == [
        ("negative", 1),
        ("neutral", 1),
        ("positive", 1),
    ]
    assert {t.key for t in german} == {"negative", "positive"}
    assert per_monitor[s.brand.id].posts == 3 and per_monitor[999].posts == 0
    assert counts == {s.brand.id: {"negative": 1, "neutral": 1, "positive": 1}}


def test_clear_monitor_forgets_only_that_monitor(store: Store) -> None:
    s = seed(store)
    assert s.brand.id is not None and s.topic.id is not None
    with store.read() as conn:
        assert rollups.mention_counts(conn, s.brand.id, NOW - timedelta(hours=24)) == (8, 3)
    with store.transaction() as conn:
        rollups.clear_monitor(conn, s.brand.id)
    with store.read() as conn:
        assert rollups.mention_counts(conn, s.brand.id, NOW - timedelta(days=999)) == (0, 0)
        assert rollups.mention_counts(conn, s.topic.id, NOW - timedelta(days=999)) == (
            2,
            2,
        )  # a5, s1
        first = datetime(2026, 3, 8, 9, 0, tzinfo=UTC)  # a5, 50 h before NOW
        assert rollups.first_buckets(conn, [s.brand.id, s.topic.id]) == {s.topic.id: first}


def test_no_other_module_touches_the_rollup_tables() -> None:
    src = Path(__file__).parents[2] / "src" / "resonanz"
    allowed = {"store/rollups.py", "store/schema.py", "store/migrations.py"}
    offenders = [
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if str(p.relative_to(src)) not in allowed
        and re.search(r"\brollups_(hourly|5min)\b", p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
