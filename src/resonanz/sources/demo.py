"""The `demo` source: a deterministic stream of realistic mentions of a fictional company.

It tells the story of `demo_company` (Brenntal, a heat-pump maker, and two competitors) on five
kinds of platform: `mastodon`, `bluesky`, `forum`, `news` and `reviews`, in German and English:
about 20,000 posts in the 30 days before the `anchor` (the demo's "now"), with a product launch
12 days before it and a shitstorm peaking about four days before it; after the anchor the
everyday rate goes on, so a running demo receives a trickle of new posts.

How the stream is made, so that it is a pure function of (seed, anchor):

1. *Plan.* Time from `anchor - days` is cut into 5-minute slots. Slot k draws everything from
   `random.Random(base + k)`, `base` derived from the seed with SHA-256 (stable, unlike
   `hash()`): Poisson counts (base rate × daily rhythm in Berlin time × weekly rhythm per
   platform, plus the launch and shitstorm waves), and per post its second, role (original,
   reply, repost, quote, customer-service answer), language, author, subject, intent,
   sentiment and a seed of its own. The scripted posts of `STORY` join their slot.
2. *Link.* Replies, reposts, quotes and service answers pick an earlier original of the same
   platform: from the same slot or re-planned earlier slots (plans are cheap and cached), or
   one of the scripted opinion-leader posts of an episode; popular authors are picked more
   often. A repost copies its original's text, written again from that post's seed if needed.
3. *Write.* Text, title and metrics come from the post's own seed and the grammars of
   `demo_texts`; every post names what its monitors look for (see `demo_monitors`).

`fetch` emits whole slots that have ended by `clock()`, so fetching in any chunks gives the same
posts, none twice, none from the future. Ground truth (intent, sentiment, topic, …) is kept in
`RawPost.unmapped` under `demo_*` keys.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, ClassVar, NamedTuple, TypeVar

from resonanz.errors import ConfigError
from resonanz.hookspecs import hookimpl
from resonanz.model import Author, Metrics, RawPost
from resonanz.sources import demo_company as world
from resonanz.sources.base import Batch, Clock, Source, SourceSetting, utc_now
from resonanz.sources.demo_company import (
    ACCOUNTS,
    COMPANIES,
    DEMO_COMPANY,
    STORY,
    StoryPost,
    demo_monitors,
)
from resonanz.sources.demo_texts import Grammar, grammar, roughen, tidy

__all__ = [
    "DEMO_COMPANY",
    "VALUE_SLOTS",
    "DemoSource",
    "berlin_offset",
    "demo_config",
    "demo_monitors",
    "register_sources",
]

_T = TypeVar("_T")
SLOT = timedelta(minutes=5)
HOUR = timedelta(hours=1)
#: Everyday posts per slot on average (all platforms); with both episodes ≈ 20k in 30 days.
BASE_RATE = 1.75
#: Extra posts per slot at the launch moment and at the peak of the shitstorm.
LAUNCH_RATE = 3.0
STORM_RATE = 21.0


def _mean_one(values: tuple[float, ...]) -> tuple[float, ...]:
    mean = sum(values) / len(values)
    return tuple(v / mean for v in values)


# Activity by hour of the day (Berlin time) and by weekday (Monday first), mean 1.
_DAILY = {
    "social": _mean_one((.30, .18, .12, .09, .09, .14, .35, .70, 1.05, 1.40, 1.55, 1.50, 1.35,
                         1.20, 1.15, 1.15, 1.20, 1.35, 1.55, 1.70, 1.70, 1.45, 1.05, .60)),
    "forum": _mean_one((.35, .20, .12, .08, .08, .12, .30, .60, .90, 1.10, 1.20, 1.20, 1.15,
                        1.10, 1.05, 1.10, 1.20, 1.40, 1.70, 1.95, 2.00, 1.75, 1.25, .70)),
    "news": _mean_one((.10, .05, .03, .03, .08, .40, 1.10, 1.80, 2.10, 2.10, 1.90, 1.70, 1.50,
                       1.50, 1.50, 1.40, 1.30, 1.10, .90, .70, .60, .50, .35, .20)),
    "reviews": _mean_one((.30, .15, .10, .08, .08, .12, .25, .50, .80, 1.00, 1.10, 1.10, 1.10,
                          1.10, 1.10, 1.15, 1.25, 1.45, 1.70, 1.90, 1.90, 1.60, 1.10, .60)),
}  # fmt: skip
_WEEKLY = {
    "social": _mean_one((1.05, 1.05, 1.03, 1.03, 1.0, 0.90, 0.94)),
    "forum": _mean_one((0.90, 0.90, 0.90, 0.92, 0.95, 1.20, 1.23)),
    "news": _mean_one((1.18, 1.18, 1.16, 1.16, 1.10, 0.52, 0.45)),
    "reviews": _mean_one((0.95, 0.95, 0.95, 0.95, 0.98, 1.10, 1.12)),
}


@dataclass(frozen=True, slots=True)
class _Platform:
    name: str
    code: str
    group: str
    share: float  # of everyday posts
    launch: float  # of launch posts
    storm: float  # of shitstorm posts
    german: float
    reply: float
    repost: float
    quote: float
    service: float
    lookback: int  # slots in which replies look for their target


PLATFORMS = (
    _Platform("mastodon", "mst", "social", .355, .35, .34, .65, .22, .10, .02, .05, 24),
    _Platform("bluesky", "bsk", "social", .31, .30, .38, .45, .18, .14, .05, .04, 24),
    _Platform("forum", "frm", "forum", .19, .14, .14, .92, .50, 0, 0, .02, 72),
    _Platform("news", "nws", "news", .035, .07, .025, .72, 0, 0, 0, 0, 0),
    _Platform("reviews", "rev", "reviews", .11, .12, .105, .80, 0, 0, 0, .10, 144),
)  # fmt: skip
_BY_NAME = {p.name: p for p in PLATFORMS}


#: Cumulative weights of the platforms in the launch and shitstorm waves.
_LAUNCH_SPLIT = tuple(itertools.accumulate(p.launch for p in PLATFORMS))
_STORM_SPLIT = tuple(itertools.accumulate(p.storm for p in PLATFORMS))


@cache
def _everyday_rates(hour: int, weekday: int) -> tuple[float, ...]:
    """Cumulative expected everyday posts per slot over the platforms, at a local time."""
    rates = (BASE_RATE * p.share * _DAILY[p.group][hour] * _WEEKLY[p.group][weekday]
             for p in PLATFORMS)  # fmt: skip
    return tuple(itertools.accumulate(rates))


_Weights = tuple[tuple[str, float], ...]
_INTENTS: dict[str, _Weights] = {
    "social:everyday": (("complaint", .17), ("question", .16), ("praise", .14),
                        ("purchase_intent", .10), ("job", .08), ("press", .04), ("spam", .07),
                        ("other", .24)),
    "forum:everyday": (("question", .38), ("complaint", .20), ("praise", .10),
                       ("purchase_intent", .17), ("other", .12), ("spam", .03)),
    "reviews:everyday": (("complaint", .33), ("praise", .42), ("other", .10), ("job", .15)),
    "reviews:launch": (("praise", .7), ("complaint", .3)),
    "reviews:storm": (("complaint", 1.0),),
    "reviews:stormafter": (("complaint", 1.0),),
    "news:everyday": (("press", .88), ("other", .12)),
    "news:*": (("press", 1.0),),
    "forum:storm": (("complaint", .55), ("question", .35), ("other", .10)),
    "forum:launch": (("question", .6), ("praise", .2), ("purchase_intent", .2)),
    "*:comparison": (("purchase_intent", .30), ("question", .22), ("praise", .20),
                     ("complaint", .18), ("other", .10)),
    "*:industry": (("question", .30), ("other", .35), ("press", .15), ("complaint", .20)),
    "*:launch": (("praise", .26), ("question", .22), ("purchase_intent", .22), ("press", .10),
                 ("other", .12), ("complaint", .08)),
    "*:storm": (("complaint", .55), ("other", .20), ("question", .12), ("press", .04),
                ("purchase_intent", .03), ("praise", .03), ("spam", .03)),
    "*:stormafter": (("complaint", .30), ("other", .30), ("praise", .20), ("question", .10),
                     ("press", .07), ("purchase_intent", .03)),
}  # fmt: skip
#: Everyday subjects: (subject, second company of a comparison or "", weight).
_SUBJECTS = (("brenntal", "", .56), ("vallberg", "", .17), ("solvarm", "", .13),
             ("brenntal", "*", .08), ("", "", .06))  # fmt: skip
#: How people answer a post of a given intent, and what that makes their answer.
_MODES: dict[str, _Weights] = {
    "complaint": (("metoo", .45), ("advice", .35), ("followup", .12), ("joke", .08)),
    "question": (("answer", .70), ("followup", .15), ("metoo", .15)),
    "praise": (("agree", .55), ("contra", .25), ("followup", .20)),
    "purchase_intent": (("agree", .35), ("answer", .40), ("contra", .25)),
    "press": (("followup", .30), ("metoo", .30), ("agree", .20), ("joke", .20)),
    "job": (("agree", .60), ("followup", .40)),
    "other": (("agree", .35), ("joke", .25), ("followup", .20), ("contra", .10), ("thanks", .10)),
}  # fmt: skip
_MODE_LABELS = {
    "metoo": ("complaint", "negative"), "advice": ("other", "neutral"),
    "answer": ("other", "neutral"), "agree": ("praise", "positive"),
    "contra": ("complaint", "negative"), "followup": ("question", "neutral"),
    "joke": ("other", "neutral"), "thanks": ("other", "positive"),
}  # fmt: skip
_STORM_MODE_LABELS = {
    "agree": ("complaint", "negative"), "followup": ("question", "negative"),
    "joke": ("other", "negative"), "contra": ("other", "neutral"),
}  # fmt: skip
_PARENT = {"stormafter": "storm"}
_STORM = frozenset({"storm", "stormafter"})
_TOPIC_LABEL = {"storm": "shitstorm", "stormafter": "shitstorm"}
_STORM_PRODUCTS = ("Calora 8", "Calora 12", "Geon 10")
_EVERYDAY_PRODUCTS = {
    k: tuple(p for p in c.products if p != "Lyra 7") for k, c in COMPANIES.items()
}

_HANDLE = re.compile(r"(?<![\w@/])@(\w[\w.-]*\w)")
_STORM_TERMS = frozenset({"#brenntalkalt", "e217", "firmware", "update", "heizungsausfall"})
_JOB_TERMS = frozenset({"#brenntaljobs", "job", "jobs", "karriere", "ausbildung", "arbeitgeber",
                        "bewerbung", "hiring", "career", "careers", "employer"})  # fmt: skip
_KEEP = frozenset({*COMPANIES, "lyra", "calora", "geon", "aquina", "connect", *_STORM_TERMS,
                   *_JOB_TERMS})  # fmt: skip
_CARE = {"social": 1.0, "forum": 0.6, "reviews": 0.4, "news": 0.0}


def demo_config(anchor: datetime, *, seed: int = 42, days: int = 30) -> dict[str, Any]:
    """The configuration of a demo source whose "now" is `anchor`."""
    return {"anchor": anchor.astimezone(UTC).isoformat(), "seed": seed, "days": days}


# -- time ----------------------------------------------------------------------------------------


@cache
def _summer_time(year: int) -> tuple[datetime, datetime]:
    """CEST in UTC: from the last Sunday of March to the last Sunday of October, 01:00 UTC."""
    march, october = datetime(year, 3, 31, 1, tzinfo=UTC), datetime(year, 10, 31, 1, tzinfo=UTC)
    return (
        march - timedelta(days=(march.weekday() + 1) % 7),
        october - timedelta(days=(october.weekday() + 1) % 7),
    )


def berlin_offset(moment: datetime) -> timedelta:
    """UTC offset of Berlin at `moment` (no time-zone database needed)."""
    start, end = _summer_time(moment.year)
    return timedelta(hours=2 if start <= moment < end else 1)


def _berlin_time(day: date, hour: int) -> datetime:
    guess = datetime(day.year, day.month, day.day, hour, tzinfo=UTC) - HOUR
    return guess + HOUR - berlin_offset(guess)


def _launch_shape(hours: float) -> float:
    if hours < -24 or hours > 240:
        return 0.0
    return 0.08 if hours < 0 else math.exp(-hours / 30)


def _storm_shape(hours: float) -> float:
    """The wave: exponential rise over about a day (e-folding 7 h), decay over two (10 h)."""
    if hours < -40 or hours > 120:
        return 0.0
    return math.exp(hours / 7) if hours < 0 else math.exp(-hours / 10)


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


@cache
def _cumulative(weights: _Weights) -> tuple[tuple[str, ...], tuple[float, ...]]:
    values, totals, total = [], [], 0.0
    for value, weight in weights:
        total += weight
        values.append(value)
        totals.append(total)
    return tuple(values), tuple(totals)


def _one(rng: random.Random, items: Sequence[_T]) -> _T:
    """`rng.choice` in one call instead of three (this is the hot path)."""
    return items[int(rng.random() * len(items))]


def _int(rng: random.Random, low: int, high: int) -> int:
    """`rng.randint(low, high)`, cheaper."""
    return low + int(rng.random() * (high - low + 1))


def _pick(rng: random.Random, weights: _Weights) -> str:
    values, totals = _cumulative(weights)
    return values[min(bisect.bisect(totals, rng.random() * totals[-1]), len(values) - 1)]


def _company_account(key: str, platform: str, role: str) -> Author | None:
    return ACCOUNTS.get((key, platform, role))


_COMPANY_HANDLES = frozenset(a.handle for a in ACCOUNTS.values())


# -- plans ---------------------------------------------------------------------------------------


class _Plan(NamedTuple):
    """Everything about one post that is decided before its text is written (a named tuple:
    tens of thousands are made, and they are cheaper to make than frozen dataclasses)."""

    native_id: str
    platform: _Platform
    created_at: datetime
    topic: str  # everyday, comparison, industry, launch, storm, stormafter
    role: str  # original, reply, repost, quote, service, story
    lang: str
    subject: str
    other: str
    intent: str
    sentiment: str
    author: Author
    seed: int
    story: StoryPost | None = None


def _sentiment(rng: random.Random, group: str, topic: str, intent: str) -> str:
    if intent == "complaint":
        return "negative"
    if intent == "praise":
        return "positive"
    if intent == "question":
        return "negative" if topic == "storm" else "neutral"
    if intent == "purchase_intent":
        return "positive" if topic == "launch" else "neutral"
    if intent == "press":
        return "negative" if topic == "storm" else "neutral"
    if intent == "job" and group in ("social", "reviews"):
        return _pick(rng, (("positive", 0.5), ("neutral", 0.35), ("negative", 0.15)))
    if intent == "other" and group == "social" and topic not in ("comparison", "industry"):
        if topic == "storm":
            return _pick(rng, (("negative", 0.55), ("neutral", 0.30), ("positive", 0.15)))
        return _pick(rng, (("neutral", 0.5), ("positive", 0.3), ("negative", 0.2)))
    return "neutral"


@dataclass(frozen=True, slots=True)
class _Slot:
    plans: tuple[_Plan, ...]
    originals: Mapping[str, list[_Plan]]  # by platform, not to be changed
    texts: dict[str, str]  # native id → final text of the originals written so far


# -- the source ----------------------------------------------------------------------------------


class DemoSource(Source):
    """Generated mentions of the demo company; see the module docstring."""

    name: ClassVar[str] = "demo"
    title: ClassVar[str] = "Demo data"
    settings: ClassVar[tuple[SourceSetting, ...]] = (
        SourceSetting(
            "anchor",
            str,
            'The demo\'s "now" when it was set up (ISO 8601 with time zone); the history ends '
            "there and the live trickle begins",
            required=True,
        ),
        SourceSetting(
            "seed", int, "Seed: the same seed and anchor give the same posts", default=42
        ),
        SourceSetting("days", int, "Days of history before the anchor", default=30),
        SourceSetting(
            "batch_minutes", int, "At most this much generated time per fetch", default=360
        ),
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

    def __init__(self, config: Mapping[str, Any], *, clock: Clock = utc_now) -> None:
        super().__init__(config, clock=clock)
        self.seed: int = self.config["seed"]
        self.anchor = _parse_time(self.config["anchor"], "demo.anchor")
        self.start = self.anchor - timedelta(days=self.config["days"])
        self.batch = timedelta(minutes=self.config["batch_minutes"])
        local_day = (self.anchor + berlin_offset(self.anchor)).date()
        self.launch = _berlin_time(local_day - timedelta(days=12), 10)
        self.storm_peak = _berlin_time(local_day - timedelta(days=4), 11)
        self._launch_slot = (self.launch - self.start) / SLOT
        self._storm_slot = (self.storm_peak - self.start) / SLOT
        # Slot k draws from Random(seed base + k): a stable derivation (not hash()).
        self._seed_base = _stable_int(f"resonanz-demo:{self.seed}") << 24
        self._slots: dict[int, _Slot] = {}
        self._story: dict[int, list[_Plan]] = {}
        self._story_ids: dict[str, str] = {}
        self._hot: dict[tuple[str, bool], list[_Plan]] = {}
        self._post_rng, self._echo_rng = random.Random(), random.Random()  # reseeded per post
        for index, story in enumerate(STORY):
            self._add_story(index, story)

    # -- fetch ---------------------------------------------------------------------------

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
        earlier: dict[str, list[_Plan]] = {p.name: [] for p in PLATFORMS}
        posts = []
        rng = self._post_rng
        current = self._slot(slot)
        for plan in current.plans:
            # One generator per post: an original's text depends on its plan alone (a repost
            # writes it again); an answer first draws its target, then its text.
            rng.seed(plan.seed)
            target = None
            if plan.role in ("reply", "repost", "quote", "service"):
                target = self._target(rng, slot, plan, earlier[plan.platform.name])
            elif plan.role == "story" and plan.story and plan.story.reply_to:
                target = self._story_target(plan.story.reply_to)
            post = self._write(rng, plan, target)
            posts.append(post)
            if plan.role in ("original", "story"):
                earlier[plan.platform.name].append(plan)
                current.texts[plan.native_id] = post.text  # for reposts
        return posts

    # -- plan ----------------------------------------------------------------------------

    def _slot(self, slot: int) -> _Slot:
        cached = self._slots.get(slot)
        if cached is None:
            plans = self._plan(slot) if slot >= 0 else ()
            originals: dict[str, list[_Plan]] = {p.name: [] for p in PLATFORMS}
            for plan in plans:
                if plan.role in ("original", "story"):
                    originals[plan.platform.name].append(plan)
            cached = self._slots[slot] = _Slot(plans, originals, {})
            if len(self._slots) > 800:
                for old in [k for k in self._slots if k < slot - 300]:
                    del self._slots[old]
        return cached

    def _plan(self, slot: int) -> tuple[_Plan, ...]:
        t0 = self.start + slot * SLOT
        rng = random.Random(self._seed_base + slot)
        local = t0 + berlin_offset(t0)
        hour, weekday = local.hour, local.weekday()
        storm_hours = (slot - self._storm_slot) / 12
        soft = math.sqrt(_DAILY["social"][hour])
        launch = LAUNCH_RATE * _launch_shape((slot - self._launch_slot) / 12) * soft
        storm = STORM_RATE * _storm_shape(storm_hours) * soft
        office = (weekday < 5 and 8 <= hour < 18) or (-24 < storm_hours < 48 and 7 <= hour < 23)
        plans: list[_Plan] = []
        everyday = _everyday_rates(hour, weekday)
        for topic, totals, scale in (("everyday", everyday, 1.0), ("launch", _LAUNCH_SPLIT, launch),
                                     ("storm", _STORM_SPLIT, storm)):  # fmt: skip
            if scale <= 0:
                continue
            for _ in range(_poisson(rng, totals[-1] * scale)):
                i = bisect.bisect(totals, rng.random() * totals[-1])
                p = PLATFORMS[min(i, len(PLATFORMS) - 1)]
                native_id = f"{p.code}-{slot}-{len(plans)}"
                plans.append(self._draft(rng, native_id, p, topic, t0, storm_hours, office))
        plans.extend(self._story.get(slot, ()))
        plans.sort(key=lambda x: x.created_at)
        return tuple(plans)

    def _draft(
        self, rng: random.Random, native_id: str, p: _Platform, topic: str, t0: datetime,
        storm_hours: float, office: bool,
    ) -> _Plan:  # fmt: skip
        created = t0 + timedelta(seconds=int(rng.random() * 300))
        subject, other = "brenntal", ""
        if topic == "storm" and rng.random() < min(0.85, max(0.0, (storm_hours - 14) / 12)):
            topic = "stormafter"  # the hotfix ships in the night after the peak
        elif topic == "everyday":
            subject, other = _pick_subject(rng)
            if p.group == "reviews":
                subject, other = subject or "brenntal", ""
            topic = "comparison" if other else ("everyday" if subject else "industry")
        u, heat = rng.random(), 1.6 if topic in _STORM else 1.0
        if u < p.reply * heat:
            role = "reply"
        elif u < (p.reply + p.repost) * heat:
            role = "repost"
        elif u < (p.reply + p.repost + p.quote) * heat:
            role = "quote"
        else:
            role = "original"
        if office and rng.random() < p.service * heat:
            role = "service"
        lang = "de" if rng.random() < p.german else "en"
        intent = _pick(rng, _intents(p.group, topic))
        if topic in _STORM and intent == "purchase_intent":
            other = _one(rng, ("vallberg", "solvarm"))
        sentiment = _sentiment(rng, p.group, topic, intent)
        author = self._author(rng, p, lang, intent, topic, subject)
        if author.handle in _COMPANY_HANDLES:  # job ads and press releases of the company
            sentiment = "neutral"
        return _Plan(native_id, p, created, topic, role, lang, subject, other, intent, sentiment,
                     author, rng.getrandbits(48))  # fmt: skip

    def _author(
        self, rng: random.Random, p: _Platform, lang: str, intent: str, topic: str, subject: str
    ) -> Author:
        if p.group == "news":
            return world.PERSONAS[_one(rng, world.OUTLETS[lang])]
        crowd = world.crowd(self.seed, p.name)
        if intent == "spam":
            return _one(rng, crowd.spammers)
        if p.group == "social":
            official = _company_account(subject, p.name, "main") if subject else None
            if intent in ("press", "job") and official and topic not in _STORM:
                if rng.random() < 0.2:
                    return official
            if intent == "press" and rng.random() < 0.7:
                return _one(rng, crowd.journalists[lang])
            if rng.random() < (0.06 if topic in ("storm", "launch") else 0.01):
                return _one(rng, crowd.influencers[lang])
        people = crowd.people[lang]
        return people[int(len(people) * rng.random() ** 1.6)]

    def _add_story(self, index: int, story: StoryPost) -> None:
        reference = self.launch if story.episode == "launch" else self.storm_peak
        created = reference + timedelta(hours=story.hours)
        slot = (created - self.start) // SLOT
        p = _BY_NAME[story.platform]
        if ":" in story.author:
            key, role = story.author.split(":")
            author = ACCOUNTS[(key, p.name, role)]
        else:
            author = world.PERSONAS[story.author]
        topic = "launch" if story.episode == "launch" else ("storm" if story.hours < 12 else
                                                             "stormafter")  # fmt: skip
        plan = _Plan(f"{p.code}-{slot}-s{index}", p, created, topic, "story", story.lang,
                     "brenntal", "", story.intent, story.sentiment, author,
                     _stable_int(f"{self.seed}:story:{story.key}"), story)  # fmt: skip
        self._story_ids[story.key] = plan.native_id
        if slot >= 0:
            self._story.setdefault(slot, []).append(plan)
            self._hot.setdefault((p.name, story.episode != "launch"), []).append(plan)

    # -- link ----------------------------------------------------------------------------

    def _story_target(self, key: str) -> _Plan | None:
        native_id = self._story_ids[key]
        slot = int(native_id.split("-")[1])
        return next((x for x in self._slot(slot).plans if x.native_id == native_id), None)

    def _target(
        self, rng: random.Random, slot: int, plan: _Plan, earlier: list[_Plan]
    ) -> _Plan | None:
        """An earlier original for a reply, repost, quote or service answer (None: none fits)."""
        p, service = plan.platform, plan.role == "service"
        hot = self._hot.get((p.name, plan.topic in _STORM), [])
        if plan.topic in ("launch", *_STORM) and hot and not service and rng.random() < 0.4:
            recent = [h for h in hot if timedelta(0) < plan.created_at - h.created_at < 48 * HOUR]
            if recent:
                weights = tuple((h.native_id, math.sqrt(h.author.followers)) for h in recent)
                chosen = _pick(rng, weights)
                return next(h for h in recent if h.native_id == chosen)
        for attempt in range(8):
            back = 0 if attempt == 0 else 1 + int(p.lookback * rng.random() ** 2)
            pool = earlier if back == 0 else self._slot(slot - back).originals[p.name]
            if not pool:
                continue
            c = pool[int(rng.random() * len(pool))]
            if c.created_at >= plan.created_at or c.author == plan.author or c.intent == "spam":
                continue
            if not c.subject and plan.role != "repost":  # industry talk: no templates
                continue
            if service and (
                c.intent not in ("complaint", "question")
                or not _company_account(c.subject, p.name, "service")
                or c.author.handle in _COMPANY_HANDLES
                or c.other
            ):
                continue
            if (c.topic in _STORM) != (plan.topic in _STORM) and rng.random() < 0.75:
                continue
            if rng.random() > 0.25 + math.sqrt(c.author.followers) / 40:
                continue
            return c
        return None

    # -- write ---------------------------------------------------------------------------

    def _write(self, rng: random.Random, plan: _Plan, target: _Plan | None) -> RawPost:
        """The post of `plan`, answering `target`, drawn from the post's own `rng`."""
        role, mode, p = plan.role, "", plan.platform
        if target is None and role != "story":
            role = "original"
        elif target is not None and role != "story":
            lang, author, other = plan.lang, plan.author, ""
            if target.lang != lang and rng.random() < 0.85:
                lang, author = target.lang, self._author(rng, p, target.lang, "other", "", "")
            topic = "everyday" if target.topic == "comparison" else target.topic
            if role == "service":
                lang, author = target.lang, ACCOUNTS[(target.subject, p.name, "service")]
                intent, sentiment = "other", "neutral"
            elif role == "repost":
                intent, sentiment = target.intent, target.sentiment
            else:
                mode = _pick(rng, _MODES[target.intent])
                storm_labels = _STORM_MODE_LABELS if topic in _STORM else {}
                intent, sentiment = storm_labels.get(mode) or _MODE_LABELS[mode]
            if role == "repost":
                topic, other = target.topic, target.other
            plan = plan._replace(lang=lang, author=author, topic=topic, subject=target.subject,
                                 other=other, intent=intent, sentiment=sentiment)  # fmt: skip
        if role == "repost" and target is not None:
            rule, title = "repost", ""
            text = f"RT @{target.author.handle}: {self._original_text(target)}"
        else:
            rule = self._rule(plan, role, target, mode)
            title, text = self._compose(rng, plan, role, target, mode, rule)
            text = _ensure(text, plan)
        unmapped: dict[str, Any] = {
            "demo_intent": plan.intent,
            "demo_sentiment": plan.sentiment,
            "demo_topic": _TOPIC_LABEL.get(plan.topic, plan.topic),
            "demo_subject": plan.subject,
            "demo_language": plan.lang,
            "demo_kind": role,
            "demo_template": rule,
        }
        if plan.other:
            unmapped["demo_also"] = plan.other
        if plan.topic in _STORM:
            unmapped["demo_phase"] = "aftermath" if plan.topic == "stormafter" else "wave"
        if p.group == "reviews" and role not in ("service",):
            unmapped["rating"] = _rating(rng, plan.intent, plan.sentiment)
        hint = plan.lang if p.group == "social" else ""
        if hint and rng.random() < 0.1:
            hint = _one(rng, ("", "", "en" if plan.lang == "de" else "de"))
        return RawPost(
            platform=p.name,
            native_id=plan.native_id,
            created_at=plan.created_at,
            text=text,
            author=plan.author,
            url=_url(plan, title),
            title=title,
            language_hint=hint,
            reply_to=target.native_id if target and role in ("reply", "service", "story") else "",
            repost_of=target.native_id if target and role == "repost" else "",
            quote_of=target.native_id if target and role == "quote" else "",
            mentions=tuple(dict.fromkeys(_HANDLE.findall(text))) if "@" in text else (),
            metrics=_metrics(rng, plan, role),
            unmapped=unmapped,
        )

    def _original_text(self, plan: _Plan) -> str:
        """The final text of an original post, written again if it is not at hand."""
        texts = self._slot(_slot_of(plan)).texts
        text = texts.get(plan.native_id)
        if text is None:
            self._echo_rng.seed(plan.seed)
            text = _ensure(self._compose(self._echo_rng, plan, plan.role, None)[1], plan)
            texts[plan.native_id] = text
        return text

    def _rule(self, plan: _Plan, role: str, target: _Plan | None, mode: str) -> str:
        if role == "story":
            return "story"
        if role == "service" and target is not None:
            return _service_rule(plan.lang, plan.platform.group, plan.topic, target.intent)
        if role in ("reply", "quote"):
            return _reply_rule(plan.lang, plan.topic, mode)
        if plan.author.handle in _COMPANY_HANDLES and plan.intent in ("job", "press"):
            if plan.topic == "launch":
                return "official_launch"
            if plan.topic == "everyday":
                return f"official_{plan.intent}"
        return _original_rule(plan.lang, plan.platform.group, plan.topic, plan.intent,
                              plan.sentiment)  # fmt: skip

    def _compose(
        self, rng: random.Random, plan: _Plan, role: str, target: _Plan | None, mode: str = "",
        rule: str = "",
    ) -> tuple[str, str]:  # fmt: skip
        """(title, text) of a post that is not a repost."""
        if plan.story is not None:
            return plan.story.title, plan.story.text
        rule = rule or self._rule(plan, role, target, mode)
        g = grammar(plan.lang)
        memo: dict[str, str] = {}
        value = _values(g, rng, plan, target, memo)
        expanded = g.expand(rule, rng, value, memo)
        if plan.platform.group == "reviews" and role == "original":  # what was reviewed
            about = "rj_about" if plan.intent == "job" else "r_about"
            expanded += "¶" + g.expand(about, rng, value, memo)
        expanded = tidy(expanded)
        title, _, text = expanded.rpartition("§")
        official = plan.author.handle in _COMPANY_HANDLES
        care = 0.0 if official else _CARE[plan.platform.group]
        text = roughen(text, rng, lang=plan.lang, care=care, keep=_KEEP)
        if target is not None and role in ("reply", "service") and plan.platform.group in (
            "social", "forum",
        ) and (plan.platform.group == "social" or rng.random() < 0.3):  # fmt: skip
            text = f"@{target.author.handle} {text}"
        return title.strip(), text


