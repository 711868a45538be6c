"""Vega-Lite chart specs as pure functions of analytics results.

Each function returns a JSON-serialisable dict that the browser renders with vega-embed and that
reports can render to SVG. Nothing here knows about the web: texts come in through `labels`
(already translated) and number/date formats through `locale` ("de" or "en").

Times: a series' bucket starts are wall-clock times of the viewer's time zone. They are written
as if they were UTC and drawn on a UTC time scale, so the chart shows the viewer's time whatever
time zone the browser runs in.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from resonanz.analytics import SENTIMENTS, Breakdown, ShareOfVoice, VolumeSeries

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"

SENTIMENT_COLOURS = {"negative": "#c8423b", "neutral": "#9a9a9a", "positive": "#2f9e5b"}
"""Fixed colours: red-ish for negative, grey for neutral, green-ish for positive."""
ACCENT = "#1f5f8b"
MUTED = "#8fb3cc"

_D3_LOCALES: dict[str, dict[str, Any]] = {
    "de": {
        "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " €"]},
        "time": {
            "dateTime": "%A, %e. %B %Y, %X",
            "date": "%d.%m.%Y",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": [
                "Sonntag",
                "Montag",
                "Dienstag",
                "Mittwoch",
                "Donnerstag",
                "Freitag",
                "Samstag",
            ],
            "shortDays": ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
            "months": [
                "Januar",
                "Februar",
                "März",
                "April",
                "Mai",
                "Juni",
                "Juli",
                "August",
                "September",
                "Oktober",
                "November",
                "Dezember",
            ],
            "shortMonths": [
                "Jan",
                "Feb",
                "Mär",
                "Apr",
                "Mai",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Okt",
                "Nov",
                "Dez",
            ],
        },
    },
    "en": {
        "number": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]},
        "time": {
            "dateTime": "%a %e %b %Y %X",
            "date": "%Y-%m-%d",
            "time": "%H:%M:%S",
            "periods": ["AM", "PM"],
            "days": [
                "Sunday",
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
            ],
            "shortDays": ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
            "months": [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ],
            "shortMonths": [
                "Jan",
                "Feb",
                "Mar",
                "Apr",
                "May",
                "Jun",
                "Jul",
                "Aug",
                "Sep",
                "Oct",
                "Nov",
                "Dec",
            ],
        },
    },
}

_AXIS_FORMAT = {
    ("de", "day"): "%d.%m.",
    ("en", "day"): "%d %b",
    ("de", "hour"): "%d.%m. %H:%M",
    ("en", "hour"): "%d %b %H:%M",
    ("de", "5min"): "%H:%M",
    ("en", "5min"): "%H:%M",
}
_TOOLTIP_FORMAT = {"day": "%d.%m.%Y", "hour": "%d.%m.%Y %H:%M", "5min": "%d.%m.%Y %H:%M"}
_TOOLTIP_FORMAT_EN = {"day": "%Y-%m-%d", "hour": "%Y-%m-%d %H:%M", "5min": "%Y-%m-%d %H:%M"}


def _config(locale: str) -> dict[str, Any]:
    return {
        "locale": _D3_LOCALES.get(locale, _D3_LOCALES["en"]),
        "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        "view": {"stroke": None},
        "axis": {"labelColor": "#444", "titleColor": "#444", "gridColor": "#eee"},
        "legend": {"orient": "bottom", "labelColor": "#444", "titleColor": "#444"},
    }


def _base(locale: str, height: int) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "width": "container",
        "height": height,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "config": _config(locale),
    }


def _wall_clock(t: datetime) -> str:
    """A local time written as a UTC ISO string (see the module docstring)."""
    return t.replace(tzinfo=None).isoformat() + "Z"


def _label(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key, key)


def volume_chart(series: VolumeSeries, *, locale: str, labels: Mapping[str, str]) -> dict[str, Any]:
    """Mentions over time stacked by sentiment: bars for days, an area for hours and minutes.

    `labels` translates "negative", "neutral", "positive", "mentions", "time", "sentiment".
    """
    fmt = (_TOOLTIP_FORMAT if locale == "de" else _TOOLTIP_FORMAT_EN)[series.granularity]
    values = [
        {
            "t": _wall_clock(p.start),
            "when": p.start.strftime(fmt),
            "sentiment": _label(labels, s),
            "order": i,
            "count": p.count(s),
        }
        for p in series.points
        for i, s in enumerate(SENTIMENTS)
    ]
    domain = [_label(labels, s) for s in SENTIMENTS]
    colour = {
        "field": "sentiment",
        "type": "nominal",
        "title": _label(labels, "sentiment"),
        "scale": {"domain": domain, "range": [SENTIMENT_COLOURS[s] for s in SENTIMENTS]},
        "sort": domain,
    }
    x: dict[str, Any] = {
        "field": "t",
        "type": "temporal",
        "title": None,
        "scale": {"type": "utc"},
        "axis": {
            "format": _AXIS_FORMAT[(locale if locale == "de" else "en", series.granularity)],
            "formatType": "utc",
            "labelOverlap": True,
            "tickCount": 8,
        },
    }
    if series.granularity == "day":
        mark: dict[str, Any] = {"type": "bar", "tooltip": True}
        x["timeUnit"] = "utcyearmonthdate"
        x["bandPosition"] = 0
        del x["axis"]["formatType"]  # the utc time unit formats in UTC already
    else:
        mark = {"type": "area", "tooltip": True, "interpolate": "monotone", "line": False}
    spec = _base(locale, 240)
    spec.update(
        {
            "description": _label(labels, "mentions"),
            "data": {"values": values},
            "mark": mark,
            "encoding": {
                "x": x,
                "y": {
                    "field": "count",
                    "type": "quantitative",
                    "stack": "zero",
                    "title": _label(labels, "mentions"),
                    "axis": {"format": ",d", "tickMinStep": 1},
                },
                "color": colour,
                "order": {"field": "order", "type": "ordinal"},
                "tooltip": [
                    {"field": "when", "type": "nominal", "title": _label(labels, "time")},
                    {"field": "sentiment", "type": "nominal", "title": _label(labels, "sentiment")},
                    {
                        "field": "count",
                        "type": "quantitative",
                        "title": _label(labels, "mentions"),
                        "format": ",d",
                    },
                ],
            },
        }
    )
    return spec


def _bar_chart(
    rows: list[dict[str, Any]],
    *,
    locale: str,
    value_title: str,
    category_title: str,
    colour: dict[str, Any],
) -> dict[str, Any]:
    spec = _base(locale, max(60, 28 * len(rows)))
    spec.update(
        {
            "data": {"values": rows},
            "encoding": {
                "y": {
                    "field": "name",
                    "type": "nominal",
                    "title": None,
                    "sort": None,  # rows come sorted, largest first
                    "axis": {"labelLimit": 140},
                },
                "x": {
                    "field": "posts",
                    "type": "quantitative",
                    "title": value_title,
                    "axis": {"format": ",d", "tickMinStep": 1},
                },
                "tooltip": [
                    {"field": "name", "type": "nominal", "title": category_title},
                    {
                        "field": "posts",
                        "type": "quantitative",
                        "title": value_title,
                        "format": ",d",
                    },
                    {"field": "share", "type": "quantitative", "title": "%", "format": ".1%"},
                ],
            },
            "layer": [
                {"mark": {"type": "bar", "cornerRadiusEnd": 2}, "encoding": {"color": colour}},
                {
                    "mark": {"type": "text", "align": "left", "dx": 4, "color": "#333"},
                    "encoding": {
                        "text": {"field": "share", "type": "quantitative", "format": ".0%"}
                    },
                },
            ],
        }
    )
    return spec


def share_of_voice_chart(
    sov: ShareOfVoice,
    *,
    locale: str,
    labels: Mapping[str, str],
    focus_id: int | None = None,
) -> dict[str, Any]:
    """Horizontal bars of mentions per compared monitor; the focused monitor is highlighted."""
    rows = [
        {
            "name": e.name,
            "posts": e.posts,
            "share": e.share,
            "focus": "yes" if e.monitor_id == focus_id else "no",
        }
        for e in sov.entries
    ]
    colour = {
        "field": "focus",
        "type": "nominal",
        "legend": None,
        "scale": {"domain": ["yes", "no"], "range": [ACCENT, MUTED]},
    }
    return _bar_chart(
        rows,
        locale=locale,
        value_title=_label(labels, "mentions"),
        category_title=_label(labels, "monitor"),
        colour=colour,
    )


def breakdown_chart(
    data: Breakdown, *, locale: str, labels: Mapping[str, str], names: Mapping[str, str]
) -> dict[str, Any]:
    """Horizontal bars of mentions per platform or language; `names` translates keys."""
    rows = [
        {"name": names.get(i.key, i.key), "posts": i.posts, "share": i.share} for i in data.items
    ]
    if data.dimension == "sentiment":
        colour: dict[str, Any] = {
            "field": "name",
            "type": "nominal",
            "legend": None,
            "scale": {
                "domain": [names.get(s, s) for s in SENTIMENTS],
                "range": [SENTIMENT_COLOURS[s] for s in SENTIMENTS],
            },
        }
    else:
        colour = {"value": ACCENT}
    return _bar_chart(
        rows,
        locale=locale,
        value_title=_label(labels, "mentions"),
        category_title=_label(labels, data.dimension),
        colour=colour,
    )
