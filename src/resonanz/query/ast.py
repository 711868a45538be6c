"""The syntax tree of a monitor query: small, frozen, comparable dataclasses.

Leaves keep the text the user typed (`Term("Zürich")`, not `"zuerich"`); normalisation happens
when a query is compiled, so `format_query` can print the query back the way it was written.
Positions are not part of the tree, so two queries that differ only in spacing or in redundant
parentheses are equal.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "FIELD_NAMES",
    "And",
    "AtMention",
    "Field",
    "Hashtag",
    "Near",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Query",
    "Term",
]

#: Field filters a query may use, e.g. `lang:de`. `raw` is the exact-match operator.
FIELD_NAMES = (
    "lang",
    "source",
    "author",
    "site",
    "url",
    "has",
    "is",
    "followers",
    "raw",
)


@dataclass(frozen=True, slots=True)
class Term:
    """A bare word: `Bahn`, `verspät*`, `Bahn~1` (fuzzy), `Kundenservice~` (compound).

    A term with a hyphen or other inner punctuation (`Kunden-Service`) matches its words as a
    phrase. `fuzzy` is the allowed edit distance (0, 1 or 2).
    """

    text: str
    fuzzy: int = 0
    compound: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """`"Deutsche Bahn"`; with `slop` (`"Bahn Streik"~3`) its words may be up to `slop` words
    apart in any order; with `compound` (`"Kunden Service"~`) it matches written together,
    hyphenated or apart."""

    text: str
    slop: int | None = None
    compound: bool = False


@dataclass(frozen=True, slots=True)
class Field:
    """A filter on a property of the post: `lang:de`, `author:db_bahn`, `raw:"DB"` …"""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Hashtag:
    """`#bahn`: the post carries this hashtag."""

    tag: str


@dataclass(frozen=True, slots=True)
class AtMention:
    """`@db_bahn`: the post mentions this account."""

    handle: str


@dataclass(frozen=True, slots=True)
class Not:
    """`NOT x` or `-x`."""

    operand: Node


@dataclass(frozen=True, slots=True)
class And:
    """`a AND b`, or `a b` (implicit AND). Always at least two operands."""

    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """`a OR b`. Always at least two operands."""

    operands: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Near:
    """`a NEAR/n b`: at most `n` words between them; `ordered` (`NEAR/nf`): `a` comes first."""

    left: Node
    right: Node
    distance: int
    ordered: bool = False


Node = Term | Phrase | Field | Hashtag | AtMention | Not | And | Or | Near


@dataclass(frozen=True, slots=True)
class Query:
    """The root of a parsed query."""

    root: Node
