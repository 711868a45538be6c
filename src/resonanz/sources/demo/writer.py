"""How the demo writes a post: its text from the templates of `demo.texts`, and the rest of its
`RawPost` (URL, metrics, rating, ground truth).

`Writer.write` turns a `Plan` and the post it answers into a `RawPost`, drawing from the post's
own seed. An answer takes its language, subject and topic from its target and its intent from
how people answer such a post (agree, contradict, me too, …); a repost copies its original's
text, written again from that post's seed if needed. The template is chosen by platform, topic,
intent and sentiment (`_original_rule`, `_reply_rule`, `_service_rule`), its uppercase slots
are answered by `_values` (`VALUE_SLOTS`), and `roughen` adds typos. Every post names what its
monitors look for (`_ensure`, see `demo_monitors`). Ground truth (intent, sentiment, topic, …)
is kept in `RawPost.unmapped` under `demo_*` keys.
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from resonanz.model import Author, Metrics, RawPost
from resonanz.sources.demo.company import COMPANIES
from resonanz.sources.demo.crowd import (
    ACCOUNTS,
    COMPANY_HANDLES,
    OUTLETS,
    PERSONAS,
    SPAM_WORDS,
    ascii_name,
    company_account,
)
from resonanz.sources.demo.plan import STORM_TOPICS, Plan, pick_author
from resonanz.sources.demo.random import Weights, one, pick, randint
from resonanz.sources.demo.texts import Grammar, grammar, roughen, tidy
from resonanz.sources.demo.timeline import Timeline, slot_of

__all__ = ["VALUE_SLOTS", "Writer", "has_token"]

#: How people answer a post of a given intent, and what that makes their answer.
_MODES: dict[str, Weights] = {
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


class Writer:
    """Writes the posts of the plans of `timeline`."""

    def __init__(self, timeline: Timeline) -> None:
        self._timeline = timeline
        self._echo_rng = random.Random()  # reseeded per post

    def write(self, rng: random.Random, plan: Plan, target: Plan | None) -> RawPost:
        """The post of `plan`, answering `target`, drawn from the post's own `rng`."""
        role, mode, p = plan.role, "", plan.platform
        if target is None and role != "story":
            role = "original"
        elif target is not None and role != "story":
            lang, author, other = plan.lang, plan.author, ""
            if target.lang != lang and rng.random() < 0.85:
                lang = target.lang
                author = pick_author(rng, self._timeline.seed, p, target.lang, "other", "", "")
            topic = "everyday" if target.topic == "comparison" else target.topic
            if role == "service":
                lang, author = target.lang, ACCOUNTS[(target.subject, p.name, "service")]
                intent, sentiment = "other", "neutral"
            elif role == "repost":
                intent, sentiment = target.intent, target.sentiment
            else:
                mode = pick(rng, _MODES[target.intent])
                storm_labels = _STORM_MODE_LABELS if topic in STORM_TOPICS else {}
                intent, sentiment = storm_labels.get(mode) or _MODE_LABELS[mode]
            if role == "repost":
                topic, other = target.topic, target.other
            plan = plan._replace(lang=lang, author=author, topic=topic, subject=target.subject,
                                 other=other, intent=intent, sentiment=sentiment)  # fmt: skip
        if role == "repost" and target is not None:
            rule, title = "repost", ""
            text = f"RT @{target.author.handle}: {self._original_text(target)}"
        else:
            rule = _rule(plan, role, target, mode)
            title, text = _compose(rng, plan, role, target, mode, rule)
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
        if plan.topic in STORM_TOPICS:
            unmapped["demo_phase"] = "aftermath" if plan.topic == "stormafter" else "wave"
        if p.group == "reviews" and role not in ("service",):
            unmapped["rating"] = _rating(rng, plan.intent, plan.sentiment)
        hint = plan.lang if p.group == "social" else ""
        if hint and rng.random() < 0.1:
            hint = one(rng, ("", "", "en" if plan.lang == "de" else "de"))
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

    def _original_text(self, plan: Plan) -> str:
        """The final text of an original post, written again if it is not at hand."""
        texts = self._timeline.slot(slot_of(plan)).texts
        text = texts.get(plan.native_id)
        if text is None:
            self._echo_rng.seed(plan.seed)
            text = _ensure(_compose(self._echo_rng, plan, plan.role, None)[1], plan)
            texts[plan.native_id] = text
        return text


def _rule(plan: Plan, role: str, target: Plan | None, mode: str) -> str:
    if role == "story":
        return "story"
    if role == "service" and target is not None:
        return _service_rule(plan.lang, plan.platform.group, plan.topic, target.intent)
    if role in ("reply", "quote"):
        return _reply_rule(plan.lang, plan.topic, mode)
    if plan.author.handle in COMPANY_HANDLES and plan.intent in ("job", "press"):
        if plan.topic == "launch":
            return "official_launch"
        if plan.topic == "everyday":
            return f"official_{plan.intent}"
    return _original_rule(plan.lang, plan.platform.group, plan.topic, plan.intent,
                          plan.sentiment)  # fmt: skip


