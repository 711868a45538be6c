"""Migrations: named functions run in order, each in its own transaction, on both databases.

Every migration is frozen: it spells out its own tables (copies made inside the migration, never
the live ones of `schema.py`), so it creates today what it created the day it was written. Change
the schema with a new migration, never by editing an old one; the upgrade test
(tests/store/test_migrations.py) proves that every older step upgrades to what `schema.metadata`
declares. Where SQLite and PostgreSQL differ, the migration branches on `conn.dialect.name`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

Migration = Callable[[sa.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def _migrations_table() -> sa.Table:
    return sa.Table(
        "schema_migrations",
        sa.MetaData(),
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("applied_at", sa.DateTime, nullable=False),  # naive UTC
    )


def _utc_now() -> datetime:
    """Naive UTC, the way the database holds times (`schema.UTCDateTime`)."""
    return datetime.now(UTC).replace(tzinfo=None)


# Frozen column types: what `schema.Id` and `schema.UTCDateTime` were when the migrations were
# written (UTCDateTime is a plain DateTime in the database).
def _id_type() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _id() -> sa.Column[int]:
    return sa.Column("id", _id_type(), primary_key=True, autoincrement=True)


def _rollup_table(md: sa.MetaData, name: str, *, with_rowid: bool) -> sa.Table:
    return sa.Table(
        name,
        md,
        sa.Column(
            "monitor_id",
            _id_type(),
            sa.ForeignKey("monitors.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("bucket", sa.DateTime, primary_key=True),
        sa.Column("platform", sa.String(50), primary_key=True),
        sa.Column("language", sa.String(10), primary_key=True),
        sa.Column("sentiment", sa.String(10), primary_key=True),
        sa.Column("posts", sa.BigInteger, nullable=False),
        sa.Column("reach", sa.BigInteger, nullable=False),
        sa.Column("engagement", sa.BigInteger, nullable=False),
        sqlite_with_rowid=with_rowid,
    )


def _m001_metadata() -> sa.MetaData:
    """The schema of the first release (commit 38a5094), table for table."""
    md = sa.MetaData()
    sa.Table(
        "users",
        md,
        _id(),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False, server_default="member"),
        sa.Column("locale", sa.String(5), nullable=False, server_default="de"),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="Europe/Berlin"),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "departments",
        md,
        _id(),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
    )
    sa.Table(
        "user_departments",
        md,
        sa.Column(
            "user_id",
            _id_type(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "department_id",
            _id_type(),
            sa.ForeignKey("departments.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    sa.Table(
        "api_tokens",
        md,
        _id(),
        sa.Column(
            "user_id", _id_type(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("last_used_at", sa.DateTime),
    )
    sa.Table(
        "sources",
        md,
        _id(),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("config", sa.JSON, nullable=False),
        sa.Column("interval_seconds", sa.Integer, nullable=False, server_default="900"),
        sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("cursor", sa.Text),
        sa.Column("next_run_at", sa.DateTime),
        sa.Column("last_run_at", sa.DateTime),
        sa.Column("last_error", sa.Text, nullable=False, server_default=""),
        sa.Column("posts_total", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "authors",
        md,
        _id(),
        sa.Column("platform", sa.String(50), nullable=False),
        sa.Column("handle", sa.String(200), nullable=False),
        sa.Column("name", sa.String(300), nullable=False, server_default=""),
        sa.Column("followers", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("platform", "handle", name="uq_authors_platform_handle"),
    )
    sa.Table(
        "posts",
        md,
        _id(),
        sa.Column("platform", sa.String(50), nullable=False),
        sa.Column("native_id", sa.String(200), nullable=False),
        sa.Column("source_id", _id_type(), sa.ForeignKey("sources.id", ondelete="SET NULL")),
        sa.Column("author_id", _id_type(), sa.ForeignKey("authors.id"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("fetched_at", sa.DateTime, nullable=False),
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
    sa.Table(
        "monitors",
        md,
        _id(),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("languages", sa.JSON, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    sa.Table(
        "mentions",
        md,
        sa.Column(
            "monitor_id",
            _id_type(),
            sa.ForeignKey("monitors.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "post_id", _id_type(), sa.ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("spans", sa.JSON, nullable=False),
        sa.Column("matched_at", sa.DateTime, nullable=False),
        sa.Index("ix_mentions_monitor_created", "monitor_id", "created_at"),
        sa.Index("ix_mentions_post", "post_id"),
    )
    _rollup_table(md, "rollups_hourly", with_rowid=True)
    _rollup_table(md, "rollups_5min", with_rowid=True)
    sa.Table(
        "audit_log",
        md,
        _id(),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_id", _id_type(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("action", sa.String(100), nullable=False),
        sa.Column("target", sa.String(200), nullable=False, server_default=""),
        sa.Column("detail", sa.JSON, nullable=False),
        sa.Index("ix_audit_log_at", "at"),
    )
    return md


@migration
def m001_initial(conn: sa.Connection) -> None:
    _m001_metadata().create_all(conn)


@migration
def m002_posts_full_text(conn: sa.Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE posts_fts USING fts5("
            "title, text, content='posts', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN "
            "INSERT INTO posts_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN "
            "INSERT INTO posts_fts(posts_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER posts_fts_update AFTER UPDATE OF title, text ON posts BEGIN "
            "INSERT INTO posts_fts(posts_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); "
            "INSERT INTO posts_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END"
        )
        # Posts stored before this step are indexed too (the triggers see only new ones).
        conn.exec_driver_sql("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')")
    else:
        conn.exec_driver_sql(
            "ALTER TABLE posts ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', title || ' ' || text)) STORED"
        )
        conn.exec_driver_sql("CREATE INDEX ix_posts_search ON posts USING gin (search)")


@migration
def m003_corrections(conn: sa.Connection) -> None:
    md = sa.MetaData()
    # Referenced tables, so that the foreign keys resolve (they exist already; not created).
    sa.Table("posts", md, _id())
    sa.Table("users", md, _id())
    corrections = sa.Table(
        "corrections",
        md,
        _id(),
        sa.Column(
            "post_id", _id_type(), sa.ForeignKey("posts.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("old_value", sa.String(20), nullable=False),
        sa.Column("new_value", sa.String(20), nullable=False),
        sa.Column("user_id", _id_type(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Index("ix_corrections_post_id", "post_id"),
    )
    # checkfirst: databases made before m001 was frozen may have the table from m001 already.
    corrections.create(conn, checkfirst=True)


SYSTEM_USERNAME = "system"
"""The named actor of the command line and of scheduled work in the audit log. It cannot log
in: its password hash is no argon2 hash, so every password check fails."""


@migration
def m004_roles_and_system_user(conn: sa.Connection) -> None:
    # The first two roles become the first and last of the five (resonanz.access).
    users = sa.table(
        "users",
        sa.column("role", sa.String),
        sa.column("username", sa.String),
        sa.column("display_name", sa.String),
        sa.column("password_hash", sa.String),
        sa.column("locale", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    conn.execute(sa.update(users).where(users.c.role == "admin").values(role="administrator"))
    conn.execute(sa.update(users).where(users.c.role == "member").values(role="viewer"))
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE users ALTER COLUMN role TYPE varchar(30)")
        conn.exec_driver_sql("ALTER TABLE users ALTER COLUMN role SET DEFAULT 'viewer'")
    # (SQLite keeps the declared VARCHAR(20) DEFAULT 'member' until m006 rewrites it.)
    exists = conn.execute(
        sa.select(users.c.username).where(users.c.username == SYSTEM_USERNAME)
    ).first()
    if exists is None:
        conn.execute(
            sa.insert(users).values(
                username=SYSTEM_USERNAME,
                display_name="Resonanz (system)",
                password_hash="!",  # noqa: S106 — no hash: nobody logs in as it
                role="administrator",
                locale="en",
                created_at=_utc_now(),
            )
        )


_ACTIVE_JOB_STATES = "state IN ('queued', 'running')"


@migration
def m005_jobs(conn: sa.Connection) -> None:
    md = sa.MetaData()
    sa.Table("users", md, _id())
    jobs = sa.Table(
        "jobs",
        md,
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
        sa.Column("created_by", _id_type(), sa.ForeignKey("users.id", ondelete="SET NULL")),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("run_after", sa.DateTime, nullable=False),
        sa.Column("started_at", sa.DateTime),
        sa.Column("heartbeat_at", sa.DateTime),
        sa.Column("finished_at", sa.DateTime),
        sa.Index("ix_jobs_state_run_after", "state", "run_after"),
        sa.Index(
            "ux_jobs_active_key",
            "key",
            unique=True,
            sqlite_where=sa.text(_ACTIVE_JOB_STATES),
            postgresql_where=sa.text(_ACTIVE_JOB_STATES),
        ),
    )
    jobs.create(conn, checkfirst=True)


def _columns(conn: sa.Connection, table: str) -> set[str]:
    return {c["name"] for c in sa.inspect(conn).get_columns(table)}


def _sqlite_table_sql(conn: sa.Connection, table: str) -> str:
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    return str(sql)


def _sqlite_rewrite_table_sql(conn: sa.Connection, table: str, old: str, new: str) -> None:
    """Change a column's declared type or default in place, the way SQLite documents for changes
    that leave the stored rows as they are (lang_altertable.html, "otheralter"): a rebuild of a
    table that others reference would cascade its DROP to them."""
    version = int(conn.exec_driver_sql("PRAGMA schema_version").scalar_one())
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql(
        "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ?",
        (old, new, table),
    )
    conn.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


@migration
def m006_catch_up_schema(conn: sa.Connection) -> None:
    """What schema.py gained while m001 was still `create_all`: a database made then has some of
    it already, one made by the frozen m001 has none, so every step looks before it changes."""
    sqlite = conn.dialect.name == "sqlite"
    # Per-monitor exclusions (#3).
    if "exclusions" not in _columns(conn, "monitors"):
        conn.exec_driver_sql("ALTER TABLE monitors ADD COLUMN exclusions TEXT DEFAULT '' NOT NULL")
    # The five roles (m004 changed PostgreSQL; SQLite's declared type and default follow here).
    if sqlite:
        old_role = "role VARCHAR(20) DEFAULT 'member' NOT NULL"
        if old_role in _sqlite_table_sql(conn, "users"):
            new_role = "role VARCHAR(30) DEFAULT 'viewer' NOT NULL"
            _sqlite_rewrite_table_sql(conn, "users", old_role, new_role)
    # SQLite: rollups clustered on their primary key (WITHOUT ROWID). Nothing references them,
    # so a copy, drop and rename is safe.
    if sqlite:
        for name in ("rollups_hourly", "rollups_5min"):
            if "WITHOUT ROWID" in _sqlite_table_sql(conn, name).upper():
                continue
            md = sa.MetaData()
            sa.Table("monitors", md, _id())
            new = _rollup_table(md, f"{name}_new", with_rowid=False)
            new.create(conn)
            cols = ", ".join(c.name for c in new.columns)
            conn.exec_driver_sql(f"INSERT INTO {name}_new ({cols}) SELECT {cols} FROM {name}")
            conn.exec_driver_sql(f"DROP TABLE {name}")
            conn.exec_driver_sql(f"ALTER TABLE {name}_new RENAME TO {name}")
    # The job ledger's first draft had a plain index on key; one active job per key now.
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_jobs_key")
    conn.exec_driver_sql(
        f"CREATE UNIQUE INDEX IF NOT EXISTS ux_jobs_active_key ON jobs (key) "
        f"WHERE {_ACTIVE_JOB_STATES}"
    )


def migration_names() -> list[str]:
    return [fn.__name__ for fn in MIGRATIONS]


def applied_migrations(conn: sa.Connection) -> set[str]:
    table = _migrations_table()
    table.create(conn, checkfirst=True)
    return {row[0] for row in conn.execute(sa.select(table.c.name))}


def migrate(engine: sa.Engine, *, until: str | None = None) -> list[str]:
    """Apply every migration not yet applied, in order; with `until`, stop after that one (how
    the upgrade test builds a database at an older step). Returns the names applied now."""
    names = migration_names()
    if until is not None and until not in names:
        raise ValueError(f"no migration named {until!r}")
    table = _migrations_table()
    with engine.begin() as conn:
        done = applied_migrations(conn)
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ not in done:
            with engine.begin() as conn:
                fn(conn)
                conn.execute(sa.insert(table).values(name=fn.__name__, applied_at=_utc_now()))
            applied.append(fn.__name__)
        if fn.__name__ == until:
            break
    return applied
