"""Text normalisation shared by the query compiler and the matcher.

Matching happens on a *normalised* copy of a post's text, so that a query for `Zürich` finds
"Zuerich", "ZÜRICH" and "Zürich", and `Kundenservice` finds "KUNDENSERVICE". The rules:

- case is folded (`str.casefold`, so "ẞ" and "ß" become "ss");
- German umlauts are spelled out: ä → ae, ö → oe, ü → ue (also æ → ae, œ/ø → oe);
- other accents are removed: é → e, č → c, å → a (letters that are not a base letter with an
  accent, such as ł or ı, stay as they are: full-text indexes do not fold them either);
- every dash and hyphen (‐ ‑ ‒ – — ―, minus) becomes "-", typographic apostrophes and quotes
  become ' and ", an ellipsis "…" becomes "...";
- invisible characters (soft hyphen, zero-width joiners, emoji variation selectors and skin-tone
  modifiers) are dropped, and a combining diaeresis becomes "e" (so a decomposed "ü" is "ue").

The mapping works character by character, which is what lets a match on the normalised text be
mapped back to character offsets in the original (`offset_map`).

Tokens are runs of letters, digits and "_", or single emoji; everything else separates them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "DELETED_CHARS",
    "EMOJI_CLASS",
    "TOKEN_RE",
    "normalise_text",
    "offset_map",
    "tokenise",
]

#: One emoji is one token (after variation selectors and skin tones are dropped).
EMOJI_CLASS = "\u2600-\u27bf\U0001f000-\U0001faff"
TOKEN_RE = re.compile(rf"\w+|[{EMOJI_CLASS}]")

_SPECIAL: dict[str, str] = {
    "ä": "ae",
    "ö": "oe",
    "ü": "ue",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "ø": "oe",
    "\u0308": "e",  # combining diaeresis: decomposed ü is u + U+0308
}
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_APOSTROPHES = "\u2018\u2019\u201a\u201b\u2039\u203a\u02bc\u00b4"
_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"
_INVISIBLE = (
    "\u00ad\u200b\u200c\u200d\u2060\ufeff\ufe0e\ufe0f"
    + "".join(chr(c) for c in range(0x1F3FB, 0x1F400))  # skin-tone modifiers
)
#: Characters that normalise to nothing; they never separate two tokens.
DELETED_CHARS = _INVISIBLE + "".join(
    chr(c) for c in range(0x0300, 0x0370) if chr(c) not in _SPECIAL
)


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [range(0x80, 0x0250), range(0x1E00, 0x1F00), range(0x0300, 0x0370)]
    for block in ranges:
        for cp in block:
            ch = chr(cp)
            if ch in _SPECIAL:
                table[cp] = _SPECIAL[ch]
                continue
            decomposed = unicodedata.normalize("NFD", ch)
            stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
            if stripped != ch:
                table[cp] = stripped
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in DELETED_CHARS:
        table[ord(ch)] = ""
    for ch in _QUOTES:
        table[ord(ch)] = '"'
    table[0xA0] = " "  # no-break space
    table[0x202F] = " "  # narrow no-break space
    table[0x2026] = "..."  # ellipsis
    return table


_TABLE = _build_table()
_ASCII = frozenset(chr(i) for i in range(128))
_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"))


def normalise_text(text: str) -> str:
    """Return the normalised form of `text` (folded case, umlauts spelled out, no accents).

    >>> normalise_text("Zürich – Straße")
    'zuerich - strasse'
    """
    if text.isascii():
        return text.lower()
    folded = text.casefold()
    # Replacing the few distinct non-ASCII characters is several times faster than
    # str.translate, which looks up every character of a non-ASCII string in the table;
    # German umlauts come first, as they are often the only ones.
    for umlaut, spelled in _UMLAUTS:
        if umlaut in folded:
            folded = folded.replace(umlaut, spelled)
    if folded.isascii():
        return folded
    table = _TABLE
    for ch in set(folded) - _ASCII:
        replacement = table.get(ord(ch))
        if replacement is not None:
            folded = folded.replace(ch, replacement)
    return folded


@lru_cache(maxsize=4096)
def _char_width(ch: str) -> int:
    return len(ch.casefold().translate(_TABLE))


def offset_map(text: str) -> list[int] | None:
    """Map offsets in `normalise_text(text)` back to offsets in `text`.

    Returns None when the mapping is the identity (the common case: plain ASCII, or only
    characters that normalise to exactly one character). Otherwise a list `m` with
    `len(normalise_text(text)) + 1` entries: normalised offset `i` comes from original
    character `m[i]`; the last entry is `len(text)`.
    """
    if text.isascii():
        return None
    special = [ch for ch in set(text) - _ASCII if _char_width(ch) != 1]
    if not special:
        return None
    where: list[int] = []
    for ch in special:
        index = text.find(ch)
        while index >= 0:
            where.append(index)
            index = text.find(ch, index + 1)
    where.sort()
    mapping: list[int] = []
    previous = 0
    for index in where:
        mapping.extend(range(previous, index))
        mapping.extend([index] * _char_width(text[index]))
        previous = index + 1
    mapping.extend(range(previous, len(text)))
    mapping.append(len(text))
    return mapping


def original_span(mapping: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """Turn a [start, end) span of the normalised text into one of the original text.

    Characters that normalise to nothing (a skin-tone modifier, a soft hyphen) right after the
    span belong to it: the span of `👍` in "👍🏽" covers both code points.
    """
    if mapping is None:
        return start, end
    if end <= start:
        return mapping[start], mapping[start]
    return mapping[start], max(mapping[end - 1] + 1, mapping[end])


_ASCII_SEPARATORS = {i: " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")}


def tokenise(text: str) -> list[str]:
    """Tokens of already normalised text (what `TOKEN_RE.findall` returns, only faster)."""
    if text.isascii():
        return text.translate(_ASCII_SEPARATORS).split()
    return TOKEN_RE.findall(text)
