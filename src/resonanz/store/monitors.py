"""Monitors: saved queries.

The verbs here write a monitor and its audit entry in the caller's transaction; they do not
check the query or the actor's permission, nor schedule the backfill: that is the whole job of
`resonanz.actions.monitors`, which the web and the CLI call.

`updated_at` doubles as the *generation* of a monitor: it strictly increases with every change,
and a running backfill (`resonanz.backfill`) compares it (`monitor_generation`) before each chunk,
so that a monitor edited while its backfill runs is matched again from scratch.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import sqlalchemy as sa

from resonanz.errors import NotFound, StoreError
from resonanz.model import Monitor, MonitorKind, User
from resonanz.store import audit, rollups
from resonanz.store.schema import mentions, monitors


def _monitor(row: sa.Row[tuple[object, ...]]) -> Monitor:
    m = row._mapping
    return Monitor(
        id=m["id"],
        name=m["name"],
        query=m["query"],
        kind=MonitorKind(m["kind"]),
        languages=tuple(m["languages"]),
        description=m["description"],
        active=m["active"],
        created_at=m["created_at"],
        exclusions=m["exclusions"],
    )


def add_monitor(conn: sa.Connection, monitor: Monitor, *, by: User, now: datetime) -> Monitor:
    """Create a monitor (its query must already be valid) and record it in the audit log."""
    if conn.execute(sa.select(monitors.c.id).where(monitors.c.name == monitor.name)).first():
        raise StoreError(f"a monitor named {monitor.name!r} exists already")
    new_id = conn.execute(
        sa.insert(monitors)
        .values(
            name=monitor.name,
            kind=str(monitor.kind),
            query=monitor.query,
            languages=list(monitor.languages),
            description=monitor.description,
            active=monitor.active,
            exclusions=monitor.exclusions,
            created_at=now,
            updated_at=now,
        )
        .returning(monitors.c.id)
    ).scalar_one()
    audit.record(
        conn,
        audit.AuditAction.MONITOR_ADD,
        monitor.name,
        by=by,
        now=now,
        detail={"query": monitor.query},
    )
    return get_monitor(conn, new_id)


def get_monitor(conn: sa.Connection, monitor_id: int) -> Monitor:
    row = conn.execute(sa.select(monitors).where(monitors.c.id == monitor_id)).first()
    if row is None:
        raise NotFound(f"monitor {monitor_id} does not exist")
    return _monitor(row)


def monitor_generation(
    conn: sa.Connection, monitor_id: int, *, lock: bool = False
) -> tuple[Monitor, datetime] | None:
    """The monitor and its generation (`updated_at`), or None when it was deleted. With `lock`,
    the row is locked against changes until the caller's transaction ends (PostgreSQL
    `FOR UPDATE`; SQLite writers are serialised anyway): a backfill chunk locks it first, so an
    edit or a delete waits for the chunk's mentions to commit and then deletes them too."""
    stmt = sa.select(monitors).where(monitors.c.id == monitor_id)
    row = conn.execute(stmt.with_for_update() if lock else stmt).first()
    if row is None:
        return None
    return _monitor(row), row._mapping["updated_at"]


def _next_generation(conn: sa.Connection, monitor_id: int, now: datetime) -> datetime:
    """`now`, or just after the current generation when the clock has not moved on (a frozen
    test clock, two edits within a microsecond): a generation never repeats."""
    current: datetime = conn.execute(
        sa.select(monitors.c.updated_at).where(monitors.c.id == monitor_id)
    ).scalar_one()
    return max(now, current + timedelta(microseconds=1))


def find_monitor(conn: sa.Connection, name_or_id: str) -> Monitor:
    cond = monitors.c.name == name_or_id
    if name_or_id.isdigit():
        cond = sa.or_(cond, monitors.c.id == int(name_or_id))
    row = conn.execute(sa.select(monitors).where(cond)).first()
    if row is None:
        raise NotFound(f"no monitor named {name_or_id!r}")
    return _monitor(row)


def list_monitors(conn: sa.Connection, *, active_only: bool = False) -> list[Monitor]:
    stmt = sa.select(monitors).order_by(monitors.c.id)
    if active_only:
        stmt = stmt.where(monitors.c.active == sa.true())
    return [_monitor(r) for r in conn.execute(stmt)]


