"""docs/query-language.md stays true: fields, precedence and error messages are checked here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resonanz.errors import QueryError
from resonanz.query import parse_query
from resonanz.query.ast import FIELD_NAMES
from resonanz.query.validate import FIELD_ALIASES

DOC = (Path(__file__).parents[2] / "docs" / "query-language.md").read_text(encoding="utf-8")


def _table(heading: str) -> list[list[str]]:
    """The rows of the first table after `heading`, as lists of cell texts."""
    section = DOC.split(heading, 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if not set("".join(cells)) <= set("-: "):
                rows.append(cells)
        elif rows:
            break
    return rows[1:]  # without the header


def _code(cell: str) -> str:
    match = re.match(r"`(.+?)`", cell)
    assert match, cell
    return match.group(1)


@pytest.mark.parametrize("name", [*FIELD_NAMES, *FIELD_ALIASES])
def test_every_field_and_alias_is_documented(name: str):
    assert f"`{name}:" in DOC


@pytest.mark.parametrize("row", _table("**Precedence**"), ids=lambda row: row[0])
def test_precedence_table(row: list[str]):
    written, read_as = _code(row[0]), _code(row[1])
    assert parse_query(written) == parse_query(read_as)


@pytest.mark.parametrize("row", _table("## Errors"), ids=lambda row: row[0])
def test_error_table(row: list[str]):
    query, message, suggestion = _code(row[0]), row[1], row[2]
    with pytest.raises(QueryError) as info:
        parse_query(query)
    assert message.split(": ", 1)[-1] in str(info.value)
    assert info.value.suggestion == suggestion
