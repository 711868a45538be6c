"""The `demo` source: a deterministic stream of realistic mentions of a fictional company.

It tells the story of `demo.company` (Brenntal, a heat-pump maker, and two competitors) on five
kinds of platform: `mastodon`, `bluesky`, `forum`, `news` and `reviews`, in German and English:
about 20,000 posts in the 30 days before the `anchor` (the demo's "now"), with a product launch
12 days before it and a shitstorm peaking about four days before it (see `demo.story`); after
the anchor the everyday rate goes on, so a running demo receives a trickle of new posts.

The stream is a pure function of (seed, anchor), made in three steps:

1. *Plan* (`demo.timeline`, `demo.plan`): time from `anchor - days` is cut into 5-minute slots,
   each drawing its posts from a random generator of its own; the scripted posts of the story
   join their slot.
2. *Link* (`demo.timeline`): replies, reposts, quotes and service answers pick an earlier
   original of the same platform.
3. *Write* (`demo.writer`): text, title and metrics come from the post's own seed and the
   grammars of `demo.texts`; every post names what its monitors look for (see
   `demo_monitors`).

The authors come from `demo.crowd`. `fetch` emits whole slots that have ended by `clock()`, so
fetching in any chunks gives the same posts, none twice, none from the future. Ground truth
(intent, sentiment, topic, …) is kept in `RawPost.unmapped` under `demo_*` keys.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random  # not `import random`: the submodule demo.random takes that name
from typing import Any, ClassVar

from resonanz.errors import ConfigError
from resonanz.hookspecs import hookimpl
from resonanz.model import RawPost
from resonanz.plugin_settings import Setting
from resonanz.sources.base import Batch, Clock, Source, utc_now
from resonanz.sources.demo.calendar import SLOT, berlin_offset
from resonanz.sources.demo.company import DEMO_COMPANY, demo_monitors
from resonanz.sources.demo.plan import PLATFORMS, Plan
from resonanz.sources.demo.timeline import Timeline
from resonanz.sources.demo.writer import VALUE_SLOTS, Writer

__all__ = [
    "DEMO_COMPANY",
    "VALUE_SLOTS",
    "DemoSource",
    "berlin_offset",
    "demo_config",
    "demo_monitors",
    "register_sources",
]


def demo_config(anchor: datetime, *, seed: int = 42, days: int = 30) -> dict[str, Any]:
    """The configuration of a demo source whose "now" is `anchor`."""
    return {"anchor": anchor.astimezone(UTC).isoformat(), "seed": seed, "days": days}


class DemoSource(Source):
    """Generated mentions of the demo company; see the module docstring."""

    name: ClassVar[str] = "demo"
    title: ClassVar[str] = "Demo data"
    settings: ClassVar[tuple[Setting, ...]] = (
        Setting(
            "anchor",
            str,
            'The demo\'s "now" when it was set up (ISO 8601 with time zone); the history ends '
            "there and the live trickle begins",
            required=True,
        ),
        Setting("seed", int, "Seed: the same seed and anchor give the same posts", default=42),
        Setting("days", int, "Days of history before the anchor", default=30),
        Setting("batch_minutes", int, "At most this much generated time per fetch", default=360),
    )

    @classmethod
    def validate_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        result = super().validate_config(config)
        _parse_time(result["anchor"], "demo.anchor")
        if not 1 <= result["days"] <= 3660:
            raise ConfigError("demo.days", f"must be between 1 and 3660 (got {result['days']})")
        if result["batch_minutes"] < 5:
            raise ConfigError(
                "demo.batch_minutes", f"must be at least 5 (got {result['batch_minutes']})"
            )
        return result

    @classmethod
    def example_config(cls, directory: Path) -> dict[str, Any]:
        """One day of history before a fixed past moment, fetched an hour at a time."""
        return {**demo_config(datetime(2025, 3, 20, 12, tzinfo=UTC), days=1), "batch_minutes": 60}

    def __init__(self, config: Mapping[str, Any], *, clock: Clock = utc_now) -> None:
        super().__init__(config, clock=clock)
        self.seed: int = self.config["seed"]
        self.anchor = _parse_time(self.config["anchor"], "demo.anchor")
        self.start = self.anchor - timedelta(days=self.config["days"])
        self.batch = timedelta(minutes=self.config["batch_minutes"])
        self._timeline = Timeline(self.seed, self.start, self.anchor)
        self.launch, self.storm_peak = self._timeline.launch, self._timeline.storm_peak
        self._writer = Writer(self._timeline)
        self._post_rng = Random()  # reseeded per post

    def fetch(self, cursor: str | None) -> Batch:
        now = self.clock()
        low = self.start if cursor is None else max(self.start, _parse_cursor(cursor))
        first = (low - self.start) // SLOT
        end = (min(low + self.batch, now) - self.start) // SLOT
        high = self.start + end * SLOT
        if end <= first or high <= low:
            return Batch(items=[], next_cursor=cursor, has_more=False)
        items = [
            post for slot in range(first, end) for post in self.slot_posts(slot)
            if post.created_at >= low
        ]  # fmt: skip
        return Batch(items=items, next_cursor=high.isoformat(), has_more=high + SLOT <= now)

    def progress(self, cursor: str | None) -> tuple[int, int] | None:
        """Generated time so far against time up to now, in seconds."""
        low = self.start if cursor is None else max(self.start, _parse_cursor(cursor))
        total = max(0, int((self.clock() - self.start).total_seconds()))
        return min(int((low - self.start).total_seconds()), total), total

    def slot_posts(self, slot: int) -> list[RawPost]:
        """The posts of slot `slot` (from `anchor - days` on), in time order."""
        earlier: dict[str, list[Plan]] = {p.name: [] for p in PLATFORMS}
        posts = []
        rng = self._post_rng
        current = self._timeline.slot(slot)
        for plan in current.plans:
            # One generator per post: an original's text depends on its plan alone (a repost
            # writes it again); an answer first draws its target, then its text.
            rng.seed(plan.seed)
            target = None
            if plan.role in ("reply", "repost", "quote", "service"):
                target = self._timeline.target(rng, slot, plan, earlier[plan.platform.name])
            elif plan.role == "story" and plan.story and plan.story.reply_to:
                target = self._timeline.story_target(plan.story.reply_to)
            post = self._writer.write(rng, plan, target)
            posts.append(post)
            if plan.role in ("original", "story"):
                earlier[plan.platform.name].append(plan)
                current.texts[plan.native_id] = post.text  # for reposts
        return posts


def _parse_time(value: Any, setting: str) -> datetime:
    try:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(setting, f"expected an ISO 8601 time, got {value!r}") from None
    if moment.tzinfo is None:
        raise ConfigError(setting, f"needs a time zone, e.g. 2025-03-01T12:00:00Z (got {value!r})")
    return moment.astimezone(UTC)


def _parse_cursor(cursor: str) -> datetime:
    try:
        return _parse_time(cursor, "cursor")
    except ConfigError:
        raise ConfigError("cursor", f"unreadable demo cursor {cursor!r}") from None


@hookimpl
def register_sources(register: Callable[[type[Source]], None]) -> None:
    register(DemoSource)
