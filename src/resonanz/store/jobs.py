"""The job ledger: every background job with its state, attempts, progress and last error.

A job is written here *in the transaction of the change that asks for it* (`add_job`), so a
monitor saved without its backfill job cannot happen; the task queue is told after the commit
(`resonanz.jobs.JobQueue.dispatch`). A worker claims a job with `claim_job` — an atomic state
change that only one worker can win — beats its heartbeat while it runs, and finishes it with
`finish_job` or `fail_job`. A job whose worker died (no heartbeat for a while) or that was never
handed to the queue is found by `lost_jobs` and dispatched again: job bodies are idempotent
(cursors commit with their data, mentions are unique), so a job that runs again after a crash
has its effects exactly once.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from resonanz.access import Permission, require
from resonanz.errors import NotFound, StoreError
from resonanz.model import User
from resonanz.store import audit
from resonanz.store.schema import jobs, users


class JobState(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


ACTIVE = (JobState.QUEUED, JobState.RUNNING)
ACTIVE_KEY_PREDICATE = "state IN ('queued', 'running')"
"""The predicate of the unique index `ux_jobs_active_key` (see `resonanz.store.schema`)."""


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    kind: str
    args: Mapping[str, Any]
    state: JobState
    key: str | None
    attempts: int
    max_attempts: int
    last_error: str
    progress_done: int
    progress_total: int
    result: Mapping[str, Any]
    worker: str
    created_by: str
    """The username of who asked for it."""
    created_by_id: int | None
    created_at: datetime
    run_after: datetime
    started_at: datetime | None
    heartbeat_at: datetime | None
    finished_at: datetime | None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE


def _select() -> sa.Select[Any]:
    return sa.select(jobs, users.c.username.label("by_name")).select_from(
        jobs.outerjoin(users, users.c.id == jobs.c.created_by)
    )


def _job(row: sa.Row[Any]) -> Job:
    m = row._mapping
    return Job(
        id=m["id"],
        kind=m["kind"],
        args=dict(m["args"]),
        state=JobState(m["state"]),
        key=m["key"],
        attempts=m["attempts"],
        max_attempts=m["max_attempts"],
        last_error=m["last_error"],
        progress_done=m["progress_done"],
        progress_total=m["progress_total"],
        result=dict(m["result"] or {}),
        worker=m["worker"],
        created_by=m["by_name"] or "",
        created_by_id=m["created_by"],
        created_at=m["created_at"],
        run_after=m["run_after"],
        started_at=m["started_at"],
        heartbeat_at=m["heartbeat_at"],
        finished_at=m["finished_at"],
    )


def add_job(
    conn: sa.Connection,
    kind: str,
    args: Mapping[str, Any],
    *,
    by: User,
    now: datetime,
    key: str | None = None,
    max_attempts: int = 5,
) -> Job:
    """Record a new queued job (in the caller's transaction). With a `key`, an active job of
    the same key is returned instead of a second one (one backfill per monitor at a time)."""
    while True:
        job = add_job_if_new(conn, kind, args, by=by, now=now, key=key, max_attempts=max_attempts)
        if job is not None:
            return job
        assert key is not None  # only a keyed job can already exist
        active = _active_with_key(conn, key)
        if active is not None:
            return active
        # it finished between the insert and the read: insert again


def add_job_if_new(
    conn: sa.Connection,
    kind: str,
    args: Mapping[str, Any],
    *,
    by: User,
    now: datetime,
    key: str | None = None,
    max_attempts: int = 5,
) -> Job | None:
    """Like `add_job`, but None when an active job of the same `key` exists (the scheduler
    dispatches only the jobs it really added). The unique partial index on active keys makes
    this hold when two schedulers race."""
    values = {
        "kind": kind,
        "args": dict(args),
        "state": str(JobState.QUEUED),
        "key": key,
        "max_attempts": max_attempts,
        "result": {},
        "created_by": by.id,
        "created_at": now,
        "run_after": now,
    }
    insert = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(jobs)
    stmt = insert.values(**values)
    if key is not None:  # the index's own predicate, literally, so both databases infer it
        stmt = stmt.on_conflict_do_nothing(
            index_elements=[jobs.c.key], index_where=sa.text(ACTIVE_KEY_PREDICATE)
        )
    job_id = conn.execute(stmt.returning(jobs.c.id)).scalar()
    return None if job_id is None else get_job(conn, job_id)


def _active_with_key(conn: sa.Connection, key: str) -> Job | None:
    row = conn.execute(
        _select().where(jobs.c.key == key, jobs.c.state.in_([str(s) for s in ACTIVE]))
    ).first()
    return None if row is None else _job(row)


def get_job(conn: sa.Connection, job_id: int) -> Job:
    row = conn.execute(_select().where(jobs.c.id == job_id)).first()
    if row is None:
        raise NotFound(f"job {job_id} does not exist")
    return _job(row)


def list_jobs(
    conn: sa.Connection,
    *,
    states: tuple[JobState, ...] = (),
    kind: str | None = None,
    key: str | None = None,
    limit: int = 100,
) -> list[Job]:
    """Jobs newest first, optionally only of some states, one kind or one key."""
    stmt = _select().order_by(jobs.c.id.desc()).limit(limit)
    if states:
        stmt = stmt.where(jobs.c.state.in_([str(s) for s in states]))
    if kind is not None:
        stmt = stmt.where(jobs.c.kind == kind)
    if key is not None:
        stmt = stmt.where(jobs.c.key == key)
    return [_job(r) for r in conn.execute(stmt)]


def claim_job(
    conn: sa.Connection, job_id: int, *, worker: str, now: datetime, stale: timedelta
) -> Job | None:
    """Mark the job running for `worker` if it is queued and due, or running with a heartbeat
    older than `stale` (its worker died). Only one worker wins; None for the others, and for a
    job that is finished or not yet due."""
    done = conn.execute(
        sa.update(jobs)
        .where(
            jobs.c.id == job_id,
            jobs.c.run_after <= now,
            sa.or_(
                jobs.c.state == str(JobState.QUEUED),
                sa.and_(jobs.c.state == str(JobState.RUNNING), jobs.c.heartbeat_at < now - stale),
            ),
        )
        .values(
            state=str(JobState.RUNNING),
            worker=worker,
            attempts=jobs.c.attempts + 1,
            started_at=now,
            heartbeat_at=now,
        )
    )
    return get_job(conn, job_id) if done.rowcount else None


def beat(
    conn: sa.Connection,
    job_id: int,
    *,
    worker: str,
    now: datetime,
    done: int | None = None,
    total: int | None = None,
) -> bool:
    """Heartbeat (and progress) of a running job. False if the job is no longer this
    worker's (it was taken over after the worker was thought dead): the worker should stop."""
    values: dict[str, Any] = {"heartbeat_at": now}
    if done is not None:
        values["progress_done"] = done
    if total is not None:
        values["progress_total"] = total
    result = conn.execute(
        sa.update(jobs)
        .where(jobs.c.id == job_id, jobs.c.worker == worker, jobs.c.state == str(JobState.RUNNING))
        .values(**values)
    )
    return bool(result.rowcount)


def finish_job(
    conn: sa.Connection, job_id: int, *, worker: str, now: datetime, result: Mapping[str, Any]
) -> bool:
    """Mark a running job done with its result; False if it was not this worker's any more."""
    done = conn.execute(
        sa.update(jobs)
        .where(jobs.c.id == job_id, jobs.c.worker == worker, jobs.c.state == str(JobState.RUNNING))
        .values(state=str(JobState.DONE), result=dict(result), finished_at=now, last_error="")
    )
    return bool(done.rowcount)


def fail_job(
    conn: sa.Connection,
    job_id: int,
    *,
    worker: str,
    now: datetime,
    error: str,
    retry_at: datetime | None,
) -> Job | None:
    """Record a failed attempt: queued again for `retry_at`, or failed for good when None.
    Returns the job as it is now, or None if it was not this worker's any more."""
    values: dict[str, Any] = {"last_error": error[:4000], "worker": ""}
    if retry_at is None:
        values.update(state=str(JobState.FAILED), finished_at=now)
    else:
        values.update(state=str(JobState.QUEUED), run_after=retry_at)
    done = conn.execute(
        sa.update(jobs)
        .where(jobs.c.id == job_id, jobs.c.worker == worker, jobs.c.state == str(JobState.RUNNING))
        .values(**values)
    )
    return get_job(conn, job_id) if done.rowcount else None


def retry_job(conn: sa.Connection, job_id: int, *, by: User, now: datetime) -> Job:
    """Queue a failed job again with a fresh set of attempts (the admin's "retry"). A failed
    job whose key has an active job again (e.g. the next scheduled ingest) stays as it is:
    the active one does the same work."""
    require(by, Permission.ADMINISTER)
    job = get_job(conn, job_id)
    if job.state is not JobState.FAILED:
        raise StoreError(f"job {job_id} is {job.state}, only a failed job can be retried")
    if job.key is not None and _active_with_key(conn, job.key) is not None:
        raise StoreError(f"job {job_id}: another job for {job.key} is already queued or running")
    conn.execute(
        sa.update(jobs)
        .where(jobs.c.id == job_id, jobs.c.state == str(JobState.FAILED))
        .values(state=str(JobState.QUEUED), attempts=0, run_after=now, finished_at=None)
    )
    audit.record(
        conn,
        audit.AuditAction.JOB_RETRY,
        f"job {job_id}",
        by=by,
        now=now,
        detail={"kind": job.kind},
    )
    return get_job(conn, job_id)


def restart_job(conn: sa.Connection, job_id: int, *, now: datetime) -> Job:
    """Make an active job start over (its input changed, e.g. the monitor was edited while its
    backfill ran): a running one is queued again and its worker loses it — its next heartbeat
    raises `JobLost`, its `finish_job` does nothing. A queued one stays queued, due now."""
    conn.execute(
        sa.update(jobs)
        .where(jobs.c.id == job_id, jobs.c.state.in_([str(s) for s in ACTIVE]))
        .values(state=str(JobState.QUEUED), worker="", run_after=now)
    )
    return get_job(conn, job_id)


def lost_jobs(
    conn: sa.Connection, *, now: datetime, stale: timedelta, limit: int = 100
) -> list[Job]:
    """Jobs to hand to the queue again: queued and due for longer than `stale` (never
    dispatched, or their queue entry was lost), or running without a heartbeat for `stale`."""
    stmt = (
        _select()
        .where(
            sa.or_(
                sa.and_(jobs.c.state == str(JobState.QUEUED), jobs.c.run_after < now - stale),
                sa.and_(jobs.c.state == str(JobState.RUNNING), jobs.c.heartbeat_at < now - stale),
            )
        )
        .order_by(jobs.c.id)
        .limit(limit)
    )
    return [_job(r) for r in conn.execute(stmt)]


def prune_jobs(conn: sa.Connection, *, before: datetime) -> int:
    """Delete finished jobs older than `before`; failed ones stay until retried or pruned."""
    done = conn.execute(
        sa.delete(jobs).where(jobs.c.state == str(JobState.DONE), jobs.c.finished_at < before)
    )
    return int(done.rowcount or 0)
