"""Full-text prefilters for backfill: always a superset of what the matcher matches."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resonanz.model import Monitor, Post
from resonanz.query import (
    MonitorMatcher,
    format_query,
    fts_document,
    fts_prefilter,
    parse_query,
    required_terms,
)
from resonanz.query.ast import Query
from tests.query.posts import make_post
from tests.query.strategies import posts, queries

Search = Callable[[str], set[int]]


@pytest.fixture
def sqlite_search() -> Iterator[Callable[[Sequence[Post]], Search]]:
    db = sqlite3.connect(":memory:")

    def load(items: Sequence[Post]) -> Search:
        db.execute("DROP TABLE IF EXISTS fts")
        db.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, text, "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        db.executemany(
            "INSERT INTO fts(rowid, title, text) VALUES (?, ?, ?)",
            [(i, p.title, p.text) for i, p in enumerate(items)],
        )
        return lambda expr: {
            row[0] for row in db.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,))
        }

    yield load
    db.close()


def _matched(query: Query, items: Sequence[Post]) -> set[int]:
    matcher = MonitorMatcher([Monitor("m", format_query(query), id=1)])
    return {i for i, p in enumerate(items) if matcher.match(p)}


@pytest.mark.parametrize(
    ("query", "sqlite", "postgresql"),
    [
        ("Bahn", '"bahn"', "'bahn'"),
        ("Zürich", '("zuerich" OR "zürich")', "'zuerich'"),
        ("Straße", '("strasse" OR "straße")', "'strasse'"),
        ('"Deutsche Bahn"', '"deutsche bahn"', "('deutsche' <-> 'bahn')"),
        ("Bahn OR Zug", '("bahn" OR "zug")', "('bahn' | 'zug')"),
        ("Bahn -Streik", '"bahn"', "'bahn'"),
        ("verspät*", '("verspaet"* OR "verspät"* OR "verspæt"*)', "'verspaet':*"),
        ("db_bahn", '"db bahn"', "('db' <-> 'bahn')"),
        ('raw:"C++"', '"C++"', "('c')"),
        ("Bahn NEAR/3 Zug", '("bahn" AND "zug")', "('bahn' & 'zug')"),
        ("Bahn OR Bahn~1", None, None),
        ("*bahn", None, None),
        ("NOT Bahn", None, None),
        ("lang:de", None, None),
        ("#bahn Zug", '"zug"', "'zug'"),
        ("🚆", None, None),
    ],
)
def test_prefilter_expressions(query: str, sqlite: str | None, postgresql: str | None):
    parsed = parse_query(query)
    assert fts_prefilter(parsed, "sqlite") == sqlite
    assert fts_prefilter(parsed, "postgresql") == postgresql


def test_unknown_dialect_is_refused():
    with pytest.raises(ValueError, match="dialect"):
        fts_prefilter(parse_query("a"), "mysql")


def test_required_terms():
    query = parse_query('("Deutsche Bahn" OR DB) Verspätung -Streik verspät* Bahn~1')
    assert required_terms(query) == [{"deutsche", "db"}, {"verspaetung"}]
    assert required_terms(parse_query("a OR bc*")) == []


def test_fts_document_is_normalised_words():
    assert fts_document("Zürich: db_bahn 🚆 fährt!", "Titel") == "titel zuerich db bahn faehrt"


def test_sqlite_prefilter_finds_umlaut_spellings(sqlite_search):
    items = [make_post(t) for t in ["Zürich", "Zuerich", "ZÜRICH", "Zurich", "Kunden-Service"]]
    search = sqlite_search(items)
    # unicode61 folds ü to u, so "Zurich" is a candidate too (the matcher then rejects it)
    assert search(fts_prefilter(parse_query("Zürich"), "sqlite") or "") == {0, 1, 2, 3}
    assert search(fts_prefilter(parse_query("Kundenservice~"), "sqlite") or "") == {4}


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(queries, min_size=1, max_size=4), st.lists(posts(), min_size=1, max_size=6))
def test_sqlite_prefilter_is_a_superset(sqlite_search, query_list, post_list):
    search = sqlite_search(post_list)
    for query in query_list:
        expr = fts_prefilter(query, "sqlite")
        if expr is not None:
            assert _matched(query, post_list) <= search(expr), expr


@pytest.mark.postgres
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(queries, min_size=1, max_size=4), st.lists(posts(), min_size=1, max_size=6))
def test_postgresql_prefilter_is_a_superset(postgres_dsn, query_list, post_list):
    with psycopg.connect(postgres_dsn, autocommit=True) as conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS docs (id int, doc tsvector)")
        conn.execute("TRUNCATE docs")
        for i, post in enumerate(post_list):
            conn.execute(
                "INSERT INTO docs VALUES (%s, to_tsvector('simple', %s))",
                (i, fts_document(post.text, post.title)),
            )
        for query in query_list:
            expr = fts_prefilter(query, "postgresql")
            if expr is None:
                continue
            rows = conn.execute(
                "SELECT id FROM docs WHERE doc @@ to_tsquery('simple', %s)", (expr,)
            ).fetchall()
            assert _matched(query, post_list) <= {r[0] for r in rows}, expr
