"""Every older schema step upgrades to head with nothing lost, on SQLite and PostgreSQL.

For each step k the test builds a database with migrations 1..k only, fills it with rows that are
valid at that step, upgrades it and checks the rows and the schema: the upgraded schema must be
the one a fresh database gets, which must be `schema.metadata` plus the full-text search of m002.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
import sqlalchemy as sa

from resonanz.store import Store, schema
from resonanz.store.migrations import (
    SYSTEM_USERNAME,
    applied_migrations,
    m002_posts_full_text,
    migration_names,
)

NAMES = migration_names()
T = datetime(2026, 11, 2, 9, 0, tzinfo=UTC).replace(tzinfo=None)  # naive UTC, as stored

MakeStore = Callable[[], Store]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MakeStore]:
    """Empty, unmigrated databases of one dialect: SQLite files or PostgreSQL schemas."""
    opened: list[Store] = []
    schemas: list[str] = []
    dsn = request.getfixturevalue("postgres_dsn") if request.param == "postgres" else ""

    def make() -> Store:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path / f'{uuid.uuid4().hex[:8]}.db'}"
            store = Store.open(url, migrate_schema=False)
        else:
            name = "t_" + uuid.uuid4().hex[:12]
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute(f'CREATE SCHEMA "{name}"')
            schemas.append(name)
            store = Store.open(
                dsn, migrate_schema=False, connect_args={"options": f"-csearch_path={name}"}
            )
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
    for name in schemas:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{name}" CASCADE')


def _norm_sql(text: Any) -> str | None:
    """Spelling only: case, quotes, casts and spaces of defaults and index predicates."""
    if text is None:
        return None
    s = str(text).lower()
    s = re.sub(r"::[a-z ]+(\[\])?", "", s)  # PostgreSQL casts: 'x'::character varying
    s = s.replace('"', "").replace("(", "").replace(")", "")
    return re.sub(r"\s+", " ", s).strip()


def _index_where(options: dict[str, Any]) -> str | None:
    for key in ("sqlite_where", "postgresql_where"):
        if options.get(key) is not None:
            return _norm_sql(options[key])
    return None


def describe(store: Store) -> dict[str, Any]:
    """The schema as the database reports it: tables, columns (type, nullability, default),
    primary keys, indexes, unique constraints, foreign keys, and SQLite's WITHOUT ROWID."""
    with store.read() as conn:
        insp = sa.inspect(conn)
        out: dict[str, Any] = {}
        for table in sorted(insp.get_table_names()):
            if table == "schema_migrations":
                continue
            desc: dict[str, Any] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], _norm_sql(c.get("default")))
                    for c in insp.get_columns(table)
                ],
                "pk": insp.get_pk_constraint(table)["constrained_columns"],
                "indexes": sorted(
                    (
                        ix["name"],
                        tuple(ix["column_names"]),
                        bool(ix["unique"]),
                        _index_where(ix.get("dialect_options", {})),
                    )
                    for ix in insp.get_indexes(table)
                ),
                "uniques": sorted(
                    tuple(u["column_names"]) for u in insp.get_unique_constraints(table)
                ),
                "fks": sorted(
                    (
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        tuple(fk["referred_columns"]),
                        (fk.get("options") or {}).get("ondelete"),
                    )
                    for fk in insp.get_foreign_keys(table)
                ),
            }
            if store.dialect == "sqlite":
                sql = conn.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
                ).scalar_one()
                desc["without_rowid"] = "WITHOUT ROWID" in str(sql).upper()
            out[table] = desc
        if store.dialect == "sqlite":
            out["triggers"] = sorted(
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
            )
        return out


