"""Full-text prefilters for backfill: a query → an FTS expression matching a superset of posts.

Backfill applies a new or edited monitor to stored posts: the store runs the prefilter returned
here, then `MonitorMatcher` checks each candidate exactly. The prefilter must never lose a post
the matcher would match, so anything it cannot express safely (fuzzy words, leading wildcards,
NOT, field filters) becomes "anything", and a query that is "anything" as a whole gives None.

Dialects:

- `sqlite`: an FTS5 MATCH expression for a table over the post's **title and text** (both
  columns, or one column holding both) with `tokenize="unicode61 remove_diacritics 2"`. The
  index holds the original words, so each word is given in every spelling our normalisation
  treats as equal (`"zuerich" OR "zürich"`). Known gap: soft hyphens and ligatures in stored
  text (which unicode61 splits or keeps) — the pipeline strips them before storing.
- `postgresql`: a `to_tsquery('simple', …)` string for a vector built as
  `to_tsvector('simple', fts_document(post.text, post.title))`, i.e. over our own normalised
  tokens, so no spelling variants are needed.

`required_terms` gives the same knowledge as plain data: words that must occur.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resonanz.query import ast
from resonanz.query.normalise import TOKEN_RE, normalise_text
from resonanz.query.validate import pattern_words

__all__ = ["fts_document", "fts_prefilter", "required_terms"]

DIALECTS = ("sqlite", "postgresql")
MAX_VARIANTS = 32
_ASCII_WORD = re.compile(r"[a-z0-9_]+")
_WORDS = re.compile(r"\w+")
_ALNUM = re.compile(r"[^\W_]")
#: In a normalised word, these pairs may stand for one letter in the original text.
_PAIRS = {"ae": ("ä", "æ"), "oe": ("ö", "œ", "ø"), "ue": ("ü",), "ss": ("ß",)}
#: A prefix ending in this letter may end inside a letter the index keeps (æ, œ, ø, ß).
_PARTIAL = {"a": ("æ",), "o": ("œ", "ø"), "s": ("ß",)}


def fts_document(text: str, title: str = "") -> str:
    """The text to index for the `postgresql` dialect: normalised words separated by spaces."""
    words = TOKEN_RE.findall(normalise_text(title + "\n" + text if title else text))
    return " ".join(w.replace("_", " ") for w in words if w[0].isalnum() or w[0] == "_")


# -- an intermediate form -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    word: str  # normalised, [a-z0-9_]+
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class _Seq:
    """Words directly one after the other (a phrase)."""

    words: tuple[_Word, ...]


@dataclass(frozen=True, slots=True)
class _Bool:
    op: str  # "AND" | "OR"
    children: tuple[_Fts, ...]


@dataclass(frozen=True, slots=True)
class _RawPhrase:
    """`raw:"…"`: SQLite gets the text itself (its tokenizer splits it as it split the post)."""

    text: str
    words: tuple[str, ...]


_Fts = _Word | _Seq | _Bool | _RawPhrase | None  # None: anything


def _and(children: list[_Fts]) -> _Fts:
    kept = [c for c in children if c is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else _Bool("AND", tuple(kept))


def _or(children: list[_Fts]) -> _Fts:
    if any(c is None for c in children):
        return None
    return children[0] if len(children) == 1 else _Bool("OR", tuple(children))


def _word(word: str) -> _Fts:
    """A normalised query word (maybe with wildcards) as an FTS word, or None (anything)."""
    if "*" in word or "?" in word:
        head = re.split(r"[*?]", word, maxsplit=1)[0]
        if not head or "_" in head or not _WORDS.fullmatch(head):
            return None
        return _Word(head, prefix=True)
    if not _WORDS.fullmatch(word) or not word.strip("_"):
        return None  # an emoji: not in any full-text index
    return _Word(word)


def _words(node: ast.Term | ast.Phrase) -> _Fts:
    words = pattern_words(node.text)
    if node.compound:
        joined = "".join(words)
        if not _WORDS.fullmatch(joined) or "_" in joined:
            return None
        # Whatever the split, the first part is a prefix and the last part a suffix of it.
        heads = [_Word(joined[:i]) for i in range(1, len(joined) + 1)]
        tails = [_Word(joined[i:]) for i in range(len(joined))]
        return _and([_or(list(heads)), _or(list(tails))])
    fuzzy = node.fuzzy if isinstance(node, ast.Term) else 0
    if fuzzy:
        return None
    items = [_word(w) for w in words]
    exact = isinstance(node, ast.Term) or node.slop is None
    if exact and len(items) > 1 and all(isinstance(i, _Word) for i in items):
        return _Seq(tuple(i for i in items if isinstance(i, _Word)))
    return _and(items)


def _build(node: ast.Node) -> _Fts:
    if isinstance(node, ast.Term | ast.Phrase):
        return _words(node)
    if isinstance(node, ast.Field) and node.name == "raw":
        words = [w for w in _WORDS.findall(normalise_text(node.value)) if w.strip("_")]
        if not words or not _ALNUM.search(node.value):
            return None
        return _RawPhrase(node.value, tuple(words))
    if isinstance(node, ast.And):
        return _and([_build(c) for c in node.operands])
    if isinstance(node, ast.Or):
        return _or([_build(c) for c in node.operands])
    if isinstance(node, ast.Near):
        return _and([_build(node.left), _build(node.right)])
    return None  # NOT, fields, hashtags, mentions


# -- rendering ------------------------------------------------------------------------------


def _variants(word: str, *, prefix: bool) -> list[str] | None:
    """Spellings of a normalised word as the original text may have had it (for unicode61)."""
    found: list[str] = []

    def walk(i: int, built: str) -> None:
        if len(found) > MAX_VARIANTS:
            return
        if i == len(word):
            found.append(built)
            return
        walk(i + 1, built + word[i])
        for letter in _PAIRS.get(word[i : i + 2], ()):
            walk(i + 2, built + letter)
        if prefix and i == len(word) - 1:
            for letter in _PARTIAL.get(word[i], ()):
                found.append(built + letter)

    walk(0, "")
    return None if len(found) > MAX_VARIANTS else found


def _sqlite_word(item: _Word) -> str | None:
    if not _ASCII_WORD.fullmatch(item.word):
        return None  # unicode61 may fold other scripts differently from casefold()
    parts = [p for p in item.word.split("_") if p]
    if len(parts) > 1:
        if item.prefix:
            return None
        return '"' + " ".join(parts) + '"'
    spellings = _variants(parts[0], prefix=item.prefix)
    if spellings is None:
        return None
    star = "*" if item.prefix else ""
    rendered = [f'"{s}"{star}' for s in spellings]
    return rendered[0] if len(rendered) == 1 else "(" + " OR ".join(rendered) + ")"


def _render_sqlite(node: _Fts) -> str | None:
    if node is None:
        return None
    if isinstance(node, _RawPhrase):
        return '"' + node.text.replace('"', '""') + '"'
    if isinstance(node, _Word):
        return _sqlite_word(node)
    if isinstance(node, _Seq):
        plain = (_ASCII_WORD.fullmatch(w.word) for w in node.words)
        if all(plain) and all(_variants(w.word, prefix=False) == [w.word] for w in node.words):
            return '"' + " ".join(" ".join(w.word.split("_")) for w in node.words) + '"'
        return _render_sqlite(_and(list(node.words)))
    rendered = [_render_sqlite(c) for c in node.children]
    if node.op == "OR" and any(r is None for r in rendered):
        return None
    kept = [r for r in rendered if r is not None]
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else "(" + f" {node.op} ".join(kept) + ")"


def _pg_word(item: _Word) -> str:
    # Words are \w+ only, so they need no escaping inside '…'.
    parts = [p for p in item.word.split("_") if p]
    rendered = [f"'{p}'" for p in parts]
    if item.prefix:
        rendered[-1] += ":*"
    return rendered[0] if len(rendered) == 1 else "(" + " <-> ".join(rendered) + ")"


def _render_pg(node: _Fts) -> str | None:
    if node is None:
        return None
    if isinstance(node, _RawPhrase):
        return _render_pg(_Seq(tuple(_Word(w) for w in node.words)))
    if isinstance(node, _Word):
        return _pg_word(node)
    if isinstance(node, _Seq):
        return "(" + " <-> ".join(_pg_word(w) for w in node.words) + ")"
    joiner = " & " if node.op == "AND" else " | "
    return "(" + joiner.join(r for c in node.children if (r := _render_pg(c)) is not None) + ")"


def fts_prefilter(query: ast.Query, dialect: str) -> str | None:
    """A full-text expression that matches every post `query` matches (and maybe more).

    Returns None when no safe prefilter exists; the caller then scans all posts.
    """
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {DIALECTS}")
    tree = _build(query.root)
    if dialect == "sqlite":
        return _render_sqlite(tree)
    return _render_pg(tree)


def required_terms(query: ast.Query) -> list[set[str]]:
    """Normalised words a matching post must contain: one word of every set.

    `("Deutsche Bahn" OR DB) Verspätung` → `[{"deutsche", "db"}, {"verspaetung"}]` (one word per
    alternative suffices). Wildcards, fuzzy words, compounds and NOT contribute nothing.
    """
    return _clauses(query.root)


def _clauses(node: ast.Node) -> list[set[str]]:
    if isinstance(node, ast.Term | ast.Phrase):
        if node.compound or (isinstance(node, ast.Term) and node.fuzzy):
            return []
        return [{w} for w in pattern_words(node.text) if "*" not in w and "?" not in w]
    if isinstance(node, ast.And):
        return [clause for child in node.operands for clause in _clauses(child)]
    if isinstance(node, ast.Near):
        return _clauses(node.left) + _clauses(node.right)
    if isinstance(node, ast.Or):
        merged: set[str] = set()
        for child in node.operands:
            clauses = _clauses(child)
            if not clauses:
                return []
            merged |= min(clauses, key=len)
        return [merged]
    return []
