"""The tables of Resonanz, as SQLAlchemy Core objects shared by SQLite and PostgreSQL.

Times are stored as naive UTC (`UTCDateTime` converts at the boundary), so comparisons work the
same way on both databases.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

metadata = sa.MetaData()

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes in Python, naive UTC in the database."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: Resonanz stores aware UTC times only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def _id() -> sa.Column[int]:
    return sa.Column("id", Id, primary_key=True, autoincrement=True)


users = sa.Table(
    "users",
    metadata,
    _id(),
    sa.Column("username", sa.String(100), nullable=False, unique=True),
    sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("role", sa.String(30), nullable=False, server_default="viewer"),
    sa.Column("locale", sa.String(5), nullable=False, server_default="de"),
    sa.Column("timezone", sa.String(64), nullable=False, server_default="Europe/Berlin"),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

departments = sa.Table(
    "departments",
    metadata,
    _id(),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
)

user_departments = sa.Table(
    "user_departments",
    metadata,
    sa.Column("user_id", Id, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    sa.Column(
        "department_id", Id, sa.ForeignKey("departments.id", ondelete="CASCADE"), primary_key=True
    ),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    _id(),
    sa.Column("user_id", Id, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("last_used_at", UTCDateTime),
)

sources = sa.Table(
    "sources",
    metadata,
    _id(),
    sa.Column("name", sa.String(100), nullable=False, unique=True),
    sa.Column("kind", sa.String(50), nullable=False),
    sa.Column("config", sa.JSON, nullable=False),
    sa.Column("interval_seconds", sa.Integer, nullable=False, server_default="900"),
    sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("cursor", sa.Text),
    sa.Column("next_run_at", UTCDateTime),
    sa.Column("last_run_at", UTCDateTime),
    sa.Column("last_error", sa.Text, nullable=False, server_default=""),
    sa.Column("posts_total", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("created_at", UTCDateTime, nullable=False),
)

authors = sa.Table(
    "authors",
    metadata,
    _id(),
    sa.Column("platform", sa.String(50), nullable=False),
    sa.Column("handle", sa.String(200), nullable=False),
    sa.Column("name", sa.String(300), nullable=False, server_default=""),
    sa.Column("followers", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("url", sa.Text, nullable=False, server_default=""),
    sa.UniqueConstraint("platform", "handle", name="uq_authors_platform_handle"),
)

posts = sa.Table(
    "posts",
    metadata,
    _id(),
    sa.Column("platform", sa.String(50), nullable=False),
    sa.Column("native_id", sa.String(200), nullable=False),
    sa.Column("source_id", Id, sa.ForeignKey("sources.id", ondelete="SET NULL")),
    sa.Column("author_id", Id, sa.ForeignKey("authors.id"), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("fetched_at", UTCDateTime, nullable=False),
    sa.Column("url", sa.Text, nullable=False, server_default=""),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("reply_to", sa.String(200), nullable=False, server_default=""),
    sa.Column("repost_of", sa.String(200), nullable=False, server_default=""),
    sa.Column("quote_of", sa.String(200), nullable=False, server_default=""),
    sa.Column("mentions", sa.JSON, nullable=False),
    sa.Column("hashtags", sa.JSON, nullable=False),
    sa.Column("links", sa.JSON, nullable=False),
    sa.Column("likes", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("reposts", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("replies", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("quotes", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("views", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("reach", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("engagement", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("language", sa.String(10), nullable=False, server_default="unknown"),
    sa.Column("sentiment", sa.String(10), nullable=False, server_default="neutral"),
    sa.Column("sentiment_score", sa.Float, nullable=False, server_default="0"),
    sa.Column("intent", sa.String(20), nullable=False, server_default="other"),
    sa.Column("intent_score", sa.Float, nullable=False, server_default="0"),
    sa.Column("keywords", sa.JSON, nullable=False),
    sa.Column("explanation", sa.JSON, nullable=False),
    sa.Column("model_version", sa.String(100), nullable=False, server_default=""),
    sa.Column("content_hash", sa.String(40), nullable=False, server_default=""),
    sa.Column("unmapped", sa.JSON, nullable=False),
    sa.UniqueConstraint("platform", "native_id", name="uq_posts_platform_native_id"),
    sa.Index("ix_posts_created_at", "created_at"),
    sa.Index("ix_posts_author_id", "author_id"),
)

monitors = sa.Table(
    "monitors",
    metadata,
    _id(),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    sa.Column("kind", sa.String(30), nullable=False),
    sa.Column("query", sa.Text, nullable=False),
    sa.Column("languages", sa.JSON, nullable=False),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Column("exclusions", sa.Text, nullable=False, server_default=""),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("monitor_id", Id, sa.ForeignKey("monitors.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("post_id", Id, sa.ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("spans", sa.JSON, nullable=False),
    sa.Column("matched_at", UTCDateTime, nullable=False),
    sa.Index("ix_mentions_monitor_created", "monitor_id", "created_at"),
    sa.Index("ix_mentions_post", "post_id"),
)


def _rollup(name: str) -> sa.Table:
    return sa.Table(
        name,
        metadata,
        sa.Column(
            "monitor_id", Id, sa.ForeignKey("monitors.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("bucket", UTCDateTime, primary_key=True),
        sa.Column("platform", sa.String(50), primary_key=True),
        sa.Column("language", sa.String(10), primary_key=True),
        sa.Column("sentiment", sa.String(10), primary_key=True),
        sa.Column("posts", sa.BigInteger, nullable=False),
        sa.Column("reach", sa.BigInteger, nullable=False),
        sa.Column("engagement", sa.BigInteger, nullable=False),
        # SQLite: the primary key is the table (clustered), so a monitor's time range is one
        # contiguous read; PostgreSQL ignores this option.
        sqlite_with_rowid=False,
    )


rollups_hourly = _rollup("rollups_hourly")
"""Mentions per monitor × hour × platform × language × sentiment: what dashboards read."""
rollups_5min = _rollup("rollups_5min")
"""The same at 5-minute buckets: what early-warning detectors read."""

audit_log = sa.Table(
    "audit_log",
    metadata,
    _id(),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Column("user_id", Id, sa.ForeignKey("users.id", ondelete="SET NULL")),
    sa.Column("action", sa.String(100), nullable=False),
    sa.Column("target", sa.String(200), nullable=False, server_default=""),
    sa.Column("detail", sa.JSON, nullable=False),
    sa.Index("ix_audit_log_at", "at"),
)

corrections = sa.Table(
    "corrections",
    metadata,
    _id(),
    sa.Column("post_id", Id, sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
    sa.Column("field", sa.String(20), nullable=False),
    sa.Column("old_value", sa.String(20), nullable=False),
    sa.Column("new_value", sa.String(20), nullable=False),
    sa.Column("user_id", Id, sa.ForeignKey("users.id", ondelete="SET NULL")),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_corrections_post_id", "post_id"),
)
"""A person's correction of a post's sentiment or intent (added by migration m003)."""

jobs = sa.Table(
    "jobs",
    metadata,
    _id(),
    sa.Column("kind", sa.String(100), nullable=False),
    sa.Column("args", sa.JSON, nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("key", sa.String(200)),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("max_attempts", sa.Integer, nullable=False, server_default="5"),
    sa.Column("last_error", sa.Text, nullable=False, server_default=""),
    sa.Column("progress_done", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("progress_total", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("result", sa.JSON, nullable=False),
    sa.Column("worker", sa.String(100), nullable=False, server_default=""),
    sa.Column("created_by", Id, sa.ForeignKey("users.id", ondelete="SET NULL")),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("run_after", UTCDateTime, nullable=False),
    sa.Column("started_at", UTCDateTime),
    sa.Column("heartbeat_at", UTCDateTime),
    sa.Column("finished_at", UTCDateTime),
    sa.Index("ix_jobs_state_run_after", "state", "run_after"),
    # At most one active job per key (one backfill per monitor, one ingest per source), even
    # when two schedulers race: the database refuses the second.
    sa.Index(
        "ux_jobs_active_key",
        "key",
        unique=True,
        sqlite_where=sa.text("state IN ('queued', 'running')"),
        postgresql_where=sa.text("state IN ('queued', 'running')"),
    ),
)
"""The job ledger (m005): every background job, its state, attempts, progress and last error.
The task queue (huey) carries only job ids; this table is what survives a killed worker."""
