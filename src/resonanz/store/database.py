"""Connections: one `Store` per database, opened from a URL and passed in (never global).

SQLite runs in WAL mode with a busy timeout, so the web server can read while the scheduler
writes; PostgreSQL goes through psycopg 3. All SQL of Resonanz lives in this package.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from resonanz.errors import ConfigError, StoreError
from resonanz.store.migrations import migrate


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Transactions are begun by `_sqlite_on_begin`, not by the driver.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_on_begin(conn: sa.Connection) -> None:
    # A write transaction takes the write lock up front (BEGIN IMMEDIATE), so two writers wait
    # for each other (busy_timeout) instead of failing when a read lock cannot be upgraded.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop("write", False) else "BEGIN")


def engine_url(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


class Store:
    """The database of one Resonanz installation."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, url: str, *, migrate_schema: bool = True, **engine_args: Any) -> Store:
        """Open (and by default migrate) the database at `url`."""
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            path = Path(url.removeprefix("sqlite:///"))
            if path.parent and not path.parent.exists():
                raise ConfigError("database_url", f"folder {path.parent} does not exist")
        try:
            engine = sa.create_engine(engine_url(url), **engine_args)
        except (sa.exc.ArgumentError, ModuleNotFoundError) as exc:
            raise ConfigError("database_url", f"cannot use {url!r}: {exc}") from None
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_on_connect)
            sa.event.listen(engine, "begin", _sqlite_on_begin)
        store = cls(engine)
        if migrate_schema:
            try:
                store.migrate()
            except sa.exc.OperationalError as exc:
                engine.dispose()
                shown = sa.engine.make_url(engine_url(url)).render_as_string(hide_password=True)
                reason = str(exc.orig or exc).strip().splitlines()[0]
                raise StoreError(f"cannot open the database {shown}: {reason}") from None
        return store

    def migrate(self, *, until: str | None = None) -> list[str]:
        """Apply the migrations not yet applied (up to and including `until`, when given)."""
        return migrate(self.engine, until=until)

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """One unit of work: everything inside commits together or not at all."""
        with self.engine.connect() as conn:
            conn.info["write"] = True
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()


def upsert(conn: sa.Connection, table: sa.Table) -> Any:
    """An INSERT that supports `on_conflict_do_nothing/update` on the connection's dialect."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def ping(conn: sa.Connection) -> None:
    """Ask the database the cheapest question there is; raises if it cannot answer.

    The health check's probe: it proves the connection works without touching any table.
    """
    conn.execute(sa.select(sa.literal(1))).scalar_one()


def database_exists(url: str) -> bool:
    """Whether `url` names a database that is already there, without creating or opening it.

    A SQLite file either exists or not; a server database (PostgreSQL) is made by its
    administrator before Resonanz is pointed at it, so it counts as existing.
    """
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")
        return path not in ("", ":memory:") and Path(path).is_file()
    return True