# Rows valid at each step: (table, first step that has the table, rows). Columns a table gains
# later are left out before that step (the upgrade must fill their defaults).
def _rows(step: int) -> list[tuple[str, list[dict[str, Any]]]]:
    old_roles = step < NAMES.index("m004_roles_and_system_user") + 1
    admin, member = ("admin", "member") if old_roles else ("administrator", "viewer")
    rows: list[tuple[str, list[dict[str, Any]]]] = [
        (
            "users",
            [
                {
                    "id": 100,
                    "username": "anna",
                    "display_name": "Anna Ä",
                    "password_hash": "h1",
                    "role": admin,
                    "locale": "de",
                    "created_at": T,
                },
                {
                    "id": 101,
                    "username": "ben",
                    "display_name": "Ben",
                    "password_hash": "h2",
                    "role": member,
                    "locale": "en",
                    "created_at": T,
                },
            ],
        ),
        ("departments", [{"id": 1, "name": "Kundenservice"}]),
        ("user_departments", [{"user_id": 101, "department_id": 1}]),
        (
            "api_tokens",
            [{"id": 1, "user_id": 100, "name": "ci", "token_hash": "t" * 64, "created_at": T}],
        ),
        (
            "sources",
            [
                {
                    "id": 1,
                    "name": "feed",
                    "kind": "file",
                    "config": {"path": "x.jsonl"},
                    "cursor": "42",
                    "posts_total": 2,
                    "created_at": T,
                }
            ],
        ),
        ("authors", [{"id": 1, "platform": "mastodon", "handle": "@a", "followers": 7}]),
        (
            "posts",
            [
                {
                    "id": i,
                    "platform": "mastodon",
                    "native_id": f"n{i}",
                    "source_id": 1,
                    "author_id": 1,
                    "created_at": T,
                    "fetched_at": T,
                    "title": f"Titel {i}",
                    "text": f"Bahnstreik heute {i}",
                    "mentions": [],
                    "hashtags": ["bahn"],
                    "links": [],
                    "reach": 10 * i,
                    "engagement": i,
                    "language": "de",
                    "sentiment": "negative",
                    "keywords": ["bahn"],
                    "explanation": {},
                    "unmapped": {},
                }
                for i in (1, 2)
            ],
        ),
        (
            "monitors",
            [
                {
                    "id": 1,
                    "name": "Bahn",
                    "kind": "brand",
                    "query": "bahn",
                    "languages": ["de"],
                    "created_at": T,
                    "updated_at": T,
                }
            ],
        ),
        (
            "mentions",
            [
                {"monitor_id": 1, "post_id": i, "created_at": T, "spans": [[0, 4]], "matched_at": T}
                for i in (1, 2)
            ],
        ),
    ]
    for rollup in ("rollups_hourly", "rollups_5min"):
        rows.append(
            (
                rollup,
                [
                    {
                        "monitor_id": 1,
                        "bucket": T,
                        "platform": "mastodon",
                        "language": "de",
                        "sentiment": "negative",
                        "posts": 2,
                        "reach": 30,
                        "engagement": 3,
                    }
                ],
            )
        )
    rows.append(
        (
            "audit_log",
            [
                {
                    "id": 1,
                    "at": T,
                    "user_id": 100,
                    "action": "monitor.add",
                    "target": "monitor:1",
                    "detail": {"name": "Bahn"},
                }
            ],
        )
    )
    if step >= NAMES.index("m003_corrections") + 1:
        rows.append(
            (
                "corrections",
                [
                    {
                        "id": 1,
                        "post_id": 1,
                        "field": "sentiment",
                        "old_value": "negative",
                        "new_value": "neutral",
                        "user_id": 100,
                        "created_at": T,
                    }
                ],
            )
        )
    if step >= NAMES.index("m005_jobs") + 1:
        rows.append(
            (
                "jobs",
                [
                    {
                        "id": 1,
                        "kind": "backfill",
                        "args": {"monitor_id": 1},
                        "state": "queued",
                        "key": "backfill:1",
                        "result": {},
                        "created_at": T,
                        "run_after": T,
                    }
                ],
            )
        )
    return rows


def _fill(store: Store, step: int) -> None:
    with store.transaction() as conn:
        for name, rows in _rows(step):
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            conn.execute(sa.insert(table), rows)
        if store.dialect == "postgresql":  # explicit ids: move the sequences past them
            for name, _rows_ in _rows(step):
                if "id" not in _rows_[0]:
                    continue
                seq = conn.exec_driver_sql(
                    f"SELECT pg_get_serial_sequence('{name}', 'id')"
                ).scalar()
                if seq:
                    conn.exec_driver_sql(f"SELECT setval('{seq}', 1000)")


