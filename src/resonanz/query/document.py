"""One post prepared for matching: normalised text, tokens and lazily computed extras.

Only what every post needs is computed up front (the normalised text and its set of tokens, for
the prefilter). Token positions, hashtags, links and the offset map back to the original text
are computed on first use, which is only for the few posts a monitor might match.

The searchable text is the post's title (if any) and its text. Token positions of the text
start `POSITION_GAP` after the title's, so phrases and NEAR never reach across the two. URLs
are blanked out of the searchable text (`bahn` does not match inside `https://bahn.de/`); the
`url:` and `site:` fields match them instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from resonanz.model import Post, Span
from resonanz.query.normalise import (
    TOKEN_RE,
    normalise_text,
    offset_map,
    original_span,
    tokenise,
)

__all__ = ["POSITION_GAP", "URL_RE", "Document", "host_of"]

POSITION_GAP = 1_002
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]}]")
_HASHTAG_RE = re.compile(r"(?<![\w#])#(\w+)")
_MENTION_RE = re.compile(r"(?<![\w@/])@(\w[\w.-]*(?:@[\w-]+(?:\.[\w-]+)+)?)")
_TITLE_SEPARATOR = "\x00"


def _blank_urls(norm: str) -> str:
    if "http" not in norm and "www." not in norm:
        return norm
    return URL_RE.sub(lambda m: " " * (m.end() - m.start()), norm)


def host_of(url: str) -> str:
    """The lower-case host of a URL (without port), or "" when there is none."""
    rest = url.split("://", 1)[1] if "://" in url else url
    host = re.split(r"[/?#:]", rest, maxsplit=1)[0]
    return host.lower().rstrip(".")


class Document:
    """What the matcher needs to know about one post."""

    __slots__ = (
        "_hashtags",
        "_mentions",
        "_positions",
        "_urls",
        "ends",
        "language",
        "memo",
        "norm",
        "post",
        "starts",
        "text_offset",
        "token_set",
        "tokens",
        "words",
    )

    def __init__(self, post: Post) -> None:
        self.post = post
        norm = _blank_urls(normalise_text(post.text))
        if post.title:
            title = _blank_urls(normalise_text(post.title))
            self.text_offset = len(title) + 1
            norm = title + _TITLE_SEPARATOR + norm
        else:
            self.text_offset = 0
        self.norm = norm
        self.tokens: list[str] = tokenise(norm)
        self.token_set: frozenset[str] = frozenset(self.tokens)
        language = post.enrichment.language
        if not language or language == "unknown":
            language = post.language_hint or "unknown"
        self.language = language.lower().replace("_", "-").partition("-")[0]
        #: Per-post cache shared by all monitors (e.g. which tokens a wildcard matches).
        self.memo: dict[Any, Any] = {}
        self._positions: dict[str, list[int]] | None = None
        self._hashtags: list[tuple[str, int, int]] | None = None
        self._mentions: list[tuple[str, int, int]] | None = None
        self._urls: list[tuple[str, int, int]] | None = None

    # -- token positions ------------------------------------------------------------------------

    def _index(self) -> dict[str, list[int]]:
        words = self.tokens
        bounds = [m.span() for m in TOKEN_RE.finditer(self.norm)]
        starts = [a for a, _ in bounds]
        ends = [b for _, b in bounds]
        if self.text_offset:
            # Title tokens first, then a gap of POSITION_GAP empty positions, then the text.
            split = bisect_left(starts, self.text_offset)
            pad = POSITION_GAP
            gap_at = starts[split] if split < len(starts) else len(self.norm)
            words = [*words[:split], *([""] * pad), *words[split:]]
            starts = [*starts[:split], *([gap_at] * pad), *starts[split:]]
            ends = [*ends[:split], *([gap_at] * pad), *ends[split:]]
        positions: dict[str, list[int]] = {}
        for position, word in enumerate(words):
            if word:
                positions.setdefault(word, []).append(position)
        self.words = words
        self.starts = starts
        self.ends = ends
        self._positions = positions
        return positions

    @property
    def positions(self) -> dict[str, list[int]]:
        """Token → its positions (sorted). Also fills `words`, `starts` and `ends`."""
        if self._positions is None:
            return self._index()
        return self._positions

    def separator(self, left: int, right: int) -> str:
        """The normalised text between the tokens at positions `left` and `right`."""
        return self.norm[self.ends[left] : self.starts[right]]

    # -- spans ----------------------------------------------------------------------------------

    def span(self, start: int, end: int, term: str) -> Span:
        """A Span in the original title or text for [start, end) of the normalised text."""
        offset = self.text_offset
        if start >= offset:
            mapping = offset_map(self.post.text)
            a, b = original_span(mapping, start - offset, end - offset)
            return Span(a, b, term, "text")
        mapping = offset_map(self.post.title)
        a, b = original_span(mapping, start, end)
        return Span(a, b, term, "title")

    def token_span(self, first: int, last: int, term: str) -> Span:
        """The Span covering the tokens at positions first … last."""
        return self.span(self.starts[first], self.ends[last], term)

    # -- hashtags, mentions, links ----------------------------------------------------------

    @property
    def hashtags(self) -> list[tuple[str, int, int]]:
        """(normalised tag, start, end) of every #hashtag in the searchable text."""
        if self._hashtags is None:
            self._hashtags = [
                (m.group(1), m.start(), m.end()) for m in _HASHTAG_RE.finditer(self.norm)
            ]
        return self._hashtags

    @property
    def mentions(self) -> list[tuple[str, int, int]]:
        """(normalised handle, start, end) of every @mention in the searchable text."""
        if self._mentions is None:
            self._mentions = [
                (m.group(1), m.start(), m.end()) for m in _MENTION_RE.finditer(self.norm)
            ]
        return self._mentions

    @property
    def urls(self) -> list[tuple[str, int, int]]:
        """(normalised URL, start, end) of every URL written in the title or text."""
        if self._urls is None:
            text = normalise_text(self.post.text)
            offset = self.text_offset
            found = [
                (m.group(), m.start() + offset, m.end() + offset) for m in URL_RE.finditer(text)
            ]
            if self.post.title:
                title = normalise_text(self.post.title)
                found.extend((m.group(), m.start(), m.end()) for m in URL_RE.finditer(title))
            self._urls = found
        return self._urls

    def all_urls(self) -> list[str]:
        """Every URL of the post, normalised: its own URL, its links and those in the text."""
        post = self.post
        urls = [normalise_text(u) for u in (post.url, *post.links) if u]
        urls.extend(u for u, _, _ in self.urls)
        return urls
