"""Parsing, precedence, canonical printing and the errors a user sees."""

from __future__ import annotations

import pytest

from resonanz.errors import QueryError
from resonanz.query import format_query, parse_query
from resonanz.query.ast import (
    And,
    AtMention,
    Field,
    Hashtag,
    Near,
    Not,
    Or,
    Phrase,
    Query,
    Term,
)

A, B, C, D = Term("a"), Term("b"), Term("c"), Term("d")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("a", A),
        ("a b", And((A, B))),
        ("a AND b", And((A, B))),
        ("a UND b", And((A, B))),
        ("a OR b c", Or((A, And((B, C))))),
        ("a ODER b", Or((A, B))),
        ("(a OR b) c", And((Or((A, B)), C))),
        ("a -b", And((A, Not(B)))),
        ("a NOT b", And((A, Not(B)))),
        ("a AND NOT b", And((A, Not(B)))),
        ("NICHT a", Not(A)),
        ("NOT a OR b", Or((Not(A), B))),
        ("-(a OR b)", Not(Or((A, B)))),
        ('-"a b"', Not(Phrase("a b"))),
        ("a NEAR/3 b", Near(A, B, 3)),
        ("a NEAR/3f b", Near(A, B, 3, ordered=True)),
        ("a NEAR b", Near(A, B, 5)),
        ("a NEAR/1 b NEAR/2 c", Near(Near(A, B, 1), C, 2)),
        ("NOT a NEAR/1 b", Not(Near(A, B, 1))),
        ("(a OR b) NEAR/2 c d", And((Near(Or((A, B)), C, 2), D))),
        ('"Deutsche Bahn"', Phrase("Deutsche Bahn")),
        ('"Bahn Streik"~3', Phrase("Bahn Streik", slop=3)),
        ('"Kunden Service"~', Phrase("Kunden Service", compound=True)),
        ('"say \\"hi\\""', Phrase('say "hi"')),
        ("Bahn~1", Term("Bahn", fuzzy=1)),
        ("Verspätung~2", Term("Verspätung", fuzzy=2)),
        ("Kundenservice~", Term("Kundenservice", compound=True)),
        ("verspät*", Term("verspät*")),
        ("Kunden-Service", Term("Kunden-Service")),
        ("10:30", Term("10:30")),
        ("lang:de", Field("lang", "de")),
        ("LANG:de", Field("lang", "de")),
        ("sprache:de", Field("lang", "de")),
        ("autor:db_bahn", Field("author", "db_bahn")),
        ('raw:"C++"', Field("raw", "C++")),
        ('author:"db_bahn"', Field("author", "db_bahn")),
        ("url:https://bahn.de/x", Field("url", "https://bahn.de/x")),
        ("followers:>1k", Field("followers", ">1k")),
        ("#Bahnstreik", Hashtag("Bahnstreik")),
        ("@DB_Bahn", AtMention("DB_Bahn")),
        ("  a\n\tb  ", And((A, B))),
    ],
)
def test_parse(text: str, root):
    assert parse_query(text) == Query(root)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        (
            '("Deutsche Bahn" OR DB) AND (Verspätung OR verspätet) NOT author:db_bahn',
            '("Deutsche Bahn" OR DB) AND (Verspätung OR verspätet) AND NOT author:db_bahn',
        ),
        ("a b -c", "a AND b AND NOT c"),
        ("a UND (b ODER c)", "a AND (b OR c)"),
        ("a OR b c", "a OR (b AND c)"),
        ("a AND (b AND c)", "a AND (b AND c)"),
        ("((a))", "a"),
        ("a NEAR b", "a NEAR/5 b"),
        ("a NEAR/1 (b NEAR/2 c)", "a NEAR/1 (b NEAR/2 c)"),
        ("NOT (a b)", "NOT (a AND b)"),
        ('raw:"x" link:"a b"', 'raw:"x" AND url:"a b"'),
    ],
)
def test_format_is_canonical(text: str, canonical: str):
    query = parse_query(text)
    assert format_query(query) == canonical
    assert parse_query(canonical) == query


