"""Backfill and preview on real SQLite and real PostgreSQL: old posts get the mentions and
rollups a new or edited monitor would have given them on ingest, exactly once — also when the
`backfill_monitor` job is killed between chunks and runs again, and when the monitor is edited
or deleted while its backfill runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from resonanz import actions
from resonanz.backfill import backfill_key, backfill_monitor, count_matches
from resonanz.errors import QueryError
from resonanz.jobs.base import JobContext
from resonanz.jobs.dispatch import LedgerOnly
from resonanz.jobs.runner import execute
from resonanz.jobs.runtime import Runtime
from resonanz.model import Author, Enrichment, Metrics, Monitor, Post, Sentiment, User
from resonanz.plugins import make_registry
from resonanz.settings import load_settings
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store import users as user_store
from resonanz.store.audit import recent
from resonanz.store.ingest import save_batch
from resonanz.store.jobs import Job, JobState
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


def _system(store: Store) -> User:
    with store.read() as conn:
        return user_store.system_user(conn)


def _add(store: Store, name: str, query: str, **kw: object) -> Monitor:
    with store.transaction() as conn:
        monitor = Monitor(name=name, query=query, **kw)  # type: ignore[arg-type]
        return monitor_store.add_monitor(conn, monitor, by=user_store.system_user(conn), now=T0)


def _backfill(store: Store, monitor: Monitor, **kw: object):  # type: ignore[no-untyped-def]
    assert monitor.id is not None
    return backfill_monitor(store, monitor.id, now=T0, **kw)  # type: ignore[arg-type]


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
    result = _backfill(store, monitor, progress=lambda d, t: seen.append((d, t)), chunk=1)
    assert (result.matched, result.added) == (3, 3)
    # SQLite reads only the FTS candidates; PostgreSQL scans every post (no safe prefilter).
    assert result.scanned == (3 if store.dialect == "sqlite" else len(TEXTS))
    assert seen[0][0] == 0 and seen[-1][0] == result.scanned
    assert _mentioned(store, monitor.id) == {"p1", "p2", "p6"}
    # posts, reach (followers), engagement (likes), 5-minute posts
    assert _rollup_totals(store, monitor.id) == (3, 190, 9, 3)

    again = _backfill(store, monitor)
    assert (again.matched, again.added) == (3, 0)
    assert _rollup_totals(store, monitor.id) == (3, 190, 9, 3)


def test_backfill_stores_spans(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    _backfill(store, monitor)
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
    _backfill(store, german)
    _backfill(store, zurich)
    _backfill(store, listed)
    assert _mentioned(store, german.id) == {"p1", "p6"}
    assert _mentioned(store, zurich.id) == {"p3", "p4", "p6"}
    assert _mentioned(store, listed.id) == {"p2"}


def test_backfill_without_prefilter_scans_all(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Tags", "#bahn OR NOT Brenntal")
    assert monitor.id is not None
    result = _backfill(store, monitor, chunk=2)
    assert result.scanned == len(TEXTS)
    assert _mentioned(store, monitor.id) == {"p3", "p4", "p5"}


def test_editing_the_query_replaces_mentions_and_rollups(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    assert monitor.id is not None
    _backfill(store, monitor)
    with store.transaction() as conn:
        updated = monitor_store.update_monitor(
            conn, monitor.id, query="zürich", name="Zürich", by=user_store.system_user(conn), now=T0
        )
        assert monitor_store.matching_changed(monitor, updated)
    assert _mentioned(store, monitor.id) == set()
    assert _rollup_totals(store, monitor.id) == (0, 0, 0, 0)
    result = _backfill(store, updated)
    assert result.added == 3
    assert _mentioned(store, monitor.id) == {"p3", "p4", "p6"}
    assert _rollup_totals(store, monitor.id) == (3, 70, 7, 3)
    with store.read() as conn:
        entry = recent(conn, 1)[0]
    assert (entry.action, entry.username) == ("monitor.update", "system")
    assert entry.detail["query"] == {"old": "Brenntal", "new": "zürich"}


def test_update_without_query_change_keeps_mentions(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    assert monitor.id is not None
    _backfill(store, monitor)
    with store.transaction() as conn:
        updated = monitor_store.update_monitor(
            conn,
            monitor.id,
            description="Unsere Marke",
            active=False,
            by=user_store.system_user(conn),
            now=T0,
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


# The job: killed between chunks, edited or deleted while it runs.


class Crash(Exception):
    """Stands for the worker process dying right after a chunk committed."""


def _runtime(store: Store, now: datetime = T0) -> Runtime:
    return Runtime(load_settings(environ={}), store, make_registry(), clock=lambda: now)


def _job(store: Store, monitor: Monitor, chunk: int = 1) -> Job:
    assert monitor.id is not None
    with store.transaction() as conn:
        return ledger.add_job(
            conn,
            "backfill_monitor",
            {"monitor_id": monitor.id, "chunk": chunk},
            by=user_store.system_user(conn),
            now=T0,
            key=backfill_key(monitor.id),
        )


def _run_body(
    store: Store, job: Job, progress: Callable[[int, int], None], *, worker: str = "dead:1"
) -> object:
    """Run the job's body as a worker that claimed it would, with our `progress`."""
    runtime = _runtime(store)
    with store.transaction() as conn:
        claimed = ledger.claim_job(conn, job.id, worker=worker, now=T0, stale=timedelta(minutes=2))
    assert claimed is not None
    kind = runtime.registry.job_kind("backfill_monitor")
    ctx = JobContext(runtime=runtime, job=claimed, by=_system(store), progress=progress)
    return kind.run(ctx, claimed.args)


