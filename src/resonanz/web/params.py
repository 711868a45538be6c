"""Reading dashboard filters from query parameters: allow-listed, never trusted as is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from resonanz.analytics import DEFAULT_PERIOD, PERIODS, Filters, Period, resolve_period
from resonanz.model import Sentiment

_CODE = re.compile(r"^[a-z0-9_.-]{1,50}$")
SENTIMENT_VALUES = tuple(s.value for s in Sentiment)


def clean_codes(values: list[str]) -> tuple[str, ...]:
    """Platform/language codes: lower-case letters, digits, `_.-`; anything else is dropped."""
    return tuple(dict.fromkeys(v for v in (x.strip().lower() for x in values) if _CODE.match(v)))


def clean_sentiments(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v in SENTIMENT_VALUES))


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class View:
    """A dashboard view as the query string describes it."""

    period: Period
    filters: Filters
    search: str = ""

    @property
    def is_filtered(self) -> bool:
        f = self.filters
        return bool(f.platforms or f.languages or f.sentiments or self.search)

    @property
    def from_value(self) -> str:
        """The first day of a custom period (for the date input), else ""."""
        if self.period.key != "custom":
            return ""
        return self.period.local_start_date().isoformat()

    @property
    def to_value(self) -> str:
        """The last day (inclusive) of a custom period, else ""."""
        if self.period.key != "custom":
            return ""
        return (self.period.local_end_date() - timedelta(days=1)).isoformat()

    def query(self, **extra: str | int | None) -> str:
        """The query string that reproduces this view (plus `extra`), for links."""
        pairs: list[tuple[str, str]] = [("period", self.period.key)]
        if self.period.key == "custom":
            pairs += [("from", self.from_value), ("to", self.to_value)]
        pairs += [("platform", p) for p in self.filters.platforms]
        pairs += [("language", lang) for lang in self.filters.languages]
        pairs += [("sentiment", s) for s in self.filters.sentiments]
        if self.search:
            pairs.append(("q", self.search))
        pairs += [(k, str(v)) for k, v in extra.items() if v is not None and v != ""]
        return urlencode(pairs)


def parse_view(params: QueryParams, *, now: datetime, tz: str) -> View:
    key = params.get("period", DEFAULT_PERIOD)
    if key not in PERIODS and key != "custom":
        key = DEFAULT_PERIOD
    period = resolve_period(
        key,
        now=now,
        tz=tz,
        start_date=parse_date(params.get("from")),
        end_date=parse_date(params.get("to")),
    )
    filters = Filters(
        platforms=clean_codes([v for v in params.getlist("platform") if v]),
        languages=clean_codes([v for v in params.getlist("language") if v]),
        sentiments=clean_sentiments(params.getlist("sentiment")),
    )
    return View(period, filters, params.get("q", "").strip()[:200])


def parse_int(value: str | None, default: int = 0, *, low: int = 0, high: int = 10_000) -> int:
    try:
        n = int(value) if value is not None else default
    except ValueError:
        n = default
    return max(low, min(high, n))
