"""SIGKILL a worker in the middle of an ingest job: a new worker takes the job over and the
posts, mentions and rollups end up exactly as one clean run leaves them — on the embedded
backends (SQLite database, SQLite queue) and on the multi-machine ones (PostgreSQL, Redis)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from resonanz.model import Monitor, SourceConfig
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store import sources as source_store
from resonanz.store import users as user_store
from resonanz.store.jobs import Job, JobState
from resonanz.store.schema import mentions, posts, rollups_hourly

POSTS = 12_000

pytestmark = pytest.mark.slow


def _write_posts(path: Path) -> None:
    words = ["Lieferung", "Heizung", "Termin", "super", "leider", "kaputt", "Service"]
    with path.open("w") as f:
        for i in range(POSTS):
            text = " ".join(words[(i + k) % len(words)] for k in range(8))
            if i % 3 == 0:
                text = f"Brenntal {text}"
            f.write(
                json.dumps(
                    {
                        "id": str(i),
                        "text": text,
                        "created_at": f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:00:00Z",
                        "author": f"user{i % 500}",
                        "platform": "forum",
                    }
                )
                + "\n"
            )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backends(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(database URL, queue URL) as a worker process would be configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'r.db'}", f"sqlite:///{tmp_path / 'r.jobs.db'}"
        return
    dsn = request.getfixturevalue("postgres_dsn")
    redis_url = request.getfixturevalue("redis_url")
    schema = "k_" + uuid.uuid4().hex[:12]
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{dsn}?options=-csearch_path%3D{schema}", redis_url
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _worker(db: str, queue: str, log: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "RESONANZ_DATABASE_URL": db,
        "RESONANZ_JOBS_URL": queue,
        "RESONANZ_JOB_STALE_SECONDS": "2",
        "RESONANZ_SCHEDULER_TICK_SECONDS": "1",
        "RESONANZ_INGEST_BATCH_LIMIT": "1000",
    }
    with log.open("ab") as out:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "resonanz", "worker", "--workers", "1"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


def _job(store: Store) -> Job | None:
    with store.read() as conn:
        found = ledger.list_jobs(conn, kind="ingest_source")
    return found[0] if found else None


def _wait_for(store: Store, done: int, timeout: float, log: Path) -> Job:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = _job(store)
        if job is not None and (job.state is JobState.DONE or job.progress_done >= done):
            return job
        time.sleep(0.05)
    pytest.fail(f"the job did not get there in {timeout} s: {_job(store)}\n{log.read_text()}")


def test_a_killed_worker_s_job_runs_again_and_its_effects_happen_once(
    backends: tuple[str, str], tmp_path: Path
) -> None:
    db, queue = backends
    data = tmp_path / "posts.jsonl"
    _write_posts(data)
    store = Store.open(db)
    try:
        _kill_and_rerun(store, db, queue, data, tmp_path / "worker.log")
    finally:
        store.close()


def _kill_and_rerun(store: Store, db: str, queue: str, data: Path, log: Path) -> None:
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        monitor = monitor_store.add_monitor(
            conn, Monitor(name="Brenntal", query="Brenntal"), by=system, now=datetime.now(UTC)
        )
        source_store.add_source(
            conn,
            SourceConfig(
                name="import",
                kind="file",
                interval_seconds=3600,
                config={"path": str(data), "batch_size": 200},
            ),
            by=system,
            now=datetime.now(UTC),
        )
    first = _worker(db, queue, log)
    try:
        running = _wait_for(store, 1000, 120, log)
        assert running.state is JobState.RUNNING, "the job ended before the kill: make it longer"
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        first.kill()
    killed = _job(store)
    assert killed is not None and killed.state is JobState.RUNNING  # as the dead worker left it
    with store.read() as conn:
        stored_at_kill = conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one()
    assert 0 < stored_at_kill < POSTS

    second = _worker(db, queue, log)
    try:
        ended = _wait_for(store, POSTS + 1, 180, log)
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(30)
    assert ended.state is JobState.DONE, ended.last_error
    assert ended.attempts == 2 and ended.worker != killed.worker
    with store.read() as conn:
        n_posts = conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one()
        n_mentions = conn.execute(
            sa.select(sa.func.count())
            .select_from(mentions)
            .where(mentions.c.monitor_id == monitor.id)
        ).scalar_one()
        in_rollups = conn.execute(
            sa.select(sa.func.sum(rollups_hourly.c.posts)).where(
                rollups_hourly.c.monitor_id == monitor.id
            )
        ).scalar_one()
        source = source_store.find_source(conn, "import")
    assert n_posts == POSTS  # none lost, none twice
    assert n_mentions == in_rollups == POSTS // 3  # every third post names Brenntal
    assert source.last_error == "" and source.cursor
