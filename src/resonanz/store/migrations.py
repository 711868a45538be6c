"""Migrations: named functions run in order, each in its own transaction, on both databases.

Released migrations are frozen: change the schema with a new migration, never by editing an old
one (until the first tagged release, m001 may still change). Where SQLite and PostgreSQL differ,
the migration branches on `conn.dialect.name`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa

from resonanz.store import schema

Migration = Callable[[sa.Connection], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


_migrations_table = sa.Table(
    "schema_migrations",
    sa.MetaData(),
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", schema.UTCDateTime, nullable=False),
)


@migration
def m001_initial(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn)


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
    else:
        conn.exec_driver_sql(
            "ALTER TABLE posts ADD COLUMN search tsvector GENERATED ALWAYS AS "
            "(to_tsvector('simple', title || ' ' || text)) STORED"
        )
        conn.exec_driver_sql("CREATE INDEX ix_posts_search ON posts USING gin (search)")


@migration
def m003_corrections(conn: sa.Connection) -> None:
    # A fresh database gets the table from m001 (which creates all of `schema.metadata`).
    schema.corrections.create(conn, checkfirst=True)


SYSTEM_USERNAME = "system"
"""The named actor of the command line and of scheduled work in the audit log. It cannot log
in: its password hash is no argon2 hash, so every password check fails."""


@migration
def m004_roles_and_system_user(conn: sa.Connection) -> None:
    # The first two roles become the first and last of the five (resonanz.access).
    users = sa.table("users", sa.column("role", sa.String), sa.column("username", sa.String))
    conn.execute(sa.update(users).where(users.c.role == "admin").values(role="administrator"))
    conn.execute(sa.update(users).where(users.c.role == "member").values(role="viewer"))
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ALTER TABLE users ALTER COLUMN role TYPE varchar(30)")
        conn.exec_driver_sql("ALTER TABLE users ALTER COLUMN role SET DEFAULT 'viewer'")
    exists = conn.execute(
        sa.select(users.c.username).where(users.c.username == SYSTEM_USERNAME)
    ).first()
    if exists is None:
        conn.execute(
            sa.insert(schema.users).values(
                username=SYSTEM_USERNAME,
                display_name="Resonanz (system)",
                password_hash="!",  # noqa: S106 — no hash: nobody logs in as it
                role="administrator",
                locale="en",
                created_at=datetime.now(UTC),
            )
        )


@migration
def m005_jobs(conn: sa.Connection) -> None:
    schema.jobs.create(conn, checkfirst=True)


def applied_migrations(conn: sa.Connection) -> set[str]:
    _migrations_table.create(conn, checkfirst=True)
    return {row[0] for row in conn.execute(sa.select(_migrations_table.c.name))}


def migrate(engine: sa.Engine) -> list[str]:
    """Apply every migration not yet applied, in order. Returns the names applied now."""
    with engine.begin() as conn:
        done = applied_migrations(conn)
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ in done:
            continue
        with engine.begin() as conn:
            fn(conn)
            conn.execute(
                sa.insert(_migrations_table).values(name=fn.__name__, applied_at=datetime.now(UTC))
            )
        applied.append(fn.__name__)
    return applied
