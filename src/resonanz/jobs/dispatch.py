"""How a committed job reaches a worker.

A change that asks for background work writes the job into the ledger in its own transaction
(`resonanz.store.jobs.add_job`) and, after the commit, tells a `Dispatcher`. Which one depends on
the face: `resonanz serve` and `resonanz worker` hand the job to the task queue
(`resonanz.jobs.queue.JobQueue`), a CLI command may run it at once in its own process
(`Inline`). Nothing is lost if the dispatch never happens: the queue's periodic sweep hands
every queued job that waited too long to a worker (`resonanz.store.jobs.lost_jobs`).
"""

from __future__ import annotations

from typing import Protocol

from resonanz.jobs.runtime import Runtime
from resonanz.store.jobs import Job


class Dispatcher(Protocol):
    def dispatch(self, job: Job) -> None:
        """Hand a committed job to whoever runs it (must not raise for a queue outage)."""


class LedgerOnly:
    """Leaves the job in the ledger; the queue's sweep picks it up (tests, read-only faces)."""

    def dispatch(self, job: Job) -> None:
        return None


class Inline:
    """Runs the job now, in this process (the CLI's `monitors add` waits for its backfill)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def dispatch(self, job: Job) -> None:
        from resonanz.jobs.runner import execute

        execute(self.runtime, job.id)
