"""What a post of the demo is before its text is written: its `Plan`.

`PLATFORMS` describes the five kinds of platform: their share of the everyday posts and of the
launch and shitstorm waves, how many posts are German, and how often posts answer, repost or
quote and the company's service steps in. `everyday_rates` combines them with the rhythms of
`demo.calendar` into the expected posts per slot. `draft` decides everything else about one
post from its slot's random generator (second, role, language, subject, intent, sentiment,
author and a seed of its own), and `pick_author` chooses the author from `demo.crowd`.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import NamedTuple

from resonanz.model import Author
from resonanz.sources.demo.calendar import DAILY, WEEKLY
from resonanz.sources.demo.crowd import (
    COMPANY_HANDLES,
    OUTLETS,
    PERSONAS,
    company_account,
    crowd,
)
from resonanz.sources.demo.random import Weights, one, pick
from resonanz.sources.demo.story import StoryPost

__all__ = [
    "BASE_RATE",
    "BY_NAME",
    "LAUNCH_SPLIT",
    "PLATFORMS",
    "STORM_SPLIT",
    "STORM_TOPICS",
    "Plan",
    "Platform",
    "draft",
    "everyday_rates",
    "pick_author",
]

#: Everyday posts per slot on average (all platforms); with both episodes ≈ 20k in 30 days.
BASE_RATE = 1.75


@dataclass(frozen=True, slots=True)
class Platform:
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
    Platform("mastodon", "mst", "social", .355, .35, .34, .65, .22, .10, .02, .05, 24),
    Platform("bluesky", "bsk", "social", .31, .30, .38, .45, .18, .14, .05, .04, 24),
    Platform("forum", "frm", "forum", .19, .14, .14, .92, .50, 0, 0, .02, 72),
    Platform("news", "nws", "news", .035, .07, .025, .72, 0, 0, 0, 0, 0),
    Platform("reviews", "rev", "reviews", .11, .12, .105, .80, 0, 0, 0, .10, 144),
)  # fmt: skip
BY_NAME = {p.name: p for p in PLATFORMS}


#: Cumulative weights of the platforms in the launch and shitstorm waves.
LAUNCH_SPLIT = tuple(itertools.accumulate(p.launch for p in PLATFORMS))
STORM_SPLIT = tuple(itertools.accumulate(p.storm for p in PLATFORMS))


@cache
def everyday_rates(hour: int, weekday: int) -> tuple[float, ...]:
    """Cumulative expected everyday posts per slot over the platforms, at a local time."""
    rates = (BASE_RATE * p.share * DAILY[p.group][hour] * WEEKLY[p.group][weekday]
             for p in PLATFORMS)  # fmt: skip
    return tuple(itertools.accumulate(rates))


_INTENTS: dict[str, Weights] = {
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
#: The topics of the shitstorm: the wave, and its aftermath once the hotfix is out.
STORM_TOPICS = frozenset({"storm", "stormafter"})


class Plan(NamedTuple):
    """Everything about one post that is decided before its text is written (a named tuple:
    tens of thousands are made, and they are cheaper to make than frozen dataclasses)."""

    native_id: str
    platform: Platform
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
        return pick(rng, (("positive", 0.5), ("neutral", 0.35), ("negative", 0.15)))
    if intent == "other" and group == "social" and topic not in ("comparison", "industry"):
        if topic == "storm":
            return pick(rng, (("negative", 0.55), ("neutral", 0.30), ("positive", 0.15)))
        return pick(rng, (("neutral", 0.5), ("positive", 0.3), ("negative", 0.2)))
    return "neutral"


@cache
def _intents(group: str, topic: str) -> Weights:
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
        other = one(rng, ("vallberg", "solvarm"))
        if rng.random() < 0.3:
            subject, other = other, subject
    return subject, other


def draft(
    rng: random.Random, seed: int, native_id: str, p: Platform, topic: str, t0: datetime,
    storm_hours: float, office: bool,
) -> Plan:  # fmt: skip
    """The plan of a post of `topic` on `p` in the slot that begins at `t0`, `storm_hours` from
    the peak of the shitstorm (`office`: whether the service is at work); `seed` is the demo's."""
    created = t0 + timedelta(seconds=int(rng.random() * 300))
    subject, other = "brenntal", ""
    if topic == "storm" and rng.random() < min(0.85, max(0.0, (storm_hours - 14) / 12)):
        topic = "stormafter"  # the hotfix ships in the night after the peak
    elif topic == "everyday":
        subject, other = _pick_subject(rng)
        if p.group == "reviews":
            subject, other = subject or "brenntal", ""
        topic = "comparison" if other else ("everyday" if subject else "industry")
    u, heat = rng.random(), 1.6 if topic in STORM_TOPICS else 1.0
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
    intent = pick(rng, _intents(p.group, topic))
    if topic in STORM_TOPICS and intent == "purchase_intent":
        other = one(rng, ("vallberg", "solvarm"))
    sentiment = _sentiment(rng, p.group, topic, intent)
    author = pick_author(rng, seed, p, lang, intent, topic, subject)
    if author.handle in COMPANY_HANDLES:  # job ads and press releases of the company
        sentiment = "neutral"
    return Plan(native_id, p, created, topic, role, lang, subject, other, intent, sentiment,
                author, rng.getrandbits(48))  # fmt: skip


def pick_author(
    rng: random.Random, seed: int, p: Platform, lang: str, intent: str, topic: str, subject: str
) -> Author:
    """Who writes a post: an outlet, an official account, a journalist, an influencer, a
    spammer or, mostly, one of the people of the crowd (some far more often than others)."""
    if p.group == "news":
        return PERSONAS[one(rng, OUTLETS[lang])]
    pool = crowd(seed, p.name)
    if intent == "spam":
        return one(rng, pool.spammers)
    if p.group == "social":
        official = company_account(subject, p.name, "main") if subject else None
        if intent in ("press", "job") and official and topic not in STORM_TOPICS:
            if rng.random() < 0.2:
                return official
        if intent == "press" and rng.random() < 0.7:
            return one(rng, pool.journalists[lang])
        if rng.random() < (0.06 if topic in ("storm", "launch") else 0.01):
            return one(rng, pool.influencers[lang])
    people = pool.people[lang]
    return people[int(len(people) * rng.random() ** 1.6)]