# -- helpers of the writer -------------------------------------------------------------------------


def _values(
    g: Grammar, rng: random.Random, plan: _Plan, target: _Plan | None, memo: dict[str, str]
) -> Callable[[str], str]:
    """The answers to the uppercase slots of the grammar for one post."""
    company, other = COMPANIES.get(plan.subject), COMPANIES.get(plan.other)
    de, social = plan.lang == "de", plan.platform.group == "social"

    def value(name: str) -> str:
        if name == "B" and company is not None:
            return f"#{company.name}" if social and rng.random() < 0.08 else company.name
        if name == "P" and company is not None:
            if plan.topic == "launch":
                return "Lyra 7"
            storm = plan.topic in _STORM and company.key == "brenntal"
            return _one(rng, _STORM_PRODUCTS if storm else _EVERYDAY_PRODUCTS[company.key])
        number = _NUMBERS.get(name)
        if number is not None:
            return _format_number(name, _int(rng, *number), de)
        if name in ("C", "CP"):
            assert other is not None, f"{name} needs a second company"
            return other.name if name == "C" else _one(rng, _EVERYDAY_PRODUCTS[other.key])
        if name in ("TN", "ME"):
            return _first_name(target.author if name == "TN" and target else plan.author)
        if name == "INIT":
            return _one(rng, "ABDFHJKLMNPRST") + _one(rng, "ABDFHJKLMNPRSTW")
        if name == "SPAMURL":
            host = f"{_one(rng, world.SPAM_WORDS)}{_int(rng, 10, 98)}.example"
            return f"https://{host}/{rng.getrandbits(24):x}"
        if name == "NEWSURL":
            outlet = world.PERSONAS[_one(rng, world.OUTLETS[plan.lang])].handle
            section = _one(rng, ("artikel", "news", "wirtschaft"))
            return f"https://{outlet}/{section}/{_int(rng, 10**5, 10**6 - 1)}"
        assert company is not None, f"{name} needs a company"
        if name == "BH":
            return company.hashtag if rng.random() < 0.7 else f"#{company.name}"
        if name == "BA":
            account = _company_account(company.key, plan.platform.name, "main")
            return f"@{account.handle}" if account else company.name
        if name in ("ISSUE", "STRENGTH", "EXEC"):
            return g.expand(f"{name.lower()}_{company.key}", rng, value, memo)
        if name == "URL":
            return company.website + _url_path(plan)
        simple = {"BL": company.legal_name, "HQ": company.hq, "APP": company.app}
        return simple[name]

    return value


