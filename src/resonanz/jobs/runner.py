"""Run one job from the ledger: claim it, run its kind with a heartbeat, finish or fail it.

The same function runs a job whichever queue delivered it (the embedded SQLite queue, Redis, or
inline in a CLI command). A failed attempt is queued again with exponential backoff until the
kind's `max_attempts`; its last error stays on the job for the CLI and the admin page.
"""

from __future__ import annotations

import logging
import os
import socket
import traceback
from datetime import timedelta

from resonanz.jobs.base import JobContext, JobKind, JobLost
from resonanz.jobs.runtime import Runtime
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.jobs import Job

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=2)
"""A running job without a heartbeat for this long is taken to have lost its worker."""

MAX_RETRY_DELAY = timedelta(hours=1)


def worker_name() -> str:
    """This process, as the ledger names it: host and pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def retry_delay(kind: JobKind, attempts: int) -> timedelta:
    """Exponential backoff: base, 2×base, 4×base, … at most an hour."""
    seconds = kind.retry_base_seconds * (2 ** max(attempts - 1, 0))
    return min(timedelta(seconds=seconds), MAX_RETRY_DELAY)


def execute(
    runtime: Runtime, job_id: int, *, worker: str | None = None, stale: timedelta = STALE_AFTER
) -> Job | None:
    """Claim and run job `job_id`. Returns the job as it ended, or None when this worker did not
    get it (another worker has it, it is finished, or it is not yet due). A job running
    elsewhere is taken over when its heartbeat is older than `stale`."""
    worker = worker or worker_name()
    store = runtime.store
    with store.transaction() as conn:
        job = ledger.claim_job(conn, job_id, worker=worker, now=runtime.clock(), stale=stale)
        if job is None:
            return None
        by = (
            user_store.get_user(conn, job.created_by_id)
            if job.created_by_id is not None
            else user_store.system_user(conn)
        )
    try:
        kind = runtime.registry.job_kind(job.kind)
    except Exception as exc:  # an unknown kind fails for good: no retry can fix it
        return _fail(runtime, job, worker, f"{type(exc).__name__}: {exc}", retry=False)

    def progress(done: int, total: int) -> None:
        with store.transaction() as conn:
            if not ledger.beat(
                conn, job.id, worker=worker, now=runtime.clock(), done=done, total=total
            ):
                raise JobLost(f"job {job.id} is no longer run by {worker}")

    ctx = JobContext(runtime=runtime, job=job, by=by, progress=progress)
    try:
        result = kind.run(ctx, job.args)
    except JobLost:
        log.warning("job %s (%s) was taken over; this worker stops", job.id, job.kind)
        return None
    except Exception as exc:
        log.exception("job %s (%s) failed (attempt %s)", job.id, job.kind, job.attempts)
        detail = "".join(traceback.format_exception_only(exc)).strip()
        return _fail(
            runtime, job, worker, detail, retry=job.attempts < kind.max_attempts, kind=kind
        )
    with store.transaction() as conn:
        ledger.finish_job(conn, job.id, worker=worker, now=runtime.clock(), result=dict(result))
        return ledger.get_job(conn, job.id)


def _fail(
    runtime: Runtime,
    job: Job,
    worker: str,
    error: str,
    *,
    retry: bool,
    kind: JobKind | None = None,
) -> Job | None:
    now = runtime.clock()
    retry_at = now + retry_delay(kind, job.attempts) if retry and kind is not None else None
    with runtime.store.transaction() as conn:
        return ledger.fail_job(conn, job.id, worker=worker, now=now, error=error, retry_at=retry_at)
