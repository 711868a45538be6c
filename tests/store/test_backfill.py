"""Backfill and preview on real SQLite and real PostgreSQL: old posts get the mentions and
rollups a new or edited monitor would have given them on ingest, exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from resonanz.errors import QueryError
from resonanz.model import Author, Enrichment, Metrics, Monitor, Post, Sentiment
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store.audit import recent
from resonanz.store.backfill import backfill_monitor, count_matches
from resonanz.store.ingest import save_batch
from resonanz.store.schema import mentions, rollups_5min, rollups_hourly

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)

TEXTS = [
    # native id, text, language, followers, likes
    ("p1", "Brenntal liefert wieder zu spät", "de", 100, 3),
    ("p2", "The Brenntal app is great", "en", 50, 1),
    ("p3", "Der Zug nach Zürich fällt aus", "de", 10, 0),
    ("p4", "Zuerich Hauptbahnhof: Chaos", "de", 20, 2),
    ("p5", "Nichts Relevantes hier", "de", 30, 0),
    ("p6", "ZÜRICH und Brenntal", "de", 40, 5),
]


def _post(native_id: str, text: str, language: str, followers: int, likes: int, i: int) -> Post:
    return Post(
        platform="mastodon",
        native_id=native_id,
        created_at=T0 + timedelta(minutes=7 * i),
        text=text,
        author=Author(platform="mastodon", handle=f"user{i}", followers=followers),
        hashtags=("bahn",) if "Zug" in text else (),
        metrics=Metrics(likes=likes),
        enrichment=Enrichment(language=language, sentiment=Sentiment.NEGATIVE),
    )


def _seed(store: Store) -> None:
    batch = [_post(*row, i) for i, row in enumerate(TEXTS)]
    with store.transaction() as conn:
        save_batch(conn, batch, [[] for _ in batch], source_id=None, cursor=None, now=T0)


def _add(store: Store, name: str, query: str, **kw: object) -> Monitor:
    with store.transaction() as conn:
        return monitor_store.add_monitor(conn, Monitor(name=name, query=query, **kw))  # type: ignore[arg-type]


def _mentioned(store: Store, monitor_id: int) -> set[str]:
    from resonanz.store.schema import posts

    with store.read() as conn:
        rows = conn.execute(
            sa.select(posts.c.native_id)
            .select_from(mentions.join(posts, posts.c.id == mentions.c.post_id))
            .where(mentions.c.monitor_id == monitor_id)
        )
        return {r[0] for r in rows}


def _rollup_totals(store: Store, monitor_id: int) -> tuple[int, int, int, int]:
    with store.read() as conn:
        hourly = conn.execute(
            sa.select(
                sa.func.coalesce(sa.func.sum(rollups_hourly.c.posts), 0),
                sa.func.coalesce(sa.func.sum(rollups_hourly.c.reach), 0),
                sa.func.coalesce(sa.func.sum(rollups_hourly.c.engagement), 0),
            ).where(rollups_hourly.c.monitor_id == monitor_id)
        ).one()
        five = conn.execute(
            sa.select(sa.func.coalesce(sa.func.sum(rollups_5min.c.posts), 0)).where(
                rollups_5min.c.monitor_id == monitor_id
            )
        ).scalar_one()
    return int(hourly[0]), int(hourly[1]), int(hourly[2]), int(five)


def test_backfill_finds_old_posts_once(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    assert monitor.id is not None
    assert _mentioned(store, monitor.id) == set()

    seen: list[tuple[int, int]] = []
    result = backfill_monitor(store, monitor, progress=lambda d, t: seen.append((d, t)), chunk=1)
    assert (result.matched, result.added) == (3, 3)
    # SQLite reads only the FTS candidates; PostgreSQL scans every post (no safe prefilter).
    assert result.scanned == (3 if store.dialect == "sqlite" else len(TEXTS))
    assert seen[0][0] == 0 and seen[-1][0] == result.scanned
    assert _mentioned(store, monitor.id) == {"p1", "p2", "p6"}
    # posts, reach (followers), engagement (likes), 5-minute posts
    assert _rollup_totals(store, monitor.id) == (3, 190, 9, 3)

    again = backfill_monitor(store, monitor)
    assert (again.matched, again.added) == (3, 0)
    assert _rollup_totals(store, monitor.id) == (3, 190, 9, 3)


def test_backfill_stores_spans(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    backfill_monitor(store, monitor)
    with store.read() as conn:
        stored = [r[0] for r in conn.execute(sa.select(mentions.c.spans))]
    assert all(spans for spans in stored)
    assert {(s["start"], s["end"], s["field"]) for spans in stored for s in spans} == {
        (0, 8, "text"),
        (4, 12, "text"),
        (11, 19, "text"),
    }


def test_backfill_respects_language_and_umlauts(store: Store) -> None:
    _seed(store)
    german = _add(store, "Brenntal de", "Brenntal lang:de")
    zurich = _add(store, "Zürich", "zürich")
    listed = _add(store, "Brenntal en", "Brenntal", languages=("en",))
    assert german.id and zurich.id and listed.id
    backfill_monitor(store, german)
    backfill_monitor(store, zurich)
    backfill_monitor(store, listed)
    assert _mentioned(store, german.id) == {"p1", "p6"}
    assert _mentioned(store, zurich.id) == {"p3", "p4", "p6"}
    assert _mentioned(store, listed.id) == {"p2"}


def test_backfill_without_prefilter_scans_all(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Tags", "#bahn OR NOT Brenntal")
    assert monitor.id is not None
    result = backfill_monitor(store, monitor, chunk=2)
    assert result.scanned == len(TEXTS)
    assert _mentioned(store, monitor.id) == {"p3", "p4", "p5"}


def test_editing_the_query_replaces_mentions_and_rollups(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    assert monitor.id is not None
    backfill_monitor(store, monitor)
    with store.transaction() as conn:
        updated = monitor_store.update_monitor(conn, monitor.id, query="zürich", name="Zürich")
        assert monitor_store.matching_changed(monitor, updated)
    assert _mentioned(store, monitor.id) == set()
    assert _rollup_totals(store, monitor.id) == (0, 0, 0, 0)
    result = backfill_monitor(store, updated)
    assert result.added == 3
    assert _mentioned(store, monitor.id) == {"p3", "p4", "p6"}
    assert _rollup_totals(store, monitor.id) == (3, 70, 7, 3)
    with store.read() as conn:
        entry = recent(conn, 1)[0]
    assert entry.action == "monitor.update"
    assert entry.detail["query"] == {"old": "Brenntal", "new": "zürich"}


def test_update_without_query_change_keeps_mentions(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    assert monitor.id is not None
    backfill_monitor(store, monitor)
    with store.transaction() as conn:
        updated = monitor_store.update_monitor(
            conn, monitor.id, description="Unsere Marke", active=False
        )
    assert not monitor_store.matching_changed(monitor, updated)
    assert updated.description == "Unsere Marke" and not updated.active
    assert _mentioned(store, monitor.id) == {"p1", "p2", "p6"}


def test_preview_counts_newest_first_and_caps(store: Store) -> None:
    _seed(store)
    preview = count_matches(store, "Brenntal OR zürich")
    assert (preview.matches, preview.capped, preview.posts) == (5, False, len(TEXTS))
    assert [text[:6] for _, text, _ in preview.sample] == [
        "ZÜRICH",
        "Zueric",
        "Der Zu",
        "The Br",
        "Brennt",
    ]
    capped = count_matches(store, "Brenntal OR NOT Brenntal", limit_scan=2)
    assert (capped.scanned, capped.capped, capped.posts) == (2, True, 2)
    with pytest.raises(QueryError):
        count_matches(store, '"Brenntal OR (')
