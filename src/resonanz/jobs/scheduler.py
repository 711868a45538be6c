"""The scheduler: a synchronous `tick()` that turns due work into jobs and finds lost ones.

Each tick adds an `ingest_source` job for every due source (one per source at a time: the
ledger refuses a second active job of the same key, even when schedulers on two machines
race), hands the new jobs to the queue, and dispatches again the jobs the queue lost (a worker
killed mid-job). The jobs themselves run on the queue's workers. Tests call `tick()` with an
injected clock; `run_until` is the loop `serve` and `resonanz worker` run in a thread.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta

from resonanz.jobs.ingest import INGEST_SOURCE, ingest_key
from resonanz.jobs.queue import JobQueue
from resonanz.store import jobs as ledger
from resonanz.store import sources as source_store
from resonanz.store import users as user_store
from resonanz.store.jobs import Job

log = logging.getLogger(__name__)

KEEP_FINISHED = timedelta(days=14)
"""Done jobs are pruned from the ledger after this long; failed ones stay until retried."""


class Scheduler:
    def __init__(self, queue: JobQueue) -> None:
        self.queue = queue
        self._pruned_at: datetime | None = None

    def tick(self) -> list[Job]:
        """Queue an ingest job per due source and re-dispatch lost jobs. Returns the new jobs."""
        runtime = self.queue.runtime
        now = runtime.clock()
        added: list[Job] = []
        with runtime.store.transaction() as conn:
            system = user_store.system_user(conn)
            for config in source_store.due_sources(conn, now):
                job = ledger.add_job_if_new(
                    conn,
                    INGEST_SOURCE,
                    {"source_id": config.saved_id},
                    by=system,
                    now=now,
                    key=ingest_key(config.saved_id),
                    max_attempts=runtime.registry.job_kind(INGEST_SOURCE).max_attempts,
                )
                if job is not None:
                    added.append(job)
            if self._pruned_at is None or now - self._pruned_at > timedelta(hours=1):
                ledger.prune_jobs(conn, before=now - KEEP_FINISHED)
                self._pruned_at = now
        for job in added:
            self.queue.dispatch(job)
        self.queue.sweep()
        return added

    def run_until(self, stop: threading.Event, interval_seconds: float) -> None:
        """Tick every `interval_seconds` until `stop` is set. Errors are logged, not fatal."""
        while not stop.is_set():
            try:
                self.tick()
            except Exception:  # a broken tick must not stop the server's scheduler
                log.exception("scheduler tick failed")
            stop.wait(interval_seconds)

    def start_thread(self, interval_seconds: float) -> tuple[threading.Thread, threading.Event]:
        stop = threading.Event()
        thread = threading.Thread(
            target=self.run_until,
            args=(stop, interval_seconds),
            name="resonanz-scheduler",
            daemon=True,
        )
        thread.start()
        return thread, stop
