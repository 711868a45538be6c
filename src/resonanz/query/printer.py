"""Print a query tree back as canonical text: `parse_query(format_query(q)) == q`.

Canonical means: operators in English capitals (`AND`, `OR`, `NOT`, `NEAR/n`), explicit `AND`
between operands, `NOT` instead of `-`, field names in their canonical spelling, and parentheses
exactly where the tree has a group inside a group.
"""

from __future__ import annotations

import re

from resonanz.query import ast

__all__ = ["format_node", "format_query"]

_BARE_VALUE_RE = re.compile(r'[^\s()"]+')


def format_query(query: ast.Query) -> str:
    """The canonical text of `query`."""
    return format_node(query.root)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def format_node(node: ast.Node) -> str:
    """The canonical text of one node of the tree."""
    if isinstance(node, ast.Term):
        if node.fuzzy:
            return f"{node.text}~{node.fuzzy}"
        return node.text + ("~" if node.compound else "")
    if isinstance(node, ast.Phrase):
        suffix = "~" if node.compound else ("" if node.slop is None else f"~{node.slop}")
        return _quote(node.text) + suffix
    if isinstance(node, ast.Field):
        value = node.value
        if node.name == "raw" or not _BARE_VALUE_RE.fullmatch(value) or value.startswith('"'):
            value = _quote(value)
        return f"{node.name}:{value}"
    if isinstance(node, ast.Hashtag):
        return "#" + node.tag
    if isinstance(node, ast.AtMention):
        return "@" + node.handle
    if isinstance(node, ast.Not):
        return "NOT " + _child(node.operand, group=(ast.And, ast.Or, ast.Near))
    if isinstance(node, ast.And):
        return " AND ".join(_child(c, group=(ast.And, ast.Or)) for c in node.operands)
    if isinstance(node, ast.Or):
        return " OR ".join(_child(c, group=(ast.And, ast.Or)) for c in node.operands)
    if isinstance(node, ast.Near):
        op = f"NEAR/{node.distance}" + ("f" if node.ordered else "")
        left = _child(node.left, group=(ast.Or, ast.Near))
        right = _child(node.right, group=(ast.Or, ast.Near))
        return f"{left} {op} {right}"
    raise TypeError(f"not a query node: {node!r}")  # pragma: no cover


def _child(node: ast.Node, *, group: tuple[type, ...]) -> str:
    text = format_node(node)
    return f"({text})" if isinstance(node, group) else text
