"""Chart specs: pure, JSON-serialisable, fixed sentiment colours, localised formats."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from resonanz import charts
from resonanz.analytics import (
    Breakdown,
    BreakdownItem,
    ShareOfVoice,
    VoiceEntry,
    VolumePoint,
    VolumeSeries,
)
from resonanz.analytics.periods import resolve_period

LABELS = {"negative": "negativ", "neutral": "neutral", "positive": "positiv", "mentions": "Erw."}


def _series(key: str) -> VolumeSeries:
    p = resolve_period(key, now=datetime(2026, 3, 10, 11, 0, tzinfo=UTC))
    points = tuple(
        VolumePoint(s, negative=i % 3, neutral=1, positive=2)
        for i, s in enumerate(p.bucket_starts())
    )
    return VolumeSeries(p.granularity, p.tz, points)


def test_volume_chart_is_stacked_by_sentiment_with_fixed_colours() -> None:
    spec = charts.volume_chart(_series("7d"), locale="de", labels=LABELS)
    json.dumps(spec)  # serialisable as it is
    enc = spec["encoding"]
    assert spec["mark"]["type"] == "bar"
    assert enc["y"]["stack"] == "zero"
    assert enc["color"]["scale"]["domain"] == ["negativ", "neutral", "positiv"]
    assert enc["color"]["scale"]["range"] == ["#c8423b", "#9a9a9a", "#2f9e5b"]
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    values = spec["data"]["values"]
    assert len(values) == 7 * 3
    assert values[0]["t"] == "2026-03-04T00:00:00Z"  # local midnight, drawn on a UTC scale
    assert sum(v["count"] for v in values) == sum(p.total for p in _series("7d").points)


def test_short_periods_draw_an_area() -> None:
    spec = charts.volume_chart(_series("24h"), locale="en", labels=LABELS)
    assert spec["mark"]["type"] == "area"
    assert spec["encoding"]["x"]["axis"]["formatType"] == "utc"
    assert spec["config"]["locale"]["number"]["thousands"] == ","


def test_share_of_voice_and_breakdown_charts() -> None:
    sov = ShareOfVoice(
        (
            VoiceEntry(1, "Acme", "brand", 6, 0.75, 0, 0),
            VoiceEntry(2, "Globex", "competitor", 2, 0.25, 0, 0),
        )
    )
    spec = charts.share_of_voice_chart(sov, locale="en", labels={}, focus_id=1)
    rows = spec["data"]["values"]
    assert [(r["name"], r["focus"]) for r in rows] == [("Acme", "yes"), ("Globex", "no")]
    b = Breakdown(
        "platform", (BreakdownItem("mastodon", 4, 0.8, 0, 0), BreakdownItem("rss", 1, 0.2, 0, 0))
    )
    spec = charts.breakdown_chart(b, locale="de", labels={}, names={"rss": "RSS"})
    assert [r["name"] for r in spec["data"]["values"]] == ["mastodon", "RSS"]
    json.dumps(spec)
