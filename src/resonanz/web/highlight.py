"""Matched spans of a post as text segments, so templates can mark them without raw HTML.

The text is split in Python into (segment, is_match) pairs; the template escapes every segment
and wraps matches in `<mark>`. No markup is ever built from post text.
"""

from __future__ import annotations

from collections.abc import Iterable

from resonanz.model import Span

Segment = tuple[str, bool]


def segments(
    text: str, spans: Iterable[Span], *, field: str = "text", limit: int | None = None
) -> list[Segment]:
    """Split `text` at the spans of `field` (merged where they overlap, clamped to the text).

    With `limit`, at most that many characters are kept and "…" is appended.
    """
    size = len(text)
    ranges = sorted(
        (max(0, s.start), min(size, s.end)) for s in spans if s.field == field and s.end > s.start
    )
    merged: list[list[int]] = []
    for start, end in ranges:
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[Segment] = []
    pos = 0
    for start, end in merged:
        if start > pos:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < size:
        out.append((text[pos:], False))
    if limit is None or size <= limit:
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
