"""The audit log: who did what, written in the same transaction as the change itself."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from resonanz.model import User
from resonanz.store.schema import audit_log, users


class AuditAction(enum.StrEnum):
    """Every kind of change the audit log records (the stored value is the string)."""

    USER_ADD = "user.add"
    USER_UPDATE = "user.update"
    USER_PASSWORD = "user.password"  # noqa: S105 — an action name, not a password
    TOKEN_CREATE = "token.create"  # noqa: S105 — an action name, not a token
    SOURCE_ADD = "source.add"
    SOURCE_UPDATE = "source.update"
    SOURCE_DELETE = "source.delete"
    MONITOR_ADD = "monitor.add"
    MONITOR_UPDATE = "monitor.update"
    MONITOR_DELETE = "monitor.delete"
    MONITOR_BACKFILL = "monitor.backfill"
    POST_CORRECT = "post.correct"
    JOB_RETRY = "job.retry"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    username: str
    action: str
    target: str
    detail: Mapping[str, Any]


def record(
    conn: sa.Connection,
    action: AuditAction,
    target: str,
    *,
    by: User,
    now: datetime,
    detail: Mapping[str, Any] | None = None,
) -> None:
    """Write one entry in the caller's transaction: who (`by`, a person or the system user,
    never anonymous) did `action` to `target` at `now`."""
    conn.execute(
        sa.insert(audit_log).values(
            at=now,
            user_id=by.id,
            action=str(action),
            target=target,
            detail=dict(detail or {}),
        )
    )


def recent(conn: sa.Connection, limit: int = 100) -> list[AuditEntry]:
    rows = conn.execute(
        sa.select(audit_log, users.c.username)
        .select_from(audit_log.outerjoin(users, users.c.id == audit_log.c.user_id))
        .order_by(audit_log.c.at.desc(), audit_log.c.id.desc())
        .limit(limit)
    )
    return [AuditEntry(r.at, r.username or "system", r.action, r.target, r.detail) for r in rows]
