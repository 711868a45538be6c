"""Turn a query tree into an executable expression (`Expr`)."""

from __future__ import annotations

from resonanz.query import ast
from resonanz.query.evaluate import (
    AndExpr,
    CompoundExpr,
    Expr,
    NearExpr,
    NotExpr,
    OrExpr,
    PhraseExpr,
    Positional,
    SloppyPhraseExpr,
    WordExpr,
)
from resonanz.query.fields import HashtagExpr, MentionExpr, field_expr
from resonanz.query.validate import pattern_words
from resonanz.query.words import word_matcher

__all__ = ["compile_node", "compile_query"]


def compile_query(query: ast.Query) -> Expr:
    """The executable form of a parsed query."""
    return compile_node(query.root)


def compile_node(node: ast.Node) -> Expr:
    if isinstance(node, ast.Term | ast.Phrase):
        return _compile_words(node)
    if isinstance(node, ast.Field):
        return field_expr(node.name, node.value)
    if isinstance(node, ast.Hashtag):
        return HashtagExpr(node.tag)
    if isinstance(node, ast.AtMention):
        return MentionExpr(node.handle)
    if isinstance(node, ast.Not):
        return NotExpr(compile_node(node.operand))
    if isinstance(node, ast.And):
        return AndExpr([compile_node(c) for c in node.operands])
    if isinstance(node, ast.Or):
        return OrExpr([compile_node(c) for c in node.operands])
    if isinstance(node, ast.Near):
        left, right = compile_node(node.left), compile_node(node.right)
        if not isinstance(left, Positional) or not isinstance(right, Positional):
            raise TypeError("NEAR needs positional operands")  # pragma: no cover - parser
        return NearExpr(left, right, node.distance, node.ordered)
    raise TypeError(f"not a query node: {node!r}")  # pragma: no cover


def _compile_words(node: ast.Term | ast.Phrase) -> Positional:
    words = pattern_words(node.text)
    label = node.text
    if node.compound:
        return CompoundExpr("".join(words), label)
    fuzzy = node.fuzzy if isinstance(node, ast.Term) else 0
    matchers = [word_matcher(w, fuzzy) for w in words]
    if len(matchers) == 1:
        return WordExpr(matchers[0], label)
    slop = node.slop if isinstance(node, ast.Phrase) else None
    if slop is not None:
        return SloppyPhraseExpr(matchers, slop, label)
    return PhraseExpr(matchers, label)
