"""The job contract: a `JobKind` names a function that does one piece of background work.

Job kinds register through the `register_jobs` hook, like sources. A job function receives a
`JobContext` (the runtime of this worker process, the job's ledger record, its actor and a
`progress()` callback) and the job's JSON arguments, and returns a small JSON result. It must be
idempotent: after a crash the same job runs again (see `resonanz.store.jobs`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from resonanz.errors import ResonanzError
from resonanz.model import User
from resonanz.store.jobs import Job

if TYPE_CHECKING:
    from resonanz.jobs.runtime import Runtime

JobResult = Mapping[str, Any]


class JobLost(ResonanzError):
    """This worker no longer owns the job (it was taken over after a missed heartbeat)."""


@dataclass(frozen=True, slots=True)
class JobKind:
    """One kind of background job. `run(ctx, args)` does the work and returns a result."""

    name: str
    run: Callable[[JobContext, Mapping[str, Any]], JobResult]
    title: str = ""
    max_attempts: int = 5
    """Attempts before the job is failed for good (retried with exponential backoff)."""
    retry_base_seconds: float = 10.0
    """The first retry waits this long; each further one twice as long (at most an hour)."""


@dataclass
class JobContext:
    """What a running job may use. `progress(done, total)` also beats the heartbeat and raises
    `JobLost` when another worker has taken the job over."""

    runtime: Runtime
    job: Job
    by: User
    progress: Callable[[int, int], None] = field(default=lambda done, total: None)

    def now(self) -> datetime:
        return self.runtime.clock()
