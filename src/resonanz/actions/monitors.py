"""Monitor actions: add, edit, delete and re-match a monitor, each with its backfill job.

Every action takes the acting `User` (`by`, never None: the CLI acts as the system user) and
the time (`now`). The backfill is never run here: it is a `backfill_monitor` job written in
the transaction of the change (so a monitor without its backfill cannot be committed) and
handed to `dispatcher` after the commit — the task queue in `serve`, `Inline` in the CLI,
which then waits for it. At most one backfill per monitor is queued or running; asking again
returns that one (a running backfill notices an edit and starts again, see
`resonanz.backfill`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from resonanz import access
from resonanz.access import Permission
from resonanz.backfill import BACKFILL_MONITOR, backfill_key
from resonanz.errors import NotFound, StoreError
from resonanz.jobs.dispatch import Dispatcher
from resonanz.model import Monitor, MonitorKind, User
from resonanz.pipeline import matcher_factory
from resonanz.query import parse_query
from resonanz.store import Store, audit
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store.jobs import Job

__all__ = [
    "MonitorChanges",
    "MonitorSpec",
    "add_monitor",
    "check_query",
    "delete_monitor",
    "request_backfill",
    "update_monitor",
]


@dataclass(frozen=True, slots=True)
class MonitorSpec:
    """What a new monitor is made of (the store gives it its id and times)."""

    name: str
    query: str
    kind: MonitorKind = MonitorKind.TOPIC
    languages: tuple[str, ...] = ()
    description: str = ""
    active: bool = True
    exclusions: str = ""


@dataclass(frozen=True, slots=True)
class MonitorChanges:
    """The fields an edit changes; None leaves a field as it is."""

    name: str | None = None
    query: str | None = None
    kind: MonitorKind | None = None
    languages: tuple[str, ...] | None = None
    description: str | None = None
    active: bool | None = None
    exclusions: str | None = None


def check_query(query: str, exclusions: str = "") -> None:
    """Raise `QueryError` if `query` or `exclusions` would not compile for ingest. The query's
    own error comes as the user wrote it (positions in `query`), not named after a monitor."""
    parse_query(query)
    matcher_factory()([Monitor(name="check", query=query, exclusions=exclusions, id=0)])


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise StoreError("a monitor needs a name")
    return name


def _backfill_job(conn: sa.Connection, monitor_id: int, *, by: User, now: datetime) -> Job:
    return ledger.add_job(
        conn,
        BACKFILL_MONITOR,
        {"monitor_id": monitor_id},
        by=by,
        now=now,
        key=backfill_key(monitor_id),
    )


def add_monitor(
    store: Store, spec: MonitorSpec, *, by: User, now: datetime, dispatcher: Dispatcher
) -> tuple[Monitor, Job]:
    """Create a monitor and schedule the backfill that matches it against the stored posts.

    Raises `PermissionDenied` (needs `edit_monitors`), `QueryError` for an invalid query or
    exclusions, `StoreError` for an empty or taken name. Returns the monitor and its job (as
    written; with an `Inline` dispatcher it has run by the time this returns)."""
    access.require(by, Permission.EDIT_MONITORS)
    check_query(spec.query, spec.exclusions)
    monitor = Monitor(
        name=_check_name(spec.name),
        query=spec.query,
        kind=MonitorKind(spec.kind),
        languages=tuple(spec.languages),
        description=spec.description,
        active=spec.active,
        exclusions=spec.exclusions,
    )
    with store.transaction() as conn:
        saved = monitor_store.add_monitor(conn, monitor, by=by, now=now)
        job = _backfill_job(conn, saved.saved_id, by=by, now=now)
    dispatcher.dispatch(job)
    return saved, job


def update_monitor(
    store: Store,
    monitor_id: int,
    changes: MonitorChanges,
    *,
    by: User,
    now: datetime,
    dispatcher: Dispatcher,
) -> tuple[Monitor, Job | None]:
    """Edit a monitor. When its query, exclusions or languages change, its mentions and
    rollups are deleted and a backfill is scheduled, all in the edit's transaction.

    Raises `PermissionDenied`, `NotFound`, `QueryError` (the new query with the new or kept
    exclusions must compile) and `StoreError` (name empty or taken). Returns the monitor as it
    is now and the backfill job, or None when nothing it matches changed."""
    access.require(by, Permission.EDIT_MONITORS)
    name = None if changes.name is None else _check_name(changes.name)
    with store.transaction() as conn:
        locked = monitor_store.monitor_generation(conn, monitor_id, lock=True)
        if locked is None:
            raise NotFound(f"monitor {monitor_id} does not exist")
        old = locked[0]  # locked: a concurrent edit cannot slip between this and the update
        if changes.query is not None or changes.exclusions is not None:
            check_query(
                old.query if changes.query is None else changes.query,
                old.exclusions if changes.exclusions is None else changes.exclusions,
            )
        new = monitor_store.update_monitor(
            conn,
            monitor_id,
            name=name,
            query=changes.query,
            kind=changes.kind,
            languages=changes.languages,
            active=changes.active,
            description=changes.description,
            exclusions=changes.exclusions,
            by=by,
            now=now,
        )
        job = (
            _backfill_job(conn, monitor_id, by=by, now=now)
            if monitor_store.matching_changed(old, new)
            else None
        )
    if job is not None:
        dispatcher.dispatch(job)
    return new, job


def delete_monitor(store: Store, monitor_id: int, *, by: User, now: datetime) -> Monitor:
    """Delete a monitor with its mentions and rollups (audited). A pending backfill of it
    finds it gone and ends with `{"deleted": true}`. Returns the deleted monitor. Raises
    `PermissionDenied` or `NotFound`."""
    access.require(by, Permission.EDIT_MONITORS)
    with store.transaction() as conn:
        return monitor_store.delete_monitor(conn, monitor_id, by=by, now=now)


def request_backfill(
    store: Store, monitor_id: int, *, by: User, now: datetime, dispatcher: Dispatcher
) -> Job:
    """Match a monitor against the stored posts again (`resonanz monitors backfill`): adds the
    mentions that are missing, nothing twice. Returns the job (an active one if there is)."""
    access.require(by, Permission.EDIT_MONITORS)
    with store.transaction() as conn:
        monitor = monitor_store.get_monitor(conn, monitor_id)
        job = _backfill_job(conn, monitor_id, by=by, now=now)
        audit.record(
            conn,
            audit.AuditAction.MONITOR_BACKFILL,
            monitor.name,
            by=by,
            now=now,
            detail={"job": job.id},
        )
    dispatcher.dispatch(job)
    return job
