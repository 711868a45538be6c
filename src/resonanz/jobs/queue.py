"""The task queue: huey underneath, the job ledger on top.

huey moves job ids from the process that asks for work to the worker threads that do it: an
embedded SQLite file beside the database by default (or tables in the same PostgreSQL), Redis
when workers run on several machines (`jobs_url`). Everything that matters lives in our ledger
(`resonanz.store.jobs`): state, attempts, progress, last error. huey *pops* a task when a worker
takes it, so a worker killed mid-job loses huey's copy; the ledger still says "running" with a
heartbeat that stops, and the scheduler's sweep (`JobQueue.sweep`) hands it to the queue again.
Retries are ours too (exponential backoff, scheduled with huey's `eta`), so the last error of
every attempt is visible on the job.
"""

from __future__ import annotations

import logging
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from huey import Huey, MemoryHuey, PostgresHuey, RedisHuey, SqliteHuey
from huey.consumer import Consumer

from resonanz.errors import ConfigError, NotFound
from resonanz.jobs.runner import execute
from resonanz.jobs.runtime import Runtime
from resonanz.settings import Settings
from resonanz.store import jobs as ledger
from resonanz.store.jobs import Job, JobState

log = logging.getLogger(__name__)

QUEUE_NAME = "resonanz"
RETRY_UNREACHABLE_SECONDS = 5.0
"""How soon a job is tried again when the database could not be reached to run it."""


def jobs_url(settings: Settings) -> str:
    """The queue's URL: `jobs_url`, or derived from the database (no extra service)."""
    if settings.jobs_url:
        return settings.jobs_url
    db = settings.database_url
    if db.startswith("sqlite:///"):
        path = db.removeprefix("sqlite:///")
        if path in ("", ":memory:"):
            return "memory://"
        p = Path(path)
        return f"sqlite:///{p.with_name(p.stem + '.jobs' + (p.suffix or '.db'))}"
    return db


def make_huey(url: str, *, name: str = QUEUE_NAME) -> Huey:
    """A huey instance for `url` (`redis://…`, `sqlite:///file`, `postgresql://…`, `memory://`).
    Results are not kept by huey: they go into the ledger."""
    common: dict[str, Any] = {"results": False, "utc": True}
    if url.startswith(("redis://", "rediss://")):
        return RedisHuey(name, url=url, **common)
    if url.startswith("sqlite:///"):
        return SqliteHuey(name, filename=url.removeprefix("sqlite:///"), **common)
    if url.startswith(("postgresql://", "postgresql+psycopg://")):
        dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
        return PostgresHuey(name, dsn=dsn, **common)
    if url == "memory://":
        return MemoryHuey(name, **common)
    raise ConfigError("jobs_url", f"unsupported queue URL {url!r}")


class _EmbeddedConsumer(Consumer):  # type: ignore[misc]
    """huey's consumer without its signal handlers: inside `serve` the web server owns them."""

    def _set_signal_handlers(self) -> None:
        return None


class JobQueue:
    """Dispatches ledger jobs through huey and runs them in this process's workers."""

    def __init__(self, runtime: Runtime, huey: Huey) -> None:
        self.runtime = runtime
        self.huey = huey
        self._task = huey.task(name="run_job")(self._run)

    @classmethod
    def open(cls, runtime: Runtime) -> JobQueue:
        return cls(runtime, make_huey(jobs_url(runtime.settings)))

    @property
    def stale(self) -> timedelta:
        return timedelta(seconds=self.runtime.settings.job_stale_seconds)

    def dispatch(self, job: Job) -> None:
        """Hand a committed job to the queue (at its `run_after`). A queue that cannot be
        reached is logged, not raised: the job is in the ledger and the sweep sends it later."""
        try:
            if job.run_after > self.runtime.clock():
                # An aware time: huey reads a naive one as local time, to the whole second.
                self._task.schedule(args=(job.id,), eta=job.run_after.astimezone(UTC))
            else:
                self._task(job.id)
        except Exception:
            log.exception("could not hand job %s to the queue; the sweep will retry", job.id)

    def _run(self, job_id: int) -> None:
        try:
            self._run_once(job_id)
        except Exception:  # the database was unreachable or locked: try this job again soon
            log.exception("job %s could not be run; handing it to the queue again", job_id)
            self._task.schedule(args=(job_id,), delay=RETRY_UNREACHABLE_SECONDS)

    def _run_once(self, job_id: int) -> None:
        ended = execute(self.runtime, job_id, stale=self.stale)
        if ended is None:  # not ours, finished, or not due yet (clocks of two machines differ)
            try:
                with self.runtime.store.read() as conn:
                    ended = ledger.get_job(conn, job_id)
            except NotFound:  # pruned, or a task from another installation's queue
                return
        if ended.state is JobState.QUEUED:  # failed and retried later, or not yet due
            self.dispatch(ended)

    def sweep(self) -> list[Job]:
        """Dispatch again every job the queue lost: queued but not picked up for `stale`
        (never dispatched, or huey's copy vanished) or running without a heartbeat (its worker
        died). Returns them."""
        with self.runtime.store.read() as conn:
            lost = ledger.lost_jobs(conn, now=self.runtime.clock(), stale=self.stale)
        for job in lost:
            log.warning(
                "job %s (%s, %s) was lost; dispatching it again", job.id, job.kind, job.state
            )
            self.dispatch(job)
        return lost

    def pending(self) -> int:
        """Tasks waiting in huey (not counting scheduled retries)."""
        return int(self.huey.pending_count())

    def consumer(self, workers: int, *, embedded: bool) -> Consumer:
        """huey's consumer with `workers` threads. Embedded (inside `serve`) it leaves the
        signal handlers alone; standalone (`resonanz worker`) SIGINT/SIGTERM stop it gracefully."""
        cls = _EmbeddedConsumer if embedded else Consumer
        return cls(
            self.huey,
            workers=workers,
            worker_type="thread",
            periodic=False,
            initial_delay=0.05,
            max_delay=1.0,
            scheduler_interval=1,
            check_worker_health=not embedded,
            graceful_signal="TERM",
        )