@pytest.mark.parametrize(
    ("text", "line", "column", "message", "suggestion"),
    [
        ("", 1, 1, "the query is empty", "Deutsche Bahn"),
        ("Bahn AND", 1, 9, "ends after AND", "add what should follow AND"),
        ("Bahn OR OR Zug", 1, 9, "OR cannot follow OR", "remove one"),
        ("OR Bahn", 1, 1, "OR cannot stand at the start", "put a word before OR"),
        ("(Bahn OR Zug", 1, 13, "'(' at column 1 is never closed", "add ')'"),
        ("Bahn)", 1, 5, "no matching '('", "remove the ')'"),
        ("()", 1, 2, "parentheses are empty", "remove the empty"),
        ('"Deutsche Bahn', 1, 1, "never closed", 'add "'),
        ("Bahn\n  AND (Zug OR", 2, 14, "ends after OR", "add what"),
        ("autorr:x", 1, 1, "'autorr:' is not a known field", "author:"),
        ("zz:x", 1, 1, "'zz:' is not a known field", 'put "zz:…" in quotes'),
        ("lnag:de", 1, 1, "not a known field", "did you mean lang:?"),
        ("lang:deutsch", 1, 1, "not a language code (did you mean lang:de?)", "lang:de"),
        ("lang:", 1, 1, "has no value", "lang:de"),
        ("has:bild", 1, 1, "has:bild is not known", "has:link"),
        ("is:antwort", 1, 1, "is:antwort is not known", "is:reply"),
        ("followers:viele", 1, 1, "not a follower count", "followers:>1000"),
        ("followers:9..1", 1, 1, "is empty", "followers:>1000"),
        ("site:https://bahn.de/x", 1, 1, "not a domain name", "site:bahn.de"),
        ("https://bahn.de", 1, 1, "URL cannot be searched", "url:"),
        ("Bahn~3", 1, 1, "'~3' is not a fuzzy distance", "Bahn~1"),
        ("DB~1", 1, 1, "too short for ~1", "OR"),
        ("Zug~2", 1, 1, "too short for ~2", "OR"),
        ("Deutsche-Bahn~1", 1, 1, "single words", "Deutsche~1 Bahn~1"),
        ("v*", 1, 1, "too few letters", "verspät*"),
        ("verspät*~", 1, 1, "mixes a wildcard with ~", "remove"),
        ("a ~", 1, 3, "'~' must follow a word", "Bahn~1"),
        ('"a b"~x', 1, 6, "'~x' after a phrase", '"…"~3'),
        ("!!!", 1, 1, "contains no letters or digits", 'raw:"!!!"'),
        ('""', 1, 1, "phrase contains no letters", "raw:"),
        ("Bahn - Zug", 1, 6, "'-' must be written directly before", "-Stellenangebot"),
        ("a NEAR/x b", 1, 3, "not a valid proximity operator", "NEAR/5"),
        ("a NEAR/5000 b", 1, 3, "too large", "AND"),
        ("lang:de NEAR/2 Bahn", 1, 9, "needs words or phrases on both sides", "AND"),
        ("(a b) NEAR/2 c", 1, 7, "needs words or phrases", "AND"),
        ("#", 1, 1, "contains no letters", "raw:"),
        ("#foo-bar", 1, 1, "not a valid hashtag", "#Bahnstreik"),
        ("@", 1, 1, "contains no letters", "raw:"),
        ("Bahn @-", 1, 6, "not a valid account name", "@DB_Bahn"),
        ("(" * 70 + "a" + ")" * 70, 1, 61, "nested too deeply", "redundant"),
        ("NOT " * 70 + "a", 1, 241, "nested too deeply", "redundant"),
    ],
)
def test_errors_explain_where_and_what(text, line, column, message, suggestion):
    with pytest.raises(QueryError) as info:
        parse_query(text)
    error = info.value
    assert (error.line, error.column) == (line, column)
    assert message in error.message
    assert suggestion in error.suggestion
    assert error.expected
    assert error.query == text
    assert str(error).startswith(f"line {line}, column {column}: ")


def test_very_long_query_is_refused_clearly():
    with pytest.raises(QueryError, match="longer than"):
        parse_query("Bahn OR " * 5000 + "Zug")
