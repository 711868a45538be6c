"""The literal prefilter over many monitors.

Each monitor contributes its anchors (see `anchors.py`). For a post, the prefilter looks its
tokens up in one hash index (a set intersection in C), plus small indexes for token prefixes and
suffixes, a short list of substrings and the field keys; the union of the monitors found, plus
the monitors without anchors, are the candidates that the exact matcher then evaluates.

This does the job of an Aho–Corasick automaton over the required literals, but works on
whole tokens, which a hash lookup answers faster in Python than any character automaton; what
each distinct token triggers is cached, so a post usually costs two set operations in C.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial

from resonanz.query.anchors import Anchor
from resonanz.query.document import Document, host_of
from resonanz.query.fields import normalise_handle
from resonanz.query.normalise import normalise_text
from resonanz.query.words import levenshtein_within, wildcard_regex

__all__ = ["TOKEN_CACHE_SIZE", "Prefilter", "field_keys"]

#: (monitor number, the check a token must pass as well, or "")
_Entry = tuple[int, str]
#: How many distinct tokens the prefilter remembers before it starts afresh.
TOKEN_CACHE_SIZE = 500_000


def field_keys(doc: Document, kinds: frozenset[str]) -> set[str]:
    """The field keys of a post (only of the kinds some monitor asks for)."""
    post = doc.post
    keys: set[str] = set()
    if "s" in kinds:
        keys.add("s:" + post.platform.lower())
    if "l" in kinds:
        keys.add("l:" + doc.language)
    if "a" in kinds:
        handle = normalise_handle(post.author.handle)
        keys.add("a:" + handle)
        keys.add("a:" + handle.split("@", 1)[0])
    if "#" in kinds:
        if "#" in doc.norm:
            keys.update("#" + tag for tag, _, _ in doc.hashtags)
        keys.update("#" + normalise_text(tag).lstrip("#") for tag in post.hashtags)
    if "@" in kinds:
        handles = [normalise_handle(m) for m in post.mentions]
        if "@" in doc.norm:
            handles.extend(handle for handle, _, _ in doc.mentions)
        for handle in handles:
            keys.add("@" + handle)
            keys.add("@" + handle.split("@", 1)[0])
    if "h" in kinds:
        for url in doc.all_urls():
            host = host_of(url)
            while host:
                keys.add("h:" + host)
                host = host.partition(".")[2]
    return keys


def _fullmatches(regex: re.Pattern[str], token: str) -> bool:
    return regex.fullmatch(token) is not None


class Prefilter:
    """Finds, for one post, the monitors that could match it."""

    def __init__(self) -> None:
        self._tokens: dict[str, list[int]] = defaultdict(list)
        self._prefixes: dict[int, dict[str, list[_Entry]]] = defaultdict(lambda: defaultdict(list))
        self._suffixes: dict[int, dict[str, list[_Entry]]] = defaultdict(lambda: defaultdict(list))
        self._checks: dict[str, Callable[[str], bool]] = {}
        self._substrings: dict[str, list[int]] = defaultdict(list)
        self._raw: dict[str, list[int]] = defaultdict(list)
        self._keys: dict[str, list[int]] = defaultdict(list)
        self._key_kinds: set[str] = set()
        self._kinds: frozenset[str] = frozenset()
        self._always: list[int] = []
        self._seen: set[str] = set()
        self._hits: dict[str, tuple[int, ...]] = {}

    def add(self, index: int, found: Iterable[Anchor] | None) -> None:
        """Register monitor number `index` with its anchors (None: always a candidate)."""
        if found is None:
            self._always.append(index)
            return
        for kind, key, check in set(found):
            if kind == "tok":
                self._tokens[key].append(index)
            elif kind == "pre":
                self._prefixes[len(key)][key].append((index, check))
            elif kind == "suf":
                self._suffixes[len(key)][key].append((index, check))
            elif kind == "sub":
                self._substrings[key].append(index)
            elif kind == "raw":
                self._raw[key].append(index)
            else:
                self._keys[key].append(index)
                self._key_kinds.add(key[0])

    def freeze(self) -> None:
        """Turn the build-time dictionaries into plain ones (faster, and no accidental growth)."""
        self._tokens = dict(self._tokens)
        self._prefixes = {n: dict(keys) for n, keys in self._prefixes.items()}
        self._suffixes = {n: dict(keys) for n, keys in self._suffixes.items()}
        self._substrings = dict(self._substrings)
        self._raw = dict(self._raw)
        self._keys = dict(self._keys)
        self._kinds = frozenset(self._key_kinds)

    def _passes(self, check: str, token: str) -> bool:
        """Whether `token` passes an anchor's check ("~1:word", "~2:word", "*:pattern")."""
        test = self._checks.get(check)
        if test is None:
            kind, _, word = check.partition(":")
            if kind.startswith("~"):
                test = partial(levenshtein_within, word, limit=int(kind[1:]))
            else:
                test = partial(_fullmatches, wildcard_regex(word))
            self._checks[check] = test
        return test(token)

    def _resolve(self, token: str) -> tuple[int, ...]:
        """All monitors one token triggers: as itself, by a prefix or by a suffix."""
        found = set(self._tokens.get(token, ()))
        entries: list[_Entry] = []
        for size, keys in self._prefixes.items():
            entries.extend(keys.get(token[:size], ()))
        for size, keys in self._suffixes.items():
            entries.extend(keys.get(token[-size:], ()))
        for index, check in entries:
            if not check or self._passes(check, token):
                found.add(index)
        return tuple(sorted(found))

    def candidates(self, doc: Document) -> set[int]:
        """Indexes of the monitors that could match `doc`."""
        found: set[int] = set(self._always)
        tokens = doc.token_set
        # Tokens repeat from post to post, so what each token triggers is remembered: a post
        # then costs two set operations in C plus a loop over the tokens that hit a monitor.
        # (Local references, and a full cache is replaced rather than cleared, so that threads
        # sharing a matcher at most repeat work.)
        seen, hits = self._seen, self._hits
        unknown = tokens - seen
        if unknown:
            if len(seen) > TOKEN_CACHE_SIZE:
                seen, hits = self._seen, self._hits = set(), {}
                unknown = tokens
            for token in unknown:
                hit = self._resolve(token)
                if hit:
                    hits[token] = hit
            seen.update(unknown)
        for token in hits.keys() & tokens:
            found.update(hits[token])
        if self._substrings:
            norm = doc.norm
            for needle, monitors in self._substrings.items():
                if needle in norm:
                    found.update(monitors)
        if self._raw:
            text, title = doc.post.text, doc.post.title
            for needle, monitors in self._raw.items():
                if needle in text or needle in title:
                    found.update(monitors)
        if self._keys:
            keys = self._keys
            for key in keys.keys() & field_keys(doc, self._kinds):
                found.update(keys[key])
        return found
