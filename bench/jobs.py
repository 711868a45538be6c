"""Background jobs: throughput of the queue and speed-up of a second worker.

    uv run python bench/jobs.py                  # 2,000 no-op jobs, 200,000-post ingest
    uv run python bench/jobs.py --posts 40000    # a quicker run

Each figure on both backends: *embedded* (SQLite database, huey's SQLite queue beside it — the
one-machine default) and *several machines* (PostgreSQL database, Redis queue; needs the local
services at 127.0.0.1). Measured in the same run:

- `no-op job`: a job that does nothing, dispatched through `JobQueue` and run by two worker
  threads — the ledger's cost (add, claim, finish: three transactions) plus huey's; beside it the
  baseline `bare huey task`: the same no-op as a plain huey task on the same backend, no ledger;
- `ingest job`: the built-in `ingest_source` job on 20 file sources of 500 posts each (shipped
  models, five monitors), run by one worker process;
- `2 workers vs 1`: a file of `--posts` posts split across 8 file sources, ingested by one
  `resonanz worker` process, then (fresh database) by two — wall time from the first job's start
  to the last one's end; the speed-up is the ratio.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import redis

sys.path.insert(0, str(Path(__file__).parent))
from ingest_file import BRANDS, write_csv

PG = "postgresql://postgres@127.0.0.1:5432/test"
REDIS = "redis://127.0.0.1:6379/14"


@contextmanager
def backend(name: str, tmp: Path) -> Iterator[tuple[str, str]]:
    """(database URL, queue URL), fresh and empty."""
    if name == "embedded":
        tag = uuid.uuid4().hex[:8]
        yield f"sqlite:///{tmp / f'{tag}.db'}", f"sqlite:///{tmp / f'{tag}.jobs.db'}"
        return
    schema = "bench_" + uuid.uuid4().hex[:8]
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    client = redis.Redis.from_url(REDIS)
    client.flushdb()
    try:
        yield f"{PG}?options=-csearch_path%3D{schema}", REDIS
    finally:
        client.flushdb()
        client.close()
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def _runtime(db: str, queue_url: str, **settings: Any) -> Any:
    from resonanz.jobs.runtime import Runtime
    from resonanz.plugins import make_registry
    from resonanz.settings import load_settings
    from resonanz.store import Store

    cfg = load_settings(environ={}, database_url=db, jobs_url=queue_url, **settings)
    return Runtime(cfg, Store.open(db), make_registry())


def _wait_done(runtime: Any, ids: list[int], timeout: float = 3600) -> None:
    from resonanz.store import jobs as ledger
    from resonanz.store.jobs import JobState

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with runtime.store.read() as conn:
            states = [ledger.get_job(conn, i).state for i in ids[-1:] + ids[:1]]
            if all(s is JobState.DONE for s in states):
                active = ledger.list_jobs(conn, states=(JobState.QUEUED, JobState.RUNNING))
                if not active:
                    return
        time.sleep(0.02)
    raise SystemExit("jobs did not finish in time")


def noop_jobs(db: str, queue_url: str, n: int) -> float:
    from resonanz.jobs.base import JobKind
    from resonanz.jobs.queue import JobQueue, make_huey
    from resonanz.jobs.worker import Background
    from resonanz.store import jobs as ledger
    from resonanz.store import users as user_store

    runtime = _runtime(db, queue_url)
    runtime.registry.jobs["noop"] = JobKind("noop", lambda ctx, args: {})
    queue = JobQueue(runtime, make_huey(queue_url, name=uuid.uuid4().hex))
    background = Background(queue, workers=2, schedule=False)
    background.start()
    started = time.perf_counter()
    ids = []
    for _ in range(n):
        with runtime.store.transaction() as conn:
            job = ledger.add_job(
                conn, "noop", {}, by=user_store.system_user(conn), now=runtime.clock()
            )
        queue.dispatch(job)
        ids.append(job.id)
    _wait_done(runtime, ids)
    seconds = time.perf_counter() - started
    background.stop()
    runtime.store.close()
    return n / seconds


def bare_huey(queue_url: str, n: int) -> float:
    import threading

    from resonanz.jobs.queue import _EmbeddedConsumer, make_huey

    huey = make_huey(queue_url, name=uuid.uuid4().hex)
    done = threading.Semaphore(0)

    @huey.task(name="noop")  # type: ignore[misc]
    def noop() -> None:
        done.release()

    consumer = _EmbeddedConsumer(
        huey,
        workers=2,
        worker_type="thread",
        periodic=False,
        initial_delay=0.05,
        max_delay=1.0,
        check_worker_health=False,
    )
    consumer.start()
    started = time.perf_counter()
    for _ in range(n):
        noop()
    for _ in range(n):
        done.acquire()
    seconds = time.perf_counter() - started
    consumer.stop(graceful=True)
    return n / seconds


def _add_sources(db: str, files: list[Path]) -> None:
    from resonanz.model import Monitor, MonitorKind, SourceConfig
    from resonanz.store import Store
    from resonanz.store import monitors as monitor_store
    from resonanz.store import sources as source_store
    from resonanz.store import users as user_store

    store = Store.open(db)
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        for name in BRANDS:
            monitor_store.add_monitor(
                conn,
                Monitor(name=name, query=f'"{name}" OR #{name.lower()}', kind=MonitorKind.BRAND),
                by=system,
                now=datetime.now(UTC),
            )
        for i, path in enumerate(files):
            source_store.add_source(
                conn,
                SourceConfig(
                    name=f"part{i}",
                    kind="file",
                    interval_seconds=86_400,
                    config={"path": str(path), "batch_size": 1000},
                ),
                by=system,
                now=datetime.now(UTC),
            )
    store.close()


def _split(path: Path, parts: int) -> list[Path]:
    lines = path.read_text().splitlines(keepends=True)
    header, rows = lines[0], lines[1:]
    out = []
    for i in range(parts):
        part = path.with_name(f"{path.stem}-{i}.csv")
        part.write_text(header + "".join(rows[i::parts]))
        out.append(part)
    return out


def ingest_with_workers(
    db: str, queue_url: str, files: list[Path], processes: int
) -> tuple[float, int]:
    """Queue one ingest job per source, run `processes` worker processes until all are done.
    Returns (seconds from the first job's start to the last one's end, posts stored)."""
    import sqlalchemy as sa

    from resonanz.jobs.ingest import INGEST_SOURCE, ingest_key
    from resonanz.jobs.queue import JobQueue
    from resonanz.store import jobs as ledger
    from resonanz.store import sources as source_store
    from resonanz.store import users as user_store
    from resonanz.store.schema import posts

    _add_sources(db, files)
    runtime = _runtime(db, queue_url)
    queue = JobQueue.open(runtime)
    ids = []
    with runtime.store.transaction() as conn:
        system = user_store.system_user(conn)
        jobs = [
            ledger.add_job(
                conn,
                INGEST_SOURCE,
                {"source_id": s.id},
                by=system,
                now=runtime.clock(),
                key=ingest_key(s.id or 0),
            )
            for s in source_store.list_sources(conn)
        ]
    for job in jobs:
        queue.dispatch(job)
        ids.append(job.id)
    env = {
        **os.environ,
        "RESONANZ_DATABASE_URL": db,
        "RESONANZ_JOBS_URL": queue_url,
        "RESONANZ_INGEST_BATCH_LIMIT": "100000",
    }
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "resonanz", "worker", "--workers", "1", "--no-scheduler"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(processes)
    ]
    try:
        _wait_done(runtime, ids)
    finally:
        for w in workers:
            w.terminate()
        for w in workers:
            w.wait(60)
    with runtime.store.read() as conn:
        done = [ledger.get_job(conn, i) for i in ids]
        stored = conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one()
    runtime.store.close()
    first = min(j.started_at for j in done if j.started_at)
    last = max(j.finished_at for j in done if j.finished_at)
    return (last - first).total_seconds(), int(stored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noop", type=int, default=2000, help="no-op jobs per backend")
    parser.add_argument("--posts", type=int, default=200_000, help="posts in the split file")
    parser.add_argument("--backend", choices=["embedded", "several", "both"], default="both")
    args = parser.parse_args()
    names = ["embedded", "several"] if args.backend == "both" else [args.backend]
    labels = {"embedded": "SQLite + SQLite queue", "several": "PostgreSQL + Redis"}
    print(f"background jobs, {os.cpu_count()} cores; huey underneath, our ledger on top")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        small = tmp / "small.csv"
        write_csv(small, 20 * 500)
        small_parts = _split(small, 20)
        big = tmp / "big.csv"
        write_csv(big, args.posts)
        big_parts = _split(big, 8)
        print(f"{'backend':<24} {'measure':<34} {'figure':>14}")
        for name in names:
            label = labels[name]
            with backend(name, tmp) as (db, q):
                rate = bare_huey(q, args.noop)
            print(f"{label:<24} {'bare huey task (baseline)':<34} {rate:>9,.0f} /s")
            with backend(name, tmp) as (db, q):
                rate = noop_jobs(db, q, args.noop)
            print(f"{label:<24} {'no-op job (ledger + huey)':<34} {rate:>9,.0f} /s")
            with backend(name, tmp) as (db, q):
                seconds, stored = ingest_with_workers(db, q, small_parts, 1)
            print(
                f"{label:<24} {'ingest job (500 posts each)':<34} {20 / seconds:>9,.1f} /s"
                f"   ({stored / seconds:,.0f} posts/s)"
            )
            timings = {}
            for processes in (1, 2):
                with backend(name, tmp) as (db, q):
                    seconds, stored = ingest_with_workers(db, q, big_parts, processes)
                timings[processes] = seconds
                print(
                    f"{label:<24} {f'{stored:,} posts, {processes} worker(s)':<34} "
                    f"{seconds:>10,.1f} s   ({stored / seconds:,.0f} posts/s)"
                )
            print(
                f"{label:<24} {'speed-up of 2 workers over 1':<34} "
                f"{timings[1] / timings[2]:>11,.2f}×"
            )


if __name__ == "__main__":
    main()