def _compose(
    rng: random.Random, plan: Plan, role: str, target: Plan | None, mode: str = "",
    rule: str = "",
) -> tuple[str, str]:  # fmt: skip
    """(title, text) of a post that is not a repost."""
    if plan.story is not None:
        return plan.story.title, plan.story.text
    rule = rule or _rule(plan, role, target, mode)
    g = grammar(plan.lang)
    memo: dict[str, str] = {}
    value = _values(g, rng, plan, target, memo)
    expanded = g.expand(rule, rng, value, memo)
    if plan.platform.group == "reviews" and role == "original":  # what was reviewed
        about = "rj_about" if plan.intent == "job" else "r_about"
        expanded += "¶" + g.expand(about, rng, value, memo)
    expanded = tidy(expanded)
    title, _, text = expanded.rpartition("§")
    official = plan.author.handle in COMPANY_HANDLES
    care = 0.0 if official else _CARE[plan.platform.group]
    text = roughen(text, rng, lang=plan.lang, care=care, keep=_KEEP)
    if target is not None and role in ("reply", "service") and plan.platform.group in (
        "social", "forum",
    ) and (plan.platform.group == "social" or rng.random() < 0.3):  # fmt: skip
        text = f"@{target.author.handle} {text}"
    return title.strip(), text


# -- the values of the templates -----------------------------------------------------------------


def _values(
    g: Grammar, rng: random.Random, plan: Plan, target: Plan | None, memo: dict[str, str]
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
            storm = plan.topic in STORM_TOPICS and company.key == "brenntal"
            return one(rng, _STORM_PRODUCTS if storm else _EVERYDAY_PRODUCTS[company.key])
        number = _NUMBERS.get(name)
        if number is not None:
            return _format_number(name, randint(rng, *number), de)
        if name in ("C", "CP"):
            assert other is not None, f"{name} needs a second company"
            return other.name if name == "C" else one(rng, _EVERYDAY_PRODUCTS[other.key])
        if name in ("TN", "ME"):
            return _first_name(target.author if name == "TN" and target else plan.author)
        if name == "INIT":
            return one(rng, "ABDFHJKLMNPRST") + one(rng, "ABDFHJKLMNPRSTW")
        if name == "SPAMURL":
            host = f"{one(rng, SPAM_WORDS)}{randint(rng, 10, 98)}.example"
            return f"https://{host}/{rng.getrandbits(24):x}"
        if name == "NEWSURL":
            outlet = PERSONAS[one(rng, OUTLETS[plan.lang])].handle
            section = one(rng, ("artikel", "news", "wirtschaft"))
            return f"https://{outlet}/{section}/{randint(rng, 10**5, 10**6 - 1)}"
        assert company is not None, f"{name} needs a company"
        if name == "BH":
            return company.hashtag if rng.random() < 0.7 else f"#{company.name}"
        if name == "BA":
            account = company_account(company.key, plan.platform.name, "main")
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


def _url_path(plan: Plan) -> str:
    if plan.intent == "job":
        return "/karriere"
    if plan.topic == "launch":
        return "/lyra"
    if plan.topic in STORM_TOPICS:
        return "/service/e217"
    return ("/service", "/presse", "/produkte", "/faq")[plan.seed % 4]


# -- what the monitors look for ------------------------------------------------------------------


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


def _ensure(text: str, plan: Plan) -> str:
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
    if plan.topic in STORM_TOPICS and not any(has_token(low, w) for w in _STORM_TERMS):
        missing.append("#brenntalkalt")
    if (
        plan.intent == "job"
        and plan.subject == "brenntal"
        and not any(has_token(low, w) for w in _JOB_TERMS)
    ):
        missing.append("#brenntaljobs")
    return f"{text} {' '.join(missing)}" if missing else text


# -- the rest of the post ------------------------------------------------------------------------


def _rating(rng: random.Random, intent: str, sentiment: str) -> int:
    if intent == "complaint" or sentiment == "negative":
        return one(rng, (1, 1, 2))
    if intent == "praise" or sentiment == "positive":
        return one(rng, (4, 5, 5))
    return 3


def _metrics(rng: random.Random, plan: Plan, role: str) -> Metrics:
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
    return re.sub(r"[^a-z0-9]+", "-", ascii_name(title)).strip("-")[:60] or "artikel"


def _url(plan: Plan, title: str) -> str:
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


# -- which template ------------------------------------------------------------------------------


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
