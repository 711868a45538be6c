"""Monitors: saved queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa

from resonanz.errors import NotFound, StoreError
from resonanz.model import Monitor, MonitorKind
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


def add_monitor(conn: sa.Connection, monitor: Monitor, *, by: int | None = None) -> Monitor:
    """Create a monitor (its query must already be valid) and record it in the audit log."""
    if conn.execute(sa.select(monitors.c.id).where(monitors.c.name == monitor.name)).first():
        raise StoreError(f"a monitor named {monitor.name!r} exists already")
    now = datetime.now(UTC)
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
        conn, audit.AuditAction.MONITOR_ADD, monitor.name, by=by, detail={"query": monitor.query}
    )
    return get_monitor(conn, new_id)


def get_monitor(conn: sa.Connection, monitor_id: int) -> Monitor:
    row = conn.execute(sa.select(monitors).where(monitors.c.id == monitor_id)).first()
    if row is None:
        raise NotFound(f"monitor {monitor_id} does not exist")
    return _monitor(row)


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
    by: int | None = None,
) -> Monitor:
    """Change the given fields of a monitor (a new query must already be valid) and record the
    change in the audit log (`monitor.update`, with the old and new values).

    When the query, the exclusions or the languages change, what the monitor matched before
    no longer holds: its mentions and its rollup rows are deleted here, in the same
    transaction. The caller then runs `resonanz.store.backfill.backfill_monitor` (after this
    transaction commits) to find the mentions of the new query among the stored posts;
    `matching_changed` tells it whether that is needed.
    """
    old = get_monitor(conn, monitor_id)
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
        .values(**values, updated_at=datetime.now(UTC))
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
        detail={key: {"old": before[key], "new": value} for key, value in values.items()},
    )
    return get_monitor(conn, monitor_id)


def matching_changed(old: Monitor, new: Monitor) -> bool:
    """Whether an update replaced the monitor's mentions (query, exclusions or languages
    changed), so that a backfill must follow."""
    return (
        old.query != new.query
        or old.exclusions != new.exclusions
        or tuple(old.languages) != tuple(new.languages)
    )
