"""The main loop on real SQLite and PostgreSQL: stored once, cursor with data, nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from resonanz.errors import SourceUnavailable
from resonanz.model import Author, Monitor, MonitorKind, RawPost, SourceConfig
from resonanz.pipeline import Ingestor, normalise
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store import sources as source_store
from resonanz.store import users as user_store
from resonanz.store.schema import mentions, posts, rollups_5min, rollups_hourly
from tests.conftest import T0, FakeSource, raw_post


def setup_source(store: Store) -> SourceConfig:
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        now = datetime.now(UTC)
        monitor_store.add_monitor(
            conn,
            Monitor(name="Brand", query="brenntal", kind=MonitorKind.BRAND),
            by=system,
            now=now,
        )
        monitor_store.add_monitor(
            conn,
            Monitor(name="Rival", query="kaltwerk", kind=MonitorKind.COMPETITOR),
            by=system,
            now=now,
        )
        return source_store.add_source(
            conn, SourceConfig(name="fake", kind="fake"), by=user_store.system_user(conn), now=T0
        )


def count(store: Store, table: sa.Table) -> int:
    with store.read() as conn:
        return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_batches_are_stored_once_with_mentions_rollups_and_cursor(
    store: Store, ingestor: Ingestor
) -> None:
    config = setup_source(store)
    FakeSource.enqueue(
        [
            raw_post("1", "Brenntal ist gut", minute=1),
            raw_post("2", "Kaltwerk ist schlecht", minute=2, followers=5000),
            raw_post("3", "Brenntal vs Kaltwerk: the pump is bad", minute=70),
            raw_post("3", "Brenntal vs Kaltwerk: the pump is bad", minute=70),
        ],  # same post twice
        [raw_post("4", "nichts zu sehen", minute=80)],
    )
    result = ingestor.ingest_source(config)
    assert (result.fetched, result.new_posts, result.mentions) == (5, 4, 4)
    assert count(store, posts) == 4
    assert count(store, mentions) == 4
    with store.read() as conn:
        assert source_store.get_source(conn, config.id or 0).cursor == "2"
        hourly = conn.execute(
            sa.select(
                rollups_hourly.c.monitor_id,
                rollups_hourly.c.bucket,
                rollups_hourly.c.sentiment,
                rollups_hourly.c.posts,
                rollups_hourly.c.reach,
            ).order_by(
                rollups_hourly.c.monitor_id, rollups_hourly.c.bucket, rollups_hourly.c.sentiment
            )
        ).all()
        five = conn.execute(sa.select(sa.func.sum(rollups_5min.c.posts))).scalar_one()
    brand, rival = 1, 2
    assert [tuple(r) for r in hourly] == [
        (brand, T0, "positive", 1, 100),
        (brand, T0.replace(hour=10), "negative", 1, 100),
        (rival, T0, "negative", 1, 5000),
        (rival, T0.replace(hour=10), "negative", 1, 100),
    ]
    assert five == 4


def test_rerun_never_duplicates(store: Store, ingestor: Ingestor) -> None:
    config = setup_source(store)
    batch = [raw_post(str(i), f"Brenntal {i}", minute=i) for i in range(10)]
    FakeSource.enqueue(batch, batch)  # the platform delivers the same posts again
    result = ingestor.ingest_source(config)
    assert (result.new_posts, result.duplicates) == (10, 10)
    assert count(store, posts) == 10
    with store.read() as conn:
        assert conn.execute(sa.select(sa.func.sum(rollups_hourly.c.posts))).scalar_one() == 10


def test_failed_fetch_keeps_cursor_and_records_error(store: Store, ingestor: Ingestor) -> None:
    config = setup_source(store)
    FakeSource.enqueue(
        [raw_post("1", "Brenntal eins")],
        SourceUnavailable("HTTP 503"),
        [raw_post("2", "Brenntal zwei")],
    )
    with pytest.raises(SourceUnavailable):
        ingestor.ingest_source(config)
    with store.read() as conn:
        saved = source_store.get_source(conn, config.id or 0)
    assert saved.cursor == "1" and "503" in saved.last_error
    assert count(store, posts) == 1
    result = ingestor.ingest_source(saved)  # the retry continues after the committed batch
    assert result.new_posts == 1 and count(store, posts) == 2
    with store.read() as conn:
        assert source_store.get_source(conn, config.id or 0).last_error == ""


def test_malformed_post_stores_nothing_of_its_batch(store: Store, ingestor: Ingestor) -> None:
    config = setup_source(store)
    FakeSource.enqueue(
        [raw_post("1", "Brenntal eins")], [raw_post("2", "Brenntal zwei"), raw_post(" ", "no id")]
    )
    with pytest.raises(Exception, match="empty id"):
        ingestor.ingest_source(config)
    assert count(store, posts) == 1


def test_due_sources_run_and_failures_do_not_stop_others(store: Store, ingestor: Ingestor) -> None:
    setup_source(store)
    with store.transaction() as conn:
        source_store.add_source(
            conn,
            SourceConfig(name="missing", kind="file", config={"path": "/nonexistent.csv"}),
            by=user_store.system_user(conn),
            now=T0,
        )
    FakeSource.enqueue([raw_post("1", "Brenntal eins")])
    results = {r.source: r for r in ingestor.run_due_sources()}
    assert results["fake"].new_posts == 1
    assert "file not found" in results["missing"].errors[0]
    assert ingestor.run_due_sources() == []  # both are scheduled for later now


def test_normalise_cleans_text_and_extracts_entities() -> None:
    raw = RawPost(
        platform="Mastodon",
        native_id=" 42 ",
        created_at=T0,
        text="  Hallo\x00 @Brenntal_Service #Wärmepumpe #wärmepumpe https://x.example/a?b=1 ",
        author=Author(platform="mastodon", handle="@anna", followers=-5),
    )
    post = normalise(raw)
    assert post.platform == "mastodon" and post.native_id == "42"
    assert post.text.startswith("Hallo @Brenntal_Service")
    assert post.hashtags == ("wärmepumpe",)
    assert post.mentions == ("Brenntal_Service",)
    assert post.links == ("https://x.example/a?b=1",)
    assert post.author.handle == "anna" and post.author.followers == 0


def test_a_config_error_found_at_fetch_is_recorded_and_others_still_run(
    store: Store, ingestor: Ingestor, tmp_path
) -> None:
    setup_source(store)
    path = tmp_path / "export.csv"
    path.write_text("id,body,created_at\n1,Brenntal,2026-11-01T10:00:00Z\n")
    with store.transaction() as conn:
        bad = source_store.add_source(
            conn,
            SourceConfig(name="export", kind="file", config={"path": str(path)}),
            by=user_store.system_user(conn),
            now=T0,
        )
    FakeSource.enqueue([raw_post("1", "Brenntal eins")])
    results = {r.source: r for r in ingestor.run_due_sources()}
    assert results["fake"].new_posts == 1
    assert "file.mapping.text" in results["export"].errors[0]
    with store.read() as conn:
        saved = source_store.get_source(conn, bad.id or 0)
    assert "column 'text' is not in the header" in saved.last_error and saved.cursor is None
