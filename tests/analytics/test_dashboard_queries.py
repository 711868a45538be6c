"""Analytics over real rollups, on SQLite and PostgreSQL: volume, breakdowns, share of voice,
summaries, mention lists with full-text search, and one mention's detail."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import timedelta

import pytest

from resonanz.analytics import (
    Filters,
    breakdown,
    mention_detail,
    mention_page,
    monitor_summaries,
    peers,
    resolve_period,
    share_of_voice,
    volume_series,
)
from resonanz.model import Monitor, Sentiment, Span
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store import users as user_store
from resonanz.store.ingest import save_batch
from tests.web.seed import NOW, make_post, seed


def test_volume_fills_empty_buckets_and_sums_to_the_total(store: Store) -> None:
    s = seed(store)
    assert s.brand.id is not None
    with store.read() as conn:
        day = volume_series(conn, s.brand.id, resolve_period("7d", now=NOW))
        hour = volume_series(conn, s.brand.id, resolve_period("24h", now=NOW))
        five = volume_series(conn, s.brand.id, resolve_period("6h", now=NOW))
    assert len(day.points) == 7 and day.total == 5
    assert day.totals() == {"negative": 3, "neutral": 1, "positive": 1}
    assert [p.total for p in day.points] == [0, 0, 0, 0, 1, 1, 3]  # 8., 9., 10. March
    assert len(hour.points) == 24 and hour.total == 3
    assert len(five.points) == 72 and five.total == 3  # from the 5-minute rollups
    assert sum(1 for p in five.points if p.total) == 3
    assert str(day.points[0].start.tzinfo) == "Europe/Berlin"


def test_day_buckets_are_local_days(store: Store) -> None:
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        m = monitor_store.add_monitor(conn, Monitor(name="late", query="late"), by=system, now=NOW)
        assert m.id is not None
        at = NOW.replace(hour=23, minute=30) - timedelta(days=2)
        late = replace(make_post("late", "late post", hours_ago=0), created_at=at)
        save_batch(conn, [late], [[(m.id, ())]], source_id=None, cursor=None, now=NOW)
    with store.read() as conn:
        series = volume_series(conn, m.id, resolve_period("7d", now=NOW, tz="Europe/Berlin"))
        utc = volume_series(conn, m.id, resolve_period("7d", now=NOW, tz="UTC"))
    # 8 March 23:30 UTC is 9 March 00:30 in Berlin
    assert [p.start.day for p in series.points if p.total] == [9]
    assert [p.start.day for p in utc.points if p.total] == [8]


def test_breakdowns_and_filters(store: Store) -> None:
    s = seed(store)
    assert s.brand.id is not None
    period = resolve_period("30d", now=NOW)
    with store.read() as conn:
        platforms = breakdown(conn, s.brand.id, period, "platform")
        german_neg = breakdown(
            conn,
            s.brand.id,
            period,
            "sentiment",
            Filters(languages=("de",), sentiments=("negative",)),
        )
    assert [(i.key, i.posts) for i in platforms.items] == [("mastodon", 4), ("bluesky", 2)]
    assert platforms.items[0].share == pytest.approx(4 / 6)
    assert platforms.reach == 1500 and platforms.engagement == 65
    assert german_neg.total == 2  # a1, a5


def test_share_of_voice_and_summaries(store: Store) -> None:
    s = seed(store)
    period = resolve_period("30d", now=NOW)
    with store.read() as conn:
        monitors = monitor_store.list_monitors(conn)
        compared = peers(monitors, s.topic)
        sov = share_of_voice(conn, compared, period)
        summaries = {x.monitor.name: x for x in monitor_summaries(conn, monitors, period)}
    assert [m.name for m in compared] == ["Streik", "Acme", s.competitor.name]
    assert [(e.name, e.posts) for e in sov.entries] == [
        ("Acme", 6),
        (s.competitor.name, 2),  # ties in name order
        ("Streik", 2),
    ]
    assert sum(e.share for e in sov.entries) == pytest.approx(1.0)
    acme = summaries["Acme"]
    assert (acme.total, acme.previous_total, acme.negative) == (6, 1, 3)
    assert acme.change == pytest.approx(5.0) and acme.negative_share == pytest.approx(0.5)
    assert len(acme.trend) == 30 and sum(acme.trend) == 6
    assert summaries["Streik"].change is None  # nothing before: no made-up percentage
    # The data must reach back over the whole previous period, else no percentage.
    partial = dataclasses.replace(acme, previous_complete=False)
    assert partial.previous_total == 1 and partial.change is None


def test_mention_lists_search_and_paging(store: Store) -> None:
    s = seed(store)
    assert s.brand.id is not None
    period = resolve_period("30d", now=NOW)
    with store.read() as conn:
        newest = mention_page(conn, s.brand.id, period, limit=4)
        second = mention_page(conn, s.brand.id, period, limit=4, offset=4)
        engaged = mention_page(conn, s.brand.id, period, order="engaged", limit=2)
        found = mention_page(conn, s.brand.id, period, search="stuttgart STREIK")
        none = mention_page(conn, s.brand.id, period, search='"OR" NEAR( *')
        neg = mention_page(conn, s.brand.id, period, Filters(sentiments=("negative",)))
    ids = s.post_ids
    assert [m.post_id for m in newest.items] == [ids["a1"], ids["a2"], ids["a3"], ids["a4"]]
    assert newest.has_more and newest.next_offset == 4
    assert [m.post_id for m in second.items] == [ids["a5"], ids["a6"]] and not second.has_more
    assert [m.likes for m in engaged.items] == [40, 12]
    assert [m.post_id for m in found.items] == [ids["a5"]]
    assert found.items[0].spans == (Span(0, 4, "acme"),)
    assert none.items == ()
    assert {m.sentiment for m in neg.items} == {"negative"} and len(neg.items) == 3


def test_mention_detail(store: Store) -> None:
    s = seed(store)
    with store.read() as conn:
        d = mention_detail(conn, s.post_ids["a5"])
        missing = mention_detail(conn, 10**9)
    assert missing is None
    assert d is not None
    assert d.author_handle == "anna" and d.url == "https://mastodon.example/a5"
    assert [m.name for m in d.monitors] == ["Acme", "Streik"]
    assert d.monitors[1].spans == (Span(5, 11, "streik"),)
    assert d.sentiment == str(Sentiment.NEGATIVE) and d.intent == "complaint"
    assert d.explanation["sentiment"]["rule"] == "lexicon"
    assert d.likes == 12 and d.engagement == 12
