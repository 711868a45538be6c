"""Tokens and hashed features shared by every linear model of the enrichment.

A text becomes a sequence of *tokens* (words, hashtags, mentions, links, emoji, emoticons,
punctuation runs). Each token owns a fixed set of hashed feature ids: the normalised word and,
for words, its character 3–5-grams (within the word, padded with `<` and `>`). Pairs of
neighbouring tokens add one bigram feature each. Because every character n-gram belongs to
exactly one token, a linear model's score of a text is a sum of per-token contributions plus
per-bigram contributions — which makes both the fast path (a cached vector per distinct token)
and the explanation ("which words drove this?") exact.

Feature values are counts scaled by `1 / sqrt(number of feature occurrences in the text)`, the
same at training and at inference time.

The hash is CRC-32 of the UTF-8 feature string (stable across processes and platforms, unlike
Python's salted `hash`), masked to `2**bits` buckets.
"""

from __future__ import annotations

import functools
import itertools
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "DEFAULT_BITS",
    "Token",
    "bigram_feature",
    "doc_features",
    "token_features",
    "tokenize",
]

DEFAULT_BITS = 20
"""Default size of the hashed feature space: 2**20 buckets."""

_URL = r"(?:https?://|www\.)\S+"
_MENTION = r"@\w+"
_HASHTAG = r"#\w+"
_EMOTICON = (
    r"(?:<3+|\^\^|[xX][dD]\b|[:;=8][\-o\*']?[\)\]\(\[dDpPoO/\\|@3\*]+"
    r"|[\)\]\(\[][\-o\*']?[:;=8](?!\w))"
)
_WORD = r"\w+(?:['’\-]\w+)*"
_EMOJI = (
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u2300-\u23FF"
    r"\u2700-\u27BF\u3030\u303D\u3297\u3299]"
)
_PUNCT = r"[!?]+|\.{2,}|…"

TOKEN_RE = re.compile(
    "|".join(
        f"(?P<{name}>{pattern})"
        for name, pattern in (
            ("url", _URL),
            ("mention", _MENTION),
            ("hashtag", _HASHTAG),
            ("emoticon", _EMOTICON),
            ("word", _WORD),
            ("emoji", _EMOJI),
            ("punct", _PUNCT),
        )
    )
)
_REPEAT = re.compile(r"(.)\1{2,}")
_DIGIT = re.compile(r"\d")
_NGRAM_SIZES = (3, 4, 5)


@dataclass(frozen=True, slots=True)
class Token:
    """A token of a text: its `kind`, the `text` as written and `norm`, the feature key."""

    kind: str
    text: str
    norm: str
    start: int


@functools.lru_cache(maxsize=1 << 16)
def _normalise(kind: str, text: str) -> str:
    if kind == "url":
        return "<url>"
    if kind == "mention":
        return "<user>"
    if kind == "punct":
        if text[0] in "!?":
            return text[:3] if len(text) <= 3 else text[0] * 3
        return "..."
    lowered = _REPEAT.sub(r"\1\1\1", text.lower())
    if kind == "emoticon":
        return lowered
    return _DIGIT.sub("0", lowered)


def tokenize(text: str) -> list[Token]:
    """Split a text into tokens with their normalised feature keys."""
    out: list[Token] = []
    append = out.append
    normalise = _normalise
    for match in TOKEN_RE.finditer(text):
        kind = match.lastgroup or "word"
        raw = match.group()
        append(Token(kind, raw, normalise(kind, raw), match.start()))
    return out


def _hash(feature: str, mask: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & mask


def token_features(norm: str, bits: int = DEFAULT_BITS) -> list[int]:
    """Hashed feature ids owned by one normalised token (word id + character n-grams)."""
    mask = (1 << bits) - 1
    ids = [_hash("w:" + norm, mask)]
    word = norm[1:] if norm[:1] == "#" and len(norm) > 1 else norm
    if word is not norm:
        ids.append(_hash("w:" + word, mask))
    if word[:1].isalnum():
        padded = f"<{word}>"
        size = len(padded)
        for n in _NGRAM_SIZES:
            if n > size:
                break
            ids.extend(_hash("c:" + padded[i : i + n], mask) for i in range(size - n + 1))
    return ids


def bigram_feature(left: str, right: str, bits: int = DEFAULT_BITS) -> int:
    """Hashed id of the bigram of two neighbouring normalised tokens."""
    return _hash(f"b:{left} {right}", (1 << bits) - 1)


def doc_features(norms: Iterable[str], bits: int = DEFAULT_BITS) -> list[int]:
    """All feature ids (with repetition) of a text given as its normalised tokens."""
    seq = list(norms)
    ids: list[int] = []
    for norm in seq:
        ids.extend(token_features(norm, bits))
    ids.extend(bigram_feature(a, b, bits) for a, b in itertools.pairwise(seq))
    return ids