_NUMBERS: dict[str, tuple[int, int]] = {
    "N": (2, 6), "N2": (2, 5), "NN": (12, 95), "H": (2, 5), "DAYS": (3, 21), "WEEKS": (2, 10),
    "MONTHS": (2, 30), "YEARS": (2, 12), "YEAR": (1952, 2016), "M2": (85, 240),
    "PRICE": (140, 320), "PRICE2": (140, 320), "PRICES": (180, 890), "KWH": (38, 190),
    "JAZ": (28, 46), "TEMP": (3, 14), "INDOOR": (11, 16), "PCT": (4, 38), "MIO": (8, 65),
    "CLOCK": (300, 830),
}  # fmt: skip


#: The uppercase slots of the grammars, answered by `_values`.
VALUE_SLOTS = frozenset({
    "B", "BH", "BA", "BL", "HQ", "P", "APP", "C", "CP", "ISSUE", "STRENGTH", "EXEC", "TN", "ME",
    "INIT", "URL", "SPAMURL", "NEWSURL", *_NUMBERS,
})  # fmt: skip


def _first_name(author: Author) -> str:
    """What people call an author: "Anna" for "Anna Müller" or "Anna_m12"."""
    word = (author.name or author.handle).split()[0].split("_")[0]
    letters = "".join(itertools.takewhile(str.isalpha, word))
    return letters.capitalize() if len(letters) > 1 else author.handle


