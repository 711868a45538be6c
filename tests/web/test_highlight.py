"""Matched spans become (segment, is_match) pairs: merged, clamped, cut — never markup."""

from __future__ import annotations

from resonanz.model import Span
from resonanz.web.highlight import segments


def test_spans_split_the_text() -> None:
    text = "Acme und Globex: <b>Acme</b>"
    spans = [Span(0, 4, "acme"), Span(20, 24, "acme"), Span(9, 15, "globex")]
    assert segments(text, spans) == [
        ("Acme", True),
        (" und ", False),
        ("Globex", True),
        (": <b>", False),
        ("Acme", True),
        ("</b>", False),
    ]
    assert "".join(s for s, _ in segments(text, spans)) == text


def test_overlapping_out_of_range_and_other_field_spans() -> None:
    text = "Heizung kaputt"
    spans = [
        Span(0, 5, "heiz"),
        Span(3, 7, "zung"),
        Span(8, 99, "kaputt"),
        Span(0, 3, "x", "title"),
    ]
    assert segments(text, spans) == [("Heizung", True), (" ", False), ("kaputt", True)]
    assert segments(text, [Span(5, 2, "bad")]) == [(text, False)]


def test_limit_cuts_and_marks_the_cut() -> None:
    parts = segments("Acme " + "x" * 100, [Span(0, 4, "acme")], limit=10)
    assert parts == [("Acme", True), (" xxxxx", False), ("…", False)]