def _expected(step: int, name: str, row: dict[str, Any]) -> dict[str, Any]:
    if name == "users":
        role = {"admin": "administrator", "member": "viewer"}.get(row["role"], row["role"])
        return {**row, "role": role}
    return row


@pytest.mark.parametrize("step", range(1, len(NAMES) + 1), ids=NAMES)
def test_every_step_upgrades_to_head_with_nothing_lost(make_store: MakeStore, step: int) -> None:
    old = make_store()
    assert old.migrate(until=NAMES[step - 1]) == NAMES[:step]
    _fill(old, step)
    assert old.migrate() == NAMES[step:]

    with old.read() as conn:
        assert applied_migrations(conn) == set(NAMES)
        for name, rows in _rows(step):
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            got = [dict(r._mapping) for r in conn.execute(sa.select(table))]
            if name == "users":
                system = [r for r in got if r["username"] == SYSTEM_USERNAME]
                assert len(system) == 1 and system[0]["role"] == "administrator"
                got = [r for r in got if r["username"] != SYSTEM_USERNAME]
            assert len(got) == len(rows), name
            key = sorted(rows[0])[0]
            for want, have in zip(
                sorted(rows, key=lambda r: str(sorted(r.items()))),
                sorted(got, key=lambda r: str(sorted({k: r[k] for k in rows[0]}.items()))),
                strict=True,
            ):
                exp = _expected(step, name, want)
                assert {k: have[k] for k in exp} == exp, (name, key)
        # Columns added by later steps have their defaults.
        monitor = conn.execute(sa.text("SELECT exclusions FROM monitors")).one()
        assert monitor.exclusions == ""
        # Full-text search still finds the old posts (the index followed the upgrade).
        if old.dialect == "sqlite":
            hits = conn.exec_driver_sql(
                "SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'bahnstreik' ORDER BY rowid"
            ).all()
        else:
            hits = conn.exec_driver_sql(
                "SELECT id FROM posts WHERE search @@ to_tsquery('simple', 'bahnstreik') "
                "ORDER BY id"
            ).all()
        assert [h[0] for h in hits] == [1, 2]

    # New rows still get ids, defaults and the one-active-job-per-key rule after the upgrade.
    with old.transaction() as conn:
        conn.execute(
            sa.insert(schema.users).values(
                username="neu", password_hash="h", created_at=datetime.now().astimezone()
            )
        )
        role = conn.execute(
            sa.select(schema.users.c.role).where(schema.users.c.username == "neu")
        ).scalar_one()
        assert role == "viewer"
    job = {
        "kind": "backfill",
        "args": {},
        "state": "queued",
        "key": "k",
        "result": {},
        "created_at": datetime.now().astimezone(),
        "run_after": datetime.now().astimezone(),
    }
    with old.transaction() as conn:
        conn.execute(sa.insert(schema.jobs).values(**job))
    with pytest.raises(sa.exc.IntegrityError), old.transaction() as conn:
        conn.execute(sa.insert(schema.jobs).values(**job))

    fresh = make_store()
    fresh.migrate()
    assert describe(old) == describe(fresh)


def test_fresh_migrations_give_the_declared_schema(make_store: MakeStore) -> None:
    migrated = make_store()
    migrated.migrate()
    declared = make_store()
    with declared.transaction() as conn:
        schema.metadata.create_all(conn)
        m002_posts_full_text(conn)  # full-text search is DDL beyond `metadata`
    assert describe(migrated) == describe(declared)


def test_migrate_again_is_a_no_op(make_store: MakeStore) -> None:
    store = make_store()
    assert store.migrate() == NAMES
    before = describe(store)
    assert store.migrate() == []
    assert store.migrate(until=NAMES[0]) == []
    assert describe(store) == before
    with store.read() as conn:
        users = conn.execute(sa.select(sa.func.count()).select_from(schema.users)).scalar_one()
    assert users == 1  # the system user, once


def test_unknown_until_is_refused(make_store: MakeStore) -> None:
    with pytest.raises(ValueError, match="no migration"):
        make_store().migrate(until="m999_nothing")
