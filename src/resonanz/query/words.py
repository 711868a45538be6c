"""Single-word matchers: exact, wildcard (`verspät*`) and fuzzy (`Bahn~1`).

A word matcher answers two questions about a `Document`: does any token match (`test`, cheap,
needs only the token set), and at which positions (`positions`, needs the token index).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from heapq import merge

from resonanz.query.document import Document

__all__ = [
    "ExactWord",
    "FuzzyWord",
    "PatternWord",
    "WordMatcher",
    "fuzzy_pieces",
    "levenshtein_within",
    "word_matcher",
]


class WordMatcher:
    """Base class: matches single tokens of a post."""

    word: str

    def matching_tokens(self, doc: Document) -> list[str]:
        """The distinct tokens of `doc` this matcher accepts."""
        raise NotImplementedError

    def test(self, doc: Document) -> bool:
        return bool(self.matching_tokens(doc))

    def positions(self, doc: Document) -> list[int]:
        """Sorted positions of the matching tokens."""
        index = doc.positions
        found = [index[t] for t in self.matching_tokens(doc)]
        if not found:
            return []
        if len(found) == 1:
            return found[0]
        return list(merge(*found))


class ExactWord(WordMatcher):
    """The token itself (after normalisation)."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def matching_tokens(self, doc: Document) -> list[str]:
        return [self.word] if self.word in doc.token_set else []

    def test(self, doc: Document) -> bool:
        return self.word in doc.token_set

    def positions(self, doc: Document) -> list[int]:
        return doc.positions.get(self.word, [])


def wildcard_regex(pattern: str) -> re.Pattern[str]:
    """`verspät*` (normalised: `verspaet*`) → a regex for whole tokens."""
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.compile("".join(parts), re.DOTALL)


class PatternWord(WordMatcher):
    """A word with `*` (any letters, also none) and `?` (exactly one letter)."""

    __slots__ = ("head", "regex", "word")

    def __init__(self, pattern: str) -> None:
        self.word = pattern
        self.regex = wildcard_regex(pattern)
        #: The fixed start of the pattern; only tokens starting with it are tried.
        self.head = re.split(r"[*?]", pattern, maxsplit=1)[0]

    def matching_tokens(self, doc: Document) -> list[str]:
        key = ("pattern", self.word)
        found: list[str] | None = doc.memo.get(key)
        if found is None:
            fullmatch = self.regex.fullmatch
            tokens = _starting_with(doc, self.head) if self.head else doc.token_set
            found = [t for t in tokens if fullmatch(t)]
            doc.memo[key] = found
        return found


def levenshtein_within(a: str, b: str, limit: int) -> bool:
    """Whether the edit distance (insert, delete, substitute) of a and b is at most `limit`.

    Equal first (or last) letters can always be matched with each other, so they are
    skipped; at the first difference the three possible edits are tried. With a limit of
    1 or 2 that is at most nine short comparisons.
    """
    if abs(len(a) - len(b)) > limit:
        return False
    start, stop = 0, min(len(a), len(b))
    while start < stop and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return max(len(a), len(b)) <= limit
    if limit == 0:
        return False
    return (
        levenshtein_within(a[1:], b[1:], limit - 1)
        or levenshtein_within(a[1:], b, limit - 1)
        or levenshtein_within(a, b[1:], limit - 1)
    )


def fuzzy_pieces(word: str, distance: int) -> tuple[str, str, str]:
    """(head, middle, tail) of `word`: a token within `distance` edits starts with head,
    ends with tail, or (distance 2) contains middle — one of them survives the edits."""
    if distance == 1:
        half = len(word) // 2
        return word[:half], "", word[half:]
    third = len(word) // 3
    return word[:third], word[third : len(word) - third], word[len(word) - third :]


class FuzzyWord(WordMatcher):
    """Tokens within `distance` edits (insert, delete, substitute a letter) of the word."""

    __slots__ = ("distance", "head", "middle", "tail", "word")

    def __init__(self, word: str, distance: int) -> None:
        self.word = word
        self.distance = distance
        self.head, self.middle, self.tail = fuzzy_pieces(word, distance)

    def _candidates(self, doc: Document) -> set[str]:
        """Tokens that keep the head, the tail or the middle piece (see `fuzzy_pieces`)."""
        middle = self.middle
        found = set(_starting_with(doc, self.head))
        found.update(_ending_with(doc, self.tail))
        if middle:
            by_length = _tokens_by_length(doc)
            size, limit = len(self.word), self.distance
            for n in range(size - limit, size + limit + 1):
                found.update(t for t in by_length.get(n, ()) if middle in t)
        return found

    def matching_tokens(self, doc: Document) -> list[str]:
        key = ("fuzzy", self.word, self.distance)
        found: list[str] | None = doc.memo.get(key)
        if found is None:
            word, limit = self.word, self.distance
            found = sorted(t for t in self._candidates(doc) if levenshtein_within(word, t, limit))
            doc.memo[key] = found
        return found


def _tokens_by_length(doc: Document) -> dict[int, list[str]]:
    """The distinct tokens of `doc` grouped by length (computed once per post)."""
    found: dict[int, list[str]] | None = doc.memo.get("by-length")
    if found is None:
        found = {}
        for token in doc.token_set:
            found.setdefault(len(token), []).append(token)
        doc.memo["by-length"] = found
    return found


def _starting_with(doc: Document, head: str) -> list[str]:
    """Distinct tokens of `doc` that start with `head` (binary search in the sorted tokens)."""
    ordered: list[str] | None = doc.memo.get("sorted")
    if ordered is None:
        ordered = doc.memo["sorted"] = sorted(doc.token_set)
    found = []
    for i in range(bisect_left(ordered, head), len(ordered)):
        if not ordered[i].startswith(head):
            break
        found.append(ordered[i])
    return found


def _ending_with(doc: Document, tail: str) -> list[str]:
    """Distinct tokens of `doc` that end with `tail` (binary search in the reversed tokens)."""
    ordered: list[str] | None = doc.memo.get("reversed")
    if ordered is None:
        ordered = doc.memo["reversed"] = sorted(t[::-1] for t in doc.token_set)
    liat = tail[::-1]
    found = []
    for i in range(bisect_left(ordered, liat), len(ordered)):
        if not ordered[i].startswith(liat):
            break
        found.append(ordered[i][::-1])
    return found


def word_matcher(word: str, fuzzy: int = 0) -> WordMatcher:
    """The matcher for one normalised query word."""
    if fuzzy:
        return FuzzyWord(word, fuzzy)
    if "*" in word or "?" in word:
        return PatternWord(word)
    return ExactWord(word)