def _crash_after(chunks: int) -> Callable[[int, int], None]:
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) > chunks:  # the first call (0, total) comes before any chunk
            raise Crash

    return progress


@pytest.mark.parametrize("chunks", [1, 2])
def test_a_backfill_killed_between_chunks_runs_again_exactly_once(
    store: Store, chunks: int
) -> None:
    _seed(store)
    clean = _add(store, "clean", "Brenntal OR zürich")
    crashed = _add(store, "crashed", "Brenntal OR zürich")
    assert clean.id is not None and crashed.id is not None
    _backfill(store, clean, chunk=1)

    job = _job(store, crashed)
    with pytest.raises(Crash):
        _run_body(store, job, _crash_after(chunks))
    assert 0 < len(_mentioned(store, crashed.id)) < len(_mentioned(store, clean.id))

    # the heartbeat is stale: the next worker takes the job over and finishes it
    done = execute(_runtime(store, T0 + timedelta(minutes=10)), job.id, worker="alive:2")
    assert done is not None and done.state is JobState.DONE
    assert done.attempts == 2 and done.progress_done == done.progress_total
    assert (
        _mentioned(store, crashed.id)
        == _mentioned(store, clean.id)
        == {
            "p1",
            "p2",
            "p3",
            "p4",
            "p6",
        }
    )
    assert _rollup_totals(store, crashed.id) == _rollup_totals(store, clean.id)
    assert done.result["matched"] == 5 and done.result["added"] == 5 - chunks

    again = execute(_runtime(store), _job(store, crashed).id)  # and once more: nothing twice
    assert again is not None and again.result["added"] == 0
    assert _rollup_totals(store, crashed.id) == _rollup_totals(store, clean.id)


def test_an_edit_while_the_backfill_runs_starts_it_again(store: Store) -> None:
    _seed(store)
    monitor = _add(store, "Brenntal", "Brenntal")
    reference = _add(store, "Zürich", "zürich")
    assert monitor.id is not None and reference.id is not None
    _backfill(store, reference)
    job = _job(store, monitor)
    edits: list[Job | None] = []

    def progress(done: int, total: int) -> None:
        if done == 1 and not edits:  # after the first chunk: someone edits the query
            _, edit_job = actions.update_monitor(
                store,
                monitor.id or 0,
                actions.MonitorChanges(query="zürich"),
                by=_system(store),
                now=T0,
                dispatcher=LedgerOnly(),
            )
            edits.append(edit_job)

    result = _run_body(store, job, progress)
    # the edit found this backfill running and did not queue a second one
    assert edits and edits[0] is not None and edits[0].id == job.id
    assert isinstance(result, dict) and result["restarts"] == 1
    assert _mentioned(store, monitor.id) == {"p3", "p4", "p6"}
    assert _rollup_totals(store, monitor.id) == _rollup_totals(store, reference.id)


def test_a_monitor_deleted_before_or_during_its_backfill_ends_it(store: Store) -> None:
    _seed(store)
    queued = _add(store, "queued", "Brenntal")
    running = _add(store, "running", "Brenntal")
    assert queued.id is not None and running.id is not None
    job = _job(store, queued)
    actions.delete_monitor(store, queued.id, by=_system(store), now=T0)
    done = execute(_runtime(store), job.id)
    assert done is not None and done.state is JobState.DONE
    assert done.result == {"monitor_id": queued.id, "deleted": True}

    def delete(done: int, total: int) -> None:
        if done == 1:
            actions.delete_monitor(store, running.id or 0, by=_system(store), now=T0)

    result = _run_body(store, _job(store, running), delete)
    assert result == {"monitor_id": running.id, "deleted": True}
    assert _mentioned(store, running.id) == set()
    assert _rollup_totals(store, running.id) == (0, 0, 0, 0)
