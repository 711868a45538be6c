"""The timeline of the demo stream: the posts planned in each five-minute slot, and the earlier
posts that answers link to.

1. *Plan.* Time from `anchor - days` is cut into 5-minute slots. Slot k draws everything from
   `random.Random(base + k)`, `base` derived from the seed with SHA-256 (stable, unlike
   `hash()`): Poisson counts (base rate × daily rhythm in Berlin time × weekly rhythm per
   platform, plus the launch and shitstorm waves), and per post what `demo.plan.draft` decides.
   The scripted posts of `STORY` join their slot.
2. *Link.* Replies, reposts, quotes and service answers pick an earlier original of the same
   platform: from the same slot or re-planned earlier slots (plans are cheap and cached), or
   one of the scripted opinion-leader posts of an episode; popular authors are picked more
   often.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from resonanz.sources.demo.calendar import DAILY, HOUR, SLOT, berlin_offset
from resonanz.sources.demo.crowd import ACCOUNTS, COMPANY_HANDLES, PERSONAS, company_account
from resonanz.sources.demo.plan import (
    BY_NAME,
    LAUNCH_SPLIT,
    PLATFORMS,
    STORM_SPLIT,
    STORM_TOPICS,
    Plan,
    draft,
    everyday_rates,
)
from resonanz.sources.demo.random import pick, poisson, stable_int
from resonanz.sources.demo.story import (
    LAUNCH_RATE,
    STORM_RATE,
    STORY,
    StoryPost,
    episode_times,
    launch_shape,
    storm_shape,
)

__all__ = ["Slot", "Timeline", "slot_of"]


@dataclass(frozen=True, slots=True)
class Slot:
    plans: tuple[Plan, ...]
    originals: Mapping[str, list[Plan]]  # by platform, not to be changed
    texts: dict[str, str]  # native id → final text of the originals written so far


def slot_of(plan: Plan) -> int:
    """The slot a post is planned in (it is part of the native id)."""
    return int(plan.native_id.split("-")[1])


class Timeline:
    """The plans of the slots of a demo from `start` on, with the episodes placed before
    `anchor`; slots are planned on demand and the recent ones cached."""

    def __init__(self, seed: int, start: datetime, anchor: datetime) -> None:
        self.seed = seed
        self.start = start
        self.launch, self.storm_peak = episode_times(anchor)
        self._launch_slot = (self.launch - self.start) / SLOT
        self._storm_slot = (self.storm_peak - self.start) / SLOT
        # Slot k draws from Random(seed base + k): a stable derivation (not hash()).
        self._seed_base = stable_int(f"resonanz-demo:{self.seed}") << 24
        self._slots: dict[int, Slot] = {}
        self._story: dict[int, list[Plan]] = {}
        self._story_ids: dict[str, str] = {}
        self._hot: dict[tuple[str, bool], list[Plan]] = {}
        for index, story in enumerate(STORY):
            self._add_story(index, story)

    # -- plan ----------------------------------------------------------------------------

    def slot(self, slot: int) -> Slot:
        """The plans of slot `slot` (none before the start), with its originals by platform."""
        cached = self._slots.get(slot)
        if cached is None:
            plans = self._plan(slot) if slot >= 0 else ()
            originals: dict[str, list[Plan]] = {p.name: [] for p in PLATFORMS}
            for plan in plans:
                if plan.role in ("original", "story"):
                    originals[plan.platform.name].append(plan)
            cached = self._slots[slot] = Slot(plans, originals, {})
            if len(self._slots) > 800:
                for old in [k for k in self._slots if k < slot - 300]:
                    del self._slots[old]
        return cached

    def _plan(self, slot: int) -> tuple[Plan, ...]:
        t0 = self.start + slot * SLOT
        rng = random.Random(self._seed_base + slot)
        local = t0 + berlin_offset(t0)
        hour, weekday = local.hour, local.weekday()
        storm_hours = (slot - self._storm_slot) / 12
        soft = math.sqrt(DAILY["social"][hour])
        launch = LAUNCH_RATE * launch_shape((slot - self._launch_slot) / 12) * soft
        storm = STORM_RATE * storm_shape(storm_hours) * soft
        office = (weekday < 5 and 8 <= hour < 18) or (-24 < storm_hours < 48 and 7 <= hour < 23)
        plans: list[Plan] = []
        everyday = everyday_rates(hour, weekday)
        for topic, totals, scale in (("everyday", everyday, 1.0), ("launch", LAUNCH_SPLIT, launch),
                                     ("storm", STORM_SPLIT, storm)):  # fmt: skip
            if scale <= 0:
                continue
            for _ in range(poisson(rng, totals[-1] * scale)):
                i = bisect.bisect(totals, rng.random() * totals[-1])
                p = PLATFORMS[min(i, len(PLATFORMS) - 1)]
                native_id = f"{p.code}-{slot}-{len(plans)}"
                plans.append(draft(rng, self.seed, native_id, p, topic, t0, storm_hours, office))
        plans.extend(self._story.get(slot, ()))
        plans.sort(key=lambda x: x.created_at)
        return tuple(plans)

    def _add_story(self, index: int, story: StoryPost) -> None:
        reference = self.launch if story.episode == "launch" else self.storm_peak
        created = reference + timedelta(hours=story.hours)
        slot = (created - self.start) // SLOT
        p = BY_NAME[story.platform]
        if ":" in story.author:
            key, role = story.author.split(":")
            author = ACCOUNTS[(key, p.name, role)]
        else:
            author = PERSONAS[story.author]
        topic = "launch" if story.episode == "launch" else ("storm" if story.hours < 12 else
                                                             "stormafter")  # fmt: skip
        plan = Plan(f"{p.code}-{slot}-s{index}", p, created, topic, "story", story.lang,
                    "brenntal", "", story.intent, story.sentiment, author,
                    stable_int(f"{self.seed}:story:{story.key}"), story)  # fmt: skip
        self._story_ids[story.key] = plan.native_id
        if slot >= 0:
            self._story.setdefault(slot, []).append(plan)
            self._hot.setdefault((p.name, story.episode != "launch"), []).append(plan)

    # -- link ----------------------------------------------------------------------------

    def story_target(self, key: str) -> Plan | None:
        """The scripted post `key` (None: it is before the start)."""
        native_id = self._story_ids[key]
        slot = int(native_id.split("-")[1])
        return next((x for x in self.slot(slot).plans if x.native_id == native_id), None)

    def target(self, rng: random.Random, slot: int, plan: Plan, earlier: list[Plan]) -> Plan | None:
        """An earlier original for a reply, repost, quote or service answer (None: none fits)."""
        p, service = plan.platform, plan.role == "service"
        hot = self._hot.get((p.name, plan.topic in STORM_TOPICS), [])
        if plan.topic in ("launch", *STORM_TOPICS) and hot and not service and rng.random() < 0.4:
            recent = [h for h in hot if timedelta(0) < plan.created_at - h.created_at < 48 * HOUR]
            if recent:
                weights = tuple((h.native_id, math.sqrt(h.author.followers)) for h in recent)
                chosen = pick(rng, weights)
                return next(h for h in recent if h.native_id == chosen)
        for attempt in range(8):
            back = 0 if attempt == 0 else 1 + int(p.lookback * rng.random() ** 2)
            pool = earlier if back == 0 else self.slot(slot - back).originals[p.name]
            if not pool:
                continue
            c = pool[int(rng.random() * len(pool))]
            if c.created_at >= plan.created_at or c.author == plan.author or c.intent == "spam":
                continue
            if not c.subject and plan.role != "repost":  # industry talk: no templates
                continue
            if service and (
                c.intent not in ("complaint", "question")
                or not company_account(c.subject, p.name, "service")
                or c.author.handle in COMPANY_HANDLES
                or c.other
            ):
                continue
            if (c.topic in STORM_TOPICS) != (plan.topic in STORM_TOPICS) and rng.random() < 0.75:
                continue
            if rng.random() > 0.25 + math.sqrt(c.author.followers) / 40:
                continue
            return c
        return None