def mention_stats(conn: sa.Connection, monitor_id: int, since: datetime) -> tuple[int, int]:
    """(all mentions, mentions created since `since`) of a monitor, from the hourly rollups."""
    return rollups.mention_counts(conn, monitor_id, since)


def update_monitor(
    conn: sa.Connection,
    monitor_id: int,
    *,
    query: str | None = None,
    name: str | None = None,
    kind: MonitorKind | str | None = None,
    languages: Sequence[str] | None = None,
    active: bool | None = None,
    description: str | None = None,
    exclusions: str | None = None,
    by: User,
    now: datetime,
) -> Monitor:
    """Change the given fields of a monitor (a new query must already be valid) and record the
    change in the audit log (`monitor.update`, with the old and new values).

    When the query, the exclusions or the languages change, what the monitor matched before
    no longer holds: its mentions and its rollup rows are deleted here, in the same
    transaction. The caller schedules the backfill job in that transaction too
    (`resonanz.actions.monitors.update_monitor`); `matching_changed` tells it whether one is
    needed.
    """
    locked = monitor_generation(conn, monitor_id, lock=True)
    if locked is None:
        raise NotFound(f"monitor {monitor_id} does not exist")
    old = locked[0]
    values: dict[str, object] = {}
    if name is not None and name != old.name:
        taken = conn.execute(
            sa.select(monitors.c.id).where(monitors.c.name == name, monitors.c.id != monitor_id)
        ).first()
        if taken:
            raise StoreError(f"a monitor named {name!r} exists already")
        values["name"] = name
    if query is not None and query != old.query:
        values["query"] = query
    if kind is not None and MonitorKind(kind) != old.kind:
        values["kind"] = str(MonitorKind(kind))
    if languages is not None and tuple(languages) != old.languages:
        values["languages"] = list(languages)
    if active is not None and active != old.active:
        values["active"] = active
    if description is not None and description != old.description:
        values["description"] = description
    if exclusions is not None and exclusions != old.exclusions:
        values["exclusions"] = exclusions
    if not values:
        return old
    conn.execute(
        sa.update(monitors)
        .where(monitors.c.id == monitor_id)
        .values(**values, updated_at=_next_generation(conn, monitor_id, now))
    )
    if {"query", "languages", "exclusions"} & set(values):
        conn.execute(sa.delete(mentions).where(mentions.c.monitor_id == monitor_id))
        rollups.clear_monitor(conn, monitor_id)
    before = {
        "name": old.name,
        "query": old.query,
        "kind": str(old.kind),
        "languages": list(old.languages),
        "active": old.active,
        "description": old.description,
        "exclusions": old.exclusions,
    }
    audit.record(
        conn,
        audit.AuditAction.MONITOR_UPDATE,
        str(values.get("name", old.name)),
        by=by,
        now=now,
        detail={key: {"old": before[key], "new": value} for key, value in values.items()},
    )
    return get_monitor(conn, monitor_id)


def delete_monitor(conn: sa.Connection, monitor_id: int, *, by: User, now: datetime) -> Monitor:
    """Delete a monitor with its mentions and rollups, and record it in the audit log. A
    backfill of it that is still queued or running finds it gone and ends (`monitor_generation`)."""
    locked = monitor_generation(conn, monitor_id, lock=True)
    if locked is None:
        raise NotFound(f"monitor {monitor_id} does not exist")
    monitor = locked[0]
    conn.execute(sa.delete(mentions).where(mentions.c.monitor_id == monitor_id))
    rollups.clear_monitor(conn, monitor_id)
    conn.execute(sa.delete(monitors).where(monitors.c.id == monitor_id))
    audit.record(
        conn,
        audit.AuditAction.MONITOR_DELETE,
        monitor.name,
        by=by,
        now=now,
        detail={"id": monitor_id, "query": monitor.query},
    )
    return monitor


def matching_changed(old: Monitor, new: Monitor) -> bool:
    """Whether an update replaced the monitor's mentions (query, exclusions or languages
    changed), so that a backfill must follow."""
    return (
        old.query != new.query
        or old.exclusions != new.exclusions
        or tuple(old.languages) != tuple(new.languages)
    )
