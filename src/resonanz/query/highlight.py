"""Split a text into plain and highlighted pieces for the "why did this match?" view."""

from __future__ import annotations

from collections.abc import Sequence

from resonanz.model import Span

__all__ = ["highlight"]


def highlight(text: str, spans: Sequence[Span], *, field: str = "text") -> list[tuple[str, bool]]:
    """Return `(segment, is_match)` pieces that together are exactly `text`.

    Only spans of `field` are used ("text" by default; pass "title" for the title). Overlapping
    and touching spans are merged; spans outside the text are clipped. The caller escapes each
    segment before rendering it.

    >>> highlight("Die Bahn ist spät", [Span(4, 8, "Bahn")])
    [('Die ', False), ('Bahn', True), (' ist spät', False)]
    """
    ranges = sorted(
        (max(0, s.start), min(len(text), s.end))
        for s in spans
        if s.field == field and min(len(text), s.end) > max(0, s.start)
    )
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in merged:
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
