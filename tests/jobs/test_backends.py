"""Jobs through real queues with real worker threads: the embedded SQLite file (one machine)
and Redis (several machines). Retries wait in huey's schedule (`eta`) and then run."""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from resonanz.jobs.base import JobContext, JobKind, JobResult
from resonanz.jobs.queue import JobQueue, jobs_url, make_huey
from resonanz.jobs.runtime import Runtime
from resonanz.jobs.worker import Background
from resonanz.plugins import Registry
from resonanz.settings import Settings, load_settings
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.jobs import Job, JobState

seen: list[int] = []


def record(ctx: JobContext, args: Mapping[str, Any]) -> JobResult:
    if args.get("fail_once") and ctx.job.attempts == 1:
        raise RuntimeError("first attempt fails")
    seen.append(int(args["n"]))
    return {"n": args["n"], "worker": ctx.job.worker}


@pytest.fixture(params=["sqlite", pytest.param("redis", marks=pytest.mark.postgres)])
def queue(request: pytest.FixtureRequest, tmp_path: Path, registry: Registry) -> JobQueue:
    """Embedded: SQLite database + SQLite queue file. Several machines: PostgreSQL + Redis."""
    seen.clear()
    registry.jobs["record"] = JobKind("record", record, retry_base_seconds=0.5)
    if request.param == "sqlite":
        store: Store = request.getfixturevalue("sqlite_store")
        url = f"sqlite:///{tmp_path / 'jobs.db'}"
    else:
        store = request.getfixturevalue("postgres_store")
        url = request.getfixturevalue("redis_url")
    settings = load_settings(environ={}, jobs_url=url)
    return JobQueue(Runtime(settings, store, registry), make_huey(url, name=uuid.uuid4().hex))


def _add(queue: JobQueue, n: int, **args: Any) -> Job:
    runtime = queue.runtime
    with runtime.store.transaction() as conn:
        return ledger.add_job(
            conn, "record", {"n": n, **args}, by=user_store.system_user(conn), now=runtime.clock()
        )


def _wait(queue: JobQueue, ids: list[int], timeout: float = 30.0) -> list[Job]:
    deadline = time.monotonic() + timeout
    while True:
        with queue.runtime.store.read() as conn:
            jobs = [ledger.get_job(conn, i) for i in ids]
        if all(j.state is JobState.DONE for j in jobs) or time.monotonic() > deadline:
            return jobs
        time.sleep(0.05)


def test_worker_threads_run_each_dispatched_job_once(queue: JobQueue) -> None:
    background = Background(queue, workers=2, schedule=False)
    background.start()
    try:
        jobs = [_add(queue, n) for n in range(30)]
        for job in jobs:
            queue.dispatch(job)
        ended = _wait(queue, [j.id for j in jobs])
    finally:
        background.stop()
    assert [j.state for j in ended] == [JobState.DONE] * 30
    assert sorted(seen) == list(range(30))  # each exactly once


def test_a_failed_attempt_waits_in_the_schedule_and_runs_again(queue: JobQueue) -> None:
    background = Background(queue, workers=1, schedule=False)
    background.start()
    try:
        job = _add(queue, 7, fail_once=True)
        queue.dispatch(job)
        [ended] = _wait(queue, [job.id])
    finally:
        background.stop()
    assert ended.state is JobState.DONE and ended.attempts == 2
    assert seen == [7]


def test_a_job_written_while_no_worker_ran_is_swept_up_later(queue: JobQueue) -> None:
    job = _add(queue, 1)  # the process died before dispatching it
    background = Background(queue, workers=1, schedule=False)
    background.start()
    try:
        time.sleep(0.3)
        with queue.runtime.store.read() as conn:
            assert ledger.get_job(conn, job.id).state is JobState.QUEUED
        queue.runtime.settings = load_settings(environ={}, job_stale_seconds=1)
        time.sleep(1.1)
        assert [j.id for j in queue.sweep()] == [job.id]
        [ended] = _wait(queue, [job.id])
    finally:
        background.stop()
    assert ended.state is JobState.DONE


def test_the_embedded_queue_lives_beside_the_database(tmp_path: Path) -> None:
    def url(db: str) -> str:
        return jobs_url(Settings(database_url=db))

    assert url(f"sqlite:///{tmp_path}/r.db") == f"sqlite:///{tmp_path}/r.jobs.db"
    assert url("sqlite:///:memory:") == "memory://"
    assert url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert jobs_url(Settings(jobs_url="redis://h:6379/0")) == "redis://h:6379/0"