def _format_number(name: str, n: int, de: bool) -> str:
    if name in ("PRICE", "PRICE2"):
        euros = f"{n * 100:,}"
        return f"{euros.replace(',', '.')} €" if de else f"€{euros}"
    if name == "PRICES":
        return f"{n} €" if de else f"€{n}"
    if name == "KWH":
        return str(n * 10)
    if name == "JAZ":
        return f"{n // 10},{n % 10}" if de else f"{n // 10}.{n % 10}"
    if name == "TEMP":
        return f"-{n}"
    if name == "CLOCK":
        hour, minute = divmod(n, 100)
        return f"{hour}:{min(minute, 59):02d}"
    return str(n)


def _url_path(plan: _Plan) -> str:
    if plan.intent == "job":
        return "/karriere"
    if plan.topic == "launch":
        return "/lyra"
    if plan.topic in _STORM:
        return "/service/e217"
    return ("/service", "/presse", "/produkte", "/faq")[plan.seed % 4]


def has_token(text: str, word: str) -> bool:
    """Whether lowercase `text` has `word` as a token of `[#@]?\\w+`: a bare word is not part
    of a longer word, a hashtag or a mention; a `#tag` is not part of a longer tag."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (after.isalnum() or after == "_" or before.isalnum() or before == "_") and (
            word[0] in "#@" or before not in "#@"
        ):
            return True
        start = text.find(word, start + 1)
    return False


def _ensure(text: str, plan: _Plan) -> str:
    """Add the hashtags a post needs so that the monitors meant for it match it (words in
    links do not count: a query does not look into URLs)."""
    low = text.lower()
    if "://" in low:
        low = " ".join(w for w in low.split() if "://" not in w)
    missing = [
        COMPANIES[key].hashtag
        for key in (plan.subject, plan.other)
        if key and not has_token(low, key) and not has_token(low, COMPANIES[key].hashtag)
    ]
    if plan.topic == "launch" and not any(has_token(low, w) for w in ("lyra", "#brenntallyra")):
        missing.append("#brenntallyra")
    if plan.topic in _STORM and not any(has_token(low, w) for w in _STORM_TERMS):
        missing.append("#brenntalkalt")
    if (
        plan.intent == "job"
        and plan.subject == "brenntal"
        and not any(has_token(low, w) for w in _JOB_TERMS)
    ):
        missing.append("#brenntaljobs")
    return f"{text} {' '.join(missing)}" if missing else text


def _rating(rng: random.Random, intent: str, sentiment: str) -> int:
    if intent == "complaint" or sentiment == "negative":
        return _one(rng, (1, 1, 2))
    if intent == "praise" or sentiment == "positive":
        return _one(rng, (4, 5, 5))
    return 3


def _metrics(rng: random.Random, plan: _Plan, role: str) -> Metrics:
    if role == "repost":
        return Metrics()
    followers, group = plan.author.followers, plan.platform.group
    if group == "news":
        return Metrics(reposts=int(math.sqrt(followers) * rng.random() * 0.4))
    if group == "reviews":
        return Metrics(likes=int(rng.expovariate(0.4)))
    heat = 1.0 + 2.5 * (plan.topic == "storm" and plan.sentiment == "negative")
    heat += 4.0 * (role == "story")
    base = (followers + 5) ** 0.55 * 0.3 * math.exp(rng.gauss(0, 0.9)) * heat
    return Metrics(
        likes=int(base),
        reposts=int(base * rng.uniform(0.05, 0.35)),
        replies=int(base * rng.uniform(0.02, 0.15)),
        quotes=int(base * rng.uniform(0.0, 0.04)),
    )


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", world.ascii_name(title)).strip("-")[:60] or "artikel"


def _url(plan: _Plan, title: str) -> str:
    author, native_id = plan.author, plan.native_id
    if plan.platform.name == "mastodon":
        return f"{author.url}/{native_id}"
    if plan.platform.name == "bluesky":
        return f"{author.url}/post/{native_id}"
    if plan.platform.name == "forum":
        return f"https://heizungsforum.example/beitrag/{native_id}"
    if plan.platform.name == "news":
        return f"https://{author.handle}/{_slug(title)}-{native_id}"
    return f"https://bewertungen.example/{plan.subject or 'branche'}/{native_id}"


def _topics(topic: str) -> tuple[str, ...]:
    return (topic, _PARENT[topic]) if topic in _PARENT else (topic,)


def _first_rule(lang: str, names: list[str]) -> str:
    g = grammar(lang)
    for name in names:
        if name in g:
            return name
    raise KeyError(f"no {lang} template among {names}")


@cache
def _original_rule(lang: str, group: str, topic: str, intent: str, sentiment: str) -> str:
    endings = (f"{intent}_{sentiment}", intent)
    names = [f"{group}_{t}_{e}" for t in _topics(topic) for e in endings]
    names += [f"reviews_{e}" for e in endings] if group == "reviews" else []
    return _first_rule(lang, names + [f"{t}_{e}" for t in _topics(topic) for e in endings])


@cache
def _reply_rule(lang: str, topic: str, mode: str) -> str:
    return _first_rule(lang, [f"reply_{t}_{mode}" for t in _topics(topic)] + [f"reply_{mode}"])


@cache
def _service_rule(lang: str, group: str, topic: str, target_intent: str) -> str:
    names = [f"service_{t}" for t in _topics(topic)]
    names += ["service_review"] if group == "reviews" else []
    return _first_rule(lang, [*names, f"service_{target_intent}"])


@cache
def _intents(group: str, topic: str) -> _Weights:
    for key in (f"{group}:{topic}", f"{group}:*", f"*:{topic}"):
        if key in _INTENTS:
            return _INTENTS[key]
    return _INTENTS["social:everyday"]


def _pick_subject(rng: random.Random) -> tuple[str, str]:
    u = rng.random()
    subject, other = "", ""
    for subject, other, weight in _SUBJECTS:  # noqa: B007 - the loop picks the pair
        u -= weight
        if u < 0:
            break
    if other == "*":
        other = _one(rng, ("vallberg", "solvarm"))
        if rng.random() < 0.3:
            subject, other = other, subject
    return subject, other


def _slot_of(plan: _Plan) -> int:
    return int(plan.native_id.split("-")[1])


def _stable_int(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:6], "big")


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
