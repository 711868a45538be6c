"""Configured sources, their cursors and their schedule."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa

from resonanz.access import Permission, require
from resonanz.errors import NotFound, StoreError
from resonanz.model import SourceConfig, User
from resonanz.store import audit
from resonanz.store.schema import sources


def _source(row: sa.Row[tuple[object, ...]]) -> SourceConfig:
    m = row._mapping
    return SourceConfig(
        id=m["id"],
        name=m["name"],
        kind=m["kind"],
        config=dict(m["config"]),
        interval_seconds=m["interval_seconds"],
        enabled=m["enabled"],
        cursor=m["cursor"],
        next_run_at=m["next_run_at"],
        last_run_at=m["last_run_at"],
        last_error=m["last_error"],
    )


def add_source(
    conn: sa.Connection, source: SourceConfig, *, by: User, now: datetime
) -> SourceConfig:
    """Create a source, due at once. Its config must already be validated by its plugin;
    `by` needs `manage_sources`."""
    require(by, Permission.MANAGE_SOURCES)
    if conn.execute(sa.select(sources.c.id).where(sources.c.name == source.name)).first():
        raise StoreError(f"a source named {source.name!r} exists already")
    new_id = conn.execute(
        sa.insert(sources)
        .values(
            name=source.name,
            kind=source.kind,
            config=dict(source.config),
            interval_seconds=source.interval_seconds,
            enabled=source.enabled,
            cursor=source.cursor,
            next_run_at=source.next_run_at,
            created_at=now,
        )
        .returning(sources.c.id)
    ).scalar_one()
    audit.record(
        conn,
        audit.AuditAction.SOURCE_ADD,
        source.name,
        by=by,
        now=now,
        detail={"kind": source.kind},
    )
    return get_source(conn, new_id)


def get_source(conn: sa.Connection, source_id: int) -> SourceConfig:
    row = conn.execute(sa.select(sources).where(sources.c.id == source_id)).first()
    if row is None:
        raise NotFound(f"source {source_id} does not exist")
    return _source(row)


def find_source(conn: sa.Connection, name: str) -> SourceConfig:
    row = conn.execute(sa.select(sources).where(sources.c.name == name)).first()
    if row is None:
        raise NotFound(f"no source named {name!r}")
    return _source(row)


def list_sources(conn: sa.Connection) -> list[SourceConfig]:
    return [_source(r) for r in conn.execute(sa.select(sources).order_by(sources.c.id))]


def posts_total(conn: sa.Connection, source_id: int) -> int:
    return int(
        conn.execute(sa.select(sources.c.posts_total).where(sources.c.id == source_id)).scalar_one()
    )


def due_sources(conn: sa.Connection, now: datetime) -> list[SourceConfig]:
    stmt = (
        sa.select(sources)
        .where(sources.c.enabled == sa.true())
        .where(sa.or_(sources.c.next_run_at.is_(None), sources.c.next_run_at <= now))
        .order_by(sources.c.next_run_at, sources.c.id)
    )
    return [_source(r) for r in conn.execute(stmt)]


def schedule_next_run(conn: sa.Connection, source_id: int, next_run_at: datetime) -> None:
    conn.execute(
        sa.update(sources).where(sources.c.id == source_id).values(next_run_at=next_run_at)
    )


def record_source_error(
    conn: sa.Connection, source_id: int, message: str, *, now: datetime, retry_after: float
) -> None:
    """Note a failed fetch; the cursor stays where it was, the source is retried later."""
    conn.execute(
        sa.update(sources)
        .where(sources.c.id == source_id)
        .values(
            last_error=message[:2000],
            last_run_at=now,
            next_run_at=now + timedelta(seconds=retry_after),
        )
    )
