"""Matched spans of a post as text segments, so templates can mark them without raw HTML.

The text is split in Python into (segment, is_match) pairs; the template escapes every segment
and wraps matches in `<mark>`. No markup is ever built from post text.
"""

from __future__ import annotations

from collections.abc import Iterable

from resonanz.model import Span
from resonanz.query import highlight

Segment = tuple[str, bool]


def segments(
    text: str, spans: Iterable[Span], *, field: str = "text", limit: int | None = None
) -> list[Segment]:
    """`resonanz.query.highlight` pieces of `text`, cut after `limit` characters with "…"."""
    out = highlight(text, list(spans), field=field)
    if limit is None or len(text) <= limit:
        return out
    cut: list[Segment] = []
    left = limit
    for seg, hit in out:
        if left <= 0:
            break
        cut.append((seg[:left], hit))
        left -= len(seg)
    cut.append(("…", False))
    return cut
