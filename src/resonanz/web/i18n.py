"""Interface languages (German and English): translated strings and locale-aware formats.

Every string the interface shows is a key in `i18n/de.json` and `i18n/en.json` (a test checks
that both files have the same keys and that every key used in a template exists). Numbers,
percentages and times are formatted per locale: 1.234 and 12,5 % in German, 1,234 and 12.5% in
English; times are shown in the viewer's time zone.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

LOCALES = ("de", "en")
I18N_DIR = Path(__file__).parent / "i18n"

PLATFORM_NAMES = {
    "bluesky": "Bluesky",
    "demo": "Demo",
    "file": "File",
    "hackernews": "Hacker News",
    "mastodon": "Mastodon",
    "reddit": "Reddit",
    "rss": "RSS",
}


@cache
def catalogue(locale: str) -> Mapping[str, str]:
    """All strings of one locale (read once per process)."""
    data = json.loads((I18N_DIR / f"{locale}.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{locale}.json must hold one object of strings")
    return {str(k): str(v) for k, v in data.items()}


def negotiate(accept_language: str, default: str) -> str:
    """The first of our locales named in an `Accept-Language` header, else `default`."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept_language.split(",")):
        lang, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        code = lang.strip().lower()[:2]
        if code in LOCALES and q > 0:
            ranked.append((-q, i, code))
    return sorted(ranked)[0][2] if ranked else default


def zone(name: str, fallback: str = "Europe/Berlin") -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(fallback)


@dataclass(frozen=True)
class Translator:
    """Strings and formats of one locale and time zone; templates get it as `i18n`."""

    locale: str
    tz: str = "Europe/Berlin"

    def t(self, key: str, **values: Any) -> str:
        text = catalogue(self.locale).get(key)
        if text is None:
            log.warning("missing translation %s for %s", key, self.locale)
            return key
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in catalogue(self.locale)

    def number(self, value: float | int) -> str:
        text = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
        if self.locale == "de":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text

    def compact(self, value: int) -> str:
        """1234567 → "1,2 Mio." / "1.2 M"; below 10,000 the number as it is."""
        if abs(value) >= 1_000_000:
            return self.t("unit.million", n=self.number(round(value / 1_000_000, 1)))
        if abs(value) >= 10_000:
            return self.t("unit.thousand", n=self.number(round(value / 1_000, 1)))
        return self.number(value)

    def percent(self, share: float | None, *, signed: bool = False) -> str:
        if share is None:
            return "–"
        value = share * 100
        text = f"{value:+,.1f}" if signed else f"{value:,.1f}"
        text = text.replace("-", "−")
        if self.locale == "de":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
            return text + " %"
        return text + "%"

    def datetime(self, value: dt.datetime, *, seconds: bool = False) -> str:
        local = value.astimezone(zone(self.tz))
        time_fmt = "%H:%M:%S" if seconds else "%H:%M"
        if self.locale == "de":
            return local.strftime(f"%d.%m.%Y {time_fmt}")
        return local.strftime(f"%Y-%m-%d {time_fmt}")

    def date(self, value: dt.datetime) -> str:
        local = value.astimezone(zone(self.tz))
        return local.strftime("%d.%m.%Y" if self.locale == "de" else "%Y-%m-%d")

    def period(self, start: dt.datetime, end: dt.datetime, *, whole_days: bool) -> str:
        """ "01.03.2026 – 30.03.2026" for whole days (end exclusive), else with times."""
        if whole_days:
            return f"{self.date(start)} – {self.date(end - dt.timedelta(days=1))}"
        return f"{self.datetime(start)} – {self.datetime(end)}"

    def sentiment(self, value: str) -> str:
        key = f"sentiment.{value}"
        return self.t(key) if self.has(key) else value

    def intent(self, value: str) -> str:
        key = f"intent.{value}"
        return self.t(key) if self.has(key) else value

    def language(self, code: str) -> str:
        key = f"lang.{code}"
        return self.t(key) if self.has(key) else code

    def platform(self, code: str) -> str:
        return PLATFORM_NAMES.get(code, code)

    def kind(self, value: str) -> str:
        key = f"kind.{value}"
        return self.t(key) if self.has(key) else value

    def chart_labels(self) -> dict[str, str]:
        """The texts charts need, translated (see `resonanz.charts`)."""
        keys = ("negative", "neutral", "positive")
        labels = {k: self.sentiment(k) for k in keys}
        labels.update(
            mentions=self.t("chart.mentions"),
            time=self.t("chart.time"),
            sentiment=self.t("chart.sentiment"),
            monitor=self.t("chart.monitor"),
            platform=self.t("filter.platform"),
            language=self.t("filter.language"),
        )
        return labels
