"""Anchors: cheap necessary conditions of a query, used by the prefilter.

`anchors(node)` returns a list of anchors such that *if the query matches a post, at least one
anchor is present in it* — or None when no such list exists (e.g. `NOT x`, `followers:>1000`).
An anchor is `(kind, key, check)`:

- `tok`: the normalised token `key` occurs;
- `pre` / `suf`: some token starts / ends with `key`; when `check` is set, that token must also
  pass it: `~1:word` (within one edit of word), `~2:word`, `*:pattern` (a wildcard word). The
  prefilter checks each distinct token only once, so these anchors are nearly exact;
- `sub`: `key` occurs in the normalised text;
- `raw`: `key` occurs in the original text or title;
- `key`: the post has the field key `key` (`a:handle`, `#tag`, `@handle`, `h:host`, `s:source`,
  `l:lang`), see `prefilter.field_keys`.

For AND (and NEAR, phrases) the cheapest operand's anchors suffice; OR needs all of them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from resonanz.query import ast
from resonanz.query.fields import normalise_handle
from resonanz.query.normalise import normalise_text
from resonanz.query.validate import pattern_words
from resonanz.query.words import fuzzy_pieces

__all__ = ["Anchor", "anchor_cost", "anchors", "candidate_anchors"]

Anchor = tuple[str, str, str]
_STOPWORDS = frozenset(
    "der die das und ist nicht ein eine zu mit den von auf für fuer im in es sich auch so "
    "the and is to of a in that it for on with you this be are was not".split()
)
_UNSELECTIVE = ("l:", "s:")


def anchor_cost(anchor: Anchor) -> int:
    """Rough cost of an anchor: how often it lets a post through, how dear it is to check."""
    kind, key, check = anchor
    if check:
        return 1
    if kind == "tok":
        if key in _STOPWORDS or len(key) <= 2:
            return 12
        return 1 if len(key) >= 4 else 3
    if kind in ("pre", "suf"):
        return (2 if len(key) >= 4 else {3: 4, 2: 12}.get(len(key), 40)) + (kind == "suf")
    if kind in ("sub", "raw"):
        return 25
    return 200 if key.startswith(_UNSELECTIVE) else 2


class _Planner:
    """Chooses anchors; an anchor that many monitors use is probably common, so dearer."""

    def __init__(self, usage: Mapping[Anchor, int] | None) -> None:
        self.usage = usage or {}

    def cost(self, found: list[Anchor] | None) -> float:
        if found is None:
            return float("inf")
        usage = self.usage
        return sum(anchor_cost(a) * math.sqrt(max(1, usage.get(a, 1))) for a in found)

    def best(self, options: list[list[Anchor] | None]) -> list[Anchor] | None:
        """For a conjunction: the cheapest operand's anchors."""
        best: list[Anchor] | None = None
        for found in options:
            if found is not None and self.cost(found) < self.cost(best):
                best = found
        return best

    def word(self, word: str, fuzzy: int) -> list[Anchor] | None:
        if fuzzy:
            head, middle, tail = fuzzy_pieces(word, fuzzy)
            check = f"~{fuzzy}:{word}"
            found: list[Anchor] = [("pre", head, check), ("suf", tail, check)]
            return [*found, ("sub", middle, "")] if middle else found
        if "*" not in word and "?" not in word:
            return [("tok", word, "")]
        chunks = word.replace("?", "*").split("*")
        prefix, suffix = chunks[0], chunks[-1]
        options: list[list[Anchor] | None] = []
        if prefix:
            options.append([("pre", prefix, "*:" + word)])
        if suffix:
            options.append([("suf", suffix, "*:" + word)])
        longest = max(chunks, key=len)
        if longest:
            options.append([("sub", longest, "")])
        return self.best(options)

    def words(self, node: ast.Term | ast.Phrase) -> list[Anchor] | None:
        words = pattern_words(node.text)
        if node.compound:
            joined = "".join(words)
            return [("tok", joined[:i], "") for i in range(1, len(joined) + 1)]
        fuzzy = node.fuzzy if isinstance(node, ast.Term) else 0
        return self.best([self.word(w, fuzzy) for w in words])

    def node(self, node: ast.Node) -> list[Anchor] | None:
        if isinstance(node, ast.Term | ast.Phrase):
            return self.words(node)
        if isinstance(node, ast.And):
            return self.best([self.node(c) for c in node.operands])
        if isinstance(node, ast.Near):
            return self.best([self.node(node.left), self.node(node.right)])
        if isinstance(node, ast.Or):
            found: list[Anchor] = []
            for child in node.operands:
                sub = self.node(child)
                if sub is None:
                    return None
                found.extend(sub)
            return found
        return _leaf_anchors(node)


def _leaf_anchors(node: ast.Node) -> list[Anchor] | None:
    if isinstance(node, ast.Field):
        return _field_anchors(node)
    if isinstance(node, ast.Hashtag):
        tag = normalise_text(node.tag)
        return None if "*" in tag or "?" in tag else [("key", "#" + tag, "")]
    if isinstance(node, ast.AtMention):
        handle = normalise_handle(node.handle)
        return None if "*" in handle or "?" in handle else [("key", "@" + handle, "")]
    return None  # NOT, has:, is:, followers:, url:


def _field_anchors(node: ast.Field) -> list[Anchor] | None:
    value = node.value
    if node.name == "raw":
        return [("raw", value, "")]
    if "*" in value or "?" in value:
        return None
    if node.name == "author":
        return [("key", "a:" + normalise_handle(value), "")]
    if node.name == "lang":
        return [("key", "l:" + value.lower(), "")]
    if node.name == "source":
        return [("key", "s:" + value.lower(), "")]
    if node.name == "site":
        return [("key", "h:" + normalise_text(value).rstrip("."), "")]
    return None


def anchors(node: ast.Node, usage: Mapping[Anchor, int] | None = None) -> list[Anchor] | None:
    """Anchors of `node`: one of them is present in every post that `node` matches.

    `usage` counts, per anchor, how many monitors could use it (see `candidate_anchors`);
    widely shared anchors (topic words) are avoided in favour of rare ones (brand names).
    """
    return _Planner(usage).node(node)


def candidate_anchors(node: ast.Node) -> set[Anchor]:
    """Every anchor any leaf of `node` offers (to count how common each one is)."""
    found: set[Anchor] = set()
    planner = _Planner(None)

    def visit(item: ast.Node) -> None:
        if isinstance(item, ast.Term | ast.Phrase):
            words = pattern_words(item.text)
            fuzzy = item.fuzzy if isinstance(item, ast.Term) else 0
            for word in words:
                found.update(planner.word(word, fuzzy) or ())
        elif isinstance(item, ast.And | ast.Or):
            for child in item.operands:
                visit(child)
        elif isinstance(item, ast.Near):
            visit(item.left)
            visit(item.right)
        elif isinstance(item, ast.Not):
            visit(item.operand)
        else:
            found.update(_leaf_anchors(item) or ())

    visit(node)
    return found
