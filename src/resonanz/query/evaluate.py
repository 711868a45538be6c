"""Compiled query expressions: the exact matcher that runs on prefilter candidates.

Every expression answers `test(doc)` (does it match?) and, only for posts that matched,
`collect(doc, out)` (append the spans that made it match). Word-level expressions are
*positional*: they also list their `occurrences`, token ranges used by phrases and NEAR.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resonanz.model import Span
from resonanz.query.document import Document
from resonanz.query.words import WordMatcher

__all__ = [
    "AndExpr",
    "CompoundExpr",
    "Expr",
    "NearExpr",
    "NotExpr",
    "Occurrence",
    "OrExpr",
    "PhraseExpr",
    "Positional",
    "SloppyPhraseExpr",
    "WordExpr",
]

#: (first token, last token, the leaf ranges inside with their labels)
Occurrence = tuple[int, int, tuple[tuple[int, int, str], ...]]
_COMPOUND_SEPARATOR = re.compile(r"[\s-]+")


class Expr:
    """A compiled query (or part of one)."""

    def test(self, doc: Document) -> bool:
        raise NotImplementedError

    def collect(self, doc: Document, out: list[Span]) -> None:
        """Append the spans that make this expression match (call only when `test` is true)."""


class Positional(Expr):
    """An expression with token positions: words, phrases, compounds, NEAR and OR of them."""

    def occurrences(self, doc: Document) -> list[Occurrence]:
        raise NotImplementedError

    def test(self, doc: Document) -> bool:
        return bool(self.occurrences(doc))

    def collect(self, doc: Document, out: list[Span]) -> None:
        for _, _, parts in self.occurrences(doc):
            for first, last, label in parts:
                out.append(doc.token_span(first, last, label))


class WordExpr(Positional):
    __slots__ = ("label", "matcher")

    def __init__(self, matcher: WordMatcher, label: str) -> None:
        self.matcher = matcher
        self.label = label

    def test(self, doc: Document) -> bool:
        return self.matcher.test(doc)

    def occurrences(self, doc: Document) -> list[Occurrence]:
        label = self.label
        return [(p, p, ((p, p, label),)) for p in self.matcher.positions(doc)]


class PhraseExpr(Positional):
    """Words directly one after the other."""

    __slots__ = ("label", "words")

    def __init__(self, words: Sequence[WordMatcher], label: str) -> None:
        self.words = tuple(words)
        self.label = label

    def test(self, doc: Document) -> bool:
        return all(w.test(doc) for w in self.words) and bool(self.occurrences(doc))

    def occurrences(self, doc: Document) -> list[Occurrence]:
        if not all(w.test(doc) for w in self.words):
            return []
        rest = [set(w.positions(doc)) for w in self.words[1:]]
        last = len(self.words) - 1
        found: list[Occurrence] = []
        for p in self.words[0].positions(doc):
            if all(p + i in positions for i, positions in enumerate(rest, 1)):
                found.append((p, p + last, ((p, p + last, self.label),)))
        return found


class SloppyPhraseExpr(Positional):
    """`"a b c"~n`: every word, in any order, within a window of (words + n) tokens."""

    __slots__ = ("label", "slop", "words")

    def __init__(self, words: Sequence[WordMatcher], slop: int, label: str) -> None:
        self.words = tuple(words)
        self.slop = slop
        self.label = label

    def test(self, doc: Document) -> bool:
        return all(w.test(doc) for w in self.words) and bool(self.occurrences(doc))

    def occurrences(self, doc: Document) -> list[Occurrence]:
        if not all(w.test(doc) for w in self.words):
            return []
        per_word = [w.positions(doc) for w in self.words]
        width = len(self.words) + self.slop
        starts = sorted({p for positions in per_word for p in positions})
        found: set[Occurrence] = set()
        for start in starts:
            end = start + width - 1
            options = [[p for p in positions if start <= p <= end] for positions in per_word]
            chosen = _assign(options)
            if chosen is not None:
                parts = tuple((p, p, self.label) for p in sorted(chosen))
                found.add((min(chosen), max(chosen), parts))
        return sorted(found)


def _assign(options: list[list[int]]) -> list[int] | None:
    """Pick a distinct position for every word (bipartite matching), or None."""
    owner: dict[int, int] = {}

    def place(word: int, seen: set[int]) -> bool:
        for p in options[word]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or place(owner[p], seen):
                owner[p] = word
                return True
        return False

    for word in range(len(options)):
        if not place(word, set()):
            return None
    return list(owner)


class CompoundExpr(Positional):
    """`Kundenservice~`: the word written together, hyphenated or split by spaces."""

    __slots__ = ("joined", "label")

    def __init__(self, joined: str, label: str) -> None:
        self.joined = joined
        self.label = label

    def test(self, doc: Document) -> bool:
        if self.joined in doc.token_set:
            return True
        joined = self.joined
        if not any(joined.startswith(t) for t in doc.token_set):
            return False
        return bool(self.occurrences(doc))

    def occurrences(self, doc: Document) -> list[Occurrence]:
        joined = self.joined
        index = doc.positions
        words = doc.words
        found: list[Occurrence] = []
        for token in doc.token_set:
            if not joined.startswith(token):
                continue
            for p in index[token]:
                text, q = token, p
                while len(text) < len(joined) and q + 1 < len(words):
                    following = words[q + 1]
                    if not following or not joined.startswith(following, len(text)):
                        break
                    if not _COMPOUND_SEPARATOR.fullmatch(doc.separator(q, q + 1)):
                        break
                    text += following
                    q += 1
                if text == joined:
                    found.append((p, q, ((p, q, self.label),)))
        found.sort()
        return found


class NearExpr(Positional):
    """`a NEAR/n b`: at most n tokens between a and b (`ordered`: a comes first)."""

    __slots__ = ("distance", "left", "ordered", "right")

    def __init__(self, left: Positional, right: Positional, distance: int, ordered: bool) -> None:
        self.left = left
        self.right = right
        self.distance = distance
        self.ordered = ordered

    def test(self, doc: Document) -> bool:
        return self.left.test(doc) and self.right.test(doc) and bool(self.occurrences(doc))

    def occurrences(self, doc: Document) -> list[Occurrence]:
        lefts = self.left.occurrences(doc)
        if not lefts:
            return []
        rights = self.right.occurrences(doc)
        distance, ordered = self.distance, self.ordered
        found: list[Occurrence] = []
        for a_first, a_last, a_parts in lefts:
            for b_first, b_last, b_parts in rights:
                if a_last < b_first:
                    ok = b_first - a_last - 1 <= distance
                elif b_last < a_first and not ordered:
                    ok = a_first - b_last - 1 <= distance
                else:
                    ok = False
                if ok:
                    found.append((min(a_first, b_first), max(a_last, b_last), a_parts + b_parts))
        return found


class OrExpr(Positional):
    __slots__ = ("children",)

    def __init__(self, children: Sequence[Expr]) -> None:
        self.children = tuple(children)

    def test(self, doc: Document) -> bool:
        return any(c.test(doc) for c in self.children)

    def collect(self, doc: Document, out: list[Span]) -> None:
        for child in self.children:
            if child.test(doc):
                child.collect(doc, out)

    def occurrences(self, doc: Document) -> list[Occurrence]:
        found: list[Occurrence] = []
        for child in self.children:
            assert isinstance(child, Positional)  # the parser allows only these inside NEAR
            found.extend(child.occurrences(doc))
        found.sort()
        return found


class AndExpr(Expr):
    __slots__ = ("children",)

    def __init__(self, children: Sequence[Expr]) -> None:
        self.children = tuple(children)

    def test(self, doc: Document) -> bool:
        return all(c.test(doc) for c in self.children)

    def collect(self, doc: Document, out: list[Span]) -> None:
        for child in self.children:
            child.collect(doc, out)


class NotExpr(Expr):
    __slots__ = ("child",)

    def __init__(self, child: Expr) -> None:
        self.child = child

    def test(self, doc: Document) -> bool:
        return not self.child.test(doc)
