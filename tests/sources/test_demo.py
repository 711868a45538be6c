"""The demo source: a deterministic, realistic stream that goes through the normal pipeline."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest

from resonanz.errors import ConfigError
from resonanz.model import MonitorKind, RawPost
from resonanz.plugins import make_plugin_manager, make_registry
from resonanz.sources.demo import (
    DEMO_COMPANY,
    VALUE_SLOTS,
    DemoSource,
    berlin_offset,
    demo_config,
    demo_monitors,
)
from resonanz.sources.demo.texts import grammar

# A Thursday afternoon in Berlin, deliberately not on a 5-minute boundary.
ANCHOR = datetime(2025, 3, 20, 14, 31, 17, tzinfo=UTC)


def source(clock: datetime = ANCHOR, **config: object) -> DemoSource:
    return DemoSource({**demo_config(ANCHOR), **config}, clock=lambda: clock)


def fetch_all(src: DemoSource, cursor: str | None = None) -> tuple[list[RawPost], str | None]:
    posts: list[RawPost] = []
    for _ in range(100_000):
        batch = src.fetch(cursor)
        posts.extend(batch.items)
        cursor = batch.next_cursor
        if not batch.has_more:
            return posts, cursor
    raise AssertionError("the source never stopped")


@pytest.fixture(scope="module")
def stream() -> list[RawPost]:
    """30 days up to the anchor, with the default settings (seed 42)."""
    return fetch_all(source())[0]


def truth(post: RawPost, key: str) -> str:
    return str(post.unmapped.get(f"demo_{key}", ""))


# -- determinism and the cursor contract ------------------------------------------------------


def test_same_seed_and_anchor_give_the_same_posts():
    first, _ = fetch_all(source(days=1, seed=7))
    again, _ = fetch_all(source(days=1, seed=7))
    assert len(first) > 300
    assert first == again


def test_another_seed_gives_other_posts():
    one = source(days=1, seed=1, batch_minutes=120).fetch(None).items
    two = source(days=1, seed=2, batch_minutes=120).fetch(None).items
    assert [p.text for p in one[:50]] != [p.text for p in two[:50]]


def test_no_post_from_the_future_of_the_clock():
    clock = ANCHOR + timedelta(minutes=17, seconds=42)
    posts, cursor = fetch_all(source(clock, days=1))
    assert posts
    assert max(p.created_at for p in posts) < clock
    assert cursor is not None and datetime.fromisoformat(cursor) <= clock


def test_small_chunks_give_exactly_the_posts_of_one_big_fetch():
    big = source(days=1, batch_minutes=2 * 24 * 60).fetch(None)
    assert not big.has_more
    small, _ = fetch_all(source(days=1, batch_minutes=5))
    odd, _ = fetch_all(source(days=1, batch_minutes=37))
    ids = [p.native_id for p in small]
    assert len(ids) == len(set(ids))
    assert small == list(big.items) == odd


def test_a_restarted_source_continues_the_same_stream(stream):
    """A new instance (after a restart) resumes at a cursor without the earlier slots in
    memory: answers and reposts of older posts come out the same."""
    start = ANCHOR - timedelta(days=4, hours=3)  # inside the shitstorm
    batch = source(batch_minutes=60).fetch(start.isoformat())
    assert batch.next_cursor is not None
    end = datetime.fromisoformat(batch.next_cursor)
    assert batch.items == [p for p in stream if start <= p.created_at < end]
    assert any(p.repost_of for p in batch.items)


def test_a_running_demo_gets_a_trickle_without_gaps_or_repeats():
    now = [ANCHOR]
    src = DemoSource({**demo_config(ANCHOR), "days": 1}, clock=lambda: now[0])
    history, cursor = fetch_all(src)
    now[0] = ANCHOR + timedelta(minutes=2)  # the current slot has not ended: nothing yet
    assert src.fetch(cursor).items == []
    live: list[RawPost] = []
    for _ in range(12):  # an hour, polled every five minutes
        now[0] += timedelta(minutes=5)
        batch = src.fetch(cursor)
        assert all(p.created_at < now[0] for p in batch.items)
        live.extend(batch.items)
        cursor = batch.next_cursor
    assert 5 <= len(live) <= 120  # one post every 1-3 minutes in the afternoon
    assert min(p.created_at for p in live) >= max(h.created_at for h in history)
    later, _ = fetch_all(DemoSource({**demo_config(ANCHOR), "days": 1}, clock=lambda: now[0]))
    assert history + live == later


def test_native_ids_are_unique_and_urls_use_example_domains(stream):
    keys = [(p.platform, p.native_id) for p in stream]
    assert len(keys) == len(set(keys))
    hosts = {urlsplit(p.url).hostname or "" for p in stream}
    hosts |= {
        urlsplit(u).hostname or "" for p in stream for u in re.findall(r"https?://\S+", p.text)
    }
    assert hosts and all(h.endswith(".example") for h in hosts), sorted(hosts)[:5]


# -- volume, rhythm and mix -------------------------------------------------------------------


def test_volume_is_about_20k_in_30_days(stream):
    assert 17_000 <= len(stream) <= 23_000
    assert {p.platform for p in stream} == {"mastodon", "bluesky", "forum", "news", "reviews"}
    assert min(p.created_at for p in stream) >= ANCHOR - timedelta(days=30)
    assert max(p.created_at for p in stream) < ANCHOR


def test_two_thirds_german_one_third_english(stream):
    languages = Counter(truth(p, "language") for p in stream)
    assert set(languages) == {"de", "en"}
    assert 0.58 <= languages["de"] / len(stream) <= 0.72


def test_every_intent_and_sentiment_is_present(stream):
    intents = Counter(truth(p, "intent") for p in stream)
    assert set(intents) == {
        "complaint", "question", "praise", "purchase_intent", "job", "press", "spam", "other",
    }  # fmt: skip
    assert min(intents.values()) >= 200
    assert {truth(p, "sentiment") for p in stream} == {"negative", "neutral", "positive"}
    for intent in intents:  # in both languages
        assert {truth(p, "language") for p in stream if truth(p, "intent") == intent} == {
            "de",
            "en",
        }


def test_quiet_nights_and_weekly_rhythm(stream):
    by_hour: Counter[int] = Counter()
    for p in stream:
        by_hour[(p.created_at + berlin_offset(p.created_at)).hour] += 1
    assert sum(by_hour[h] for h in (2, 3, 4)) * 4 < sum(by_hour[h] for h in (9, 10, 11))
    news = Counter((p.created_at + timedelta(hours=1)).weekday() >= 5 for p in stream
                   if p.platform == "news" and truth(p, "topic") == "everyday")  # fmt: skip
    assert news[True] / 2 < news[False] / 5 * 0.7  # fewer news per weekend day


def test_launch_is_a_visible_bump(stream):
    daily = Counter((p.created_at + timedelta(hours=1)).date() for p in stream)
    launch = Counter((p.created_at + timedelta(hours=1)).date() for p in stream
                     if truth(p, "topic") == "launch")  # fmt: skip
    launch_day = max(launch, key=launch.__getitem__)
    assert ANCHOR.date() - timedelta(days=13) <= launch_day <= ANCHOR.date() - timedelta(days=11)
    assert daily[launch_day] > 1.4 * statistics.median(daily.values())
    assert Counter(truth(p, "intent") for p in stream if truth(p, "topic") == "launch").most_common(
        3
    )[0][0] in ("praise", "question", "purchase_intent")


def test_shitstorm_is_a_rising_wave_of_negative_posts(stream):
    def hour(p: RawPost) -> datetime:
        return p.created_at.replace(minute=0, second=0, microsecond=0)

    negative = Counter(hour(p) for p in stream if truth(p, "sentiment") == "negative")
    hours = sorted({hour(p) for p in stream})
    baseline = statistics.median(negative[h] for h in hours)
    peak = max(hours, key=negative.__getitem__)
    assert ANCHOR - timedelta(days=5) < peak < ANCHOR - timedelta(days=3)
    assert negative[peak] >= 15 * max(baseline, 1)
    total = Counter(hour(p) for p in stream)
    assert total[peak] >= 10 * statistics.median(total.values())
    rise = [negative[peak - timedelta(hours=h)] for h in (24, 12, 3)]
    assert rise[0] < rise[2] and rise[1] < rise[2]  # it builds up before the peak
    storm = [p for p in stream if truth(p, "topic") == "shitstorm"]
    assert 2_000 <= len(storm) <= 6_000
    assert sum("#brenntalkalt" in p.text.lower() for p in storm) > len(storm) / 3


def test_opinion_leaders_drive_the_shitstorm(stream):
    storm = [p for p in stream if truth(p, "topic") == "shitstorm"]
    echoes = Counter(p.reply_to or p.repost_of or p.quote_of for p in storm)
    by_id = {p.native_id: p for p in stream}
    leaders = [by_id[i] for i, _ in echoes.most_common(6) if i][:5]
    assert leaders[0].author.followers >= 100_000  # the climate blogger
    assert sum(p.author.followers >= 10_000 for p in leaders) >= 3
    assert echoes[leaders[0].native_id] >= 50


def test_answers_point_to_earlier_posts_on_the_same_platform(stream):
    by_key = {(p.platform, p.native_id): p for p in stream}
    kinds: Counter[str] = Counter()
    for post in stream:
        for kind in ("reply_to", "repost_of", "quote_of"):
            target_id = getattr(post, kind)
            if target_id:
                kinds[kind] += 1
                target = by_key.get((post.platform, target_id))
                assert target is not None, (post.native_id, kind, target_id)
                assert target.created_at < post.created_at
    assert kinds["reply_to"] > 1000 and kinds["repost_of"] > 500 and kinds["quote_of"] > 100
    reposts = [p for p in stream if p.repost_of]
    assert all(p.text.endswith(by_key[(p.platform, p.repost_of)].text) for p in reposts)


def test_authors_have_heavy_tailed_stable_followers(stream):
    followers = {(p.platform, p.author.handle): p.author.followers for p in stream}
    social = [n for (platform, _), n in followers.items() if platform in ("mastodon", "bluesky")]
    assert statistics.median(social) < 500
    assert sum(n >= 10_000 for n in social) >= 10
    assert max(social) <= 500_000
    for p in stream:  # one account, one follower count
        assert followers[(p.platform, p.author.handle)] == p.author.followers
    assert len(followers) > 3_000


def test_company_answers_customers(stream):
    service = [p for p in stream if truth(p, "kind") == "service"]
    assert len(service) > 100
    assert {p.author.handle for p in service} >= {"brenntal_service", "brenntal.sky.example"}
    assert all(p.reply_to for p in service)


# -- texts ------------------------------------------------------------------------------------


def test_texts_are_varied_and_fully_written(stream):
    originals = [p for p in stream if not p.repost_of]
    assert len({p.text for p in originals}) > 0.85 * len(originals)
    for p in stream:
        assert p.text and not re.search(r"[{}§¶~]", p.text + p.title), p.text
    assert all(p.title for p in stream if p.platform in ("news", "reviews") and not p.reply_to)
    lengths = [len(p.text) for p in originals]
    assert min(lengths) < 60 and max(lengths) > 300


ENTRY_RULES = re.compile(
    r"(everyday|forum|reviews|news|comparison|industry|launch|storm|stormafter|reply|service"
    r"|official)_|r_about|rj_about"
)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_grammar_is_complete_and_has_no_dead_material(lang):
    g = grammar(lang)
    reachable, todo = set(), [name for name in g.rules if ENTRY_RULES.match(name)]
    while todo:
        name = todo.pop()
        if name in reachable:
            continue
        reachable.add(name)
        for _head, slots in g.rules[name]:
            for slot, _kind, _tail in slots:
                if slot[0].isupper():
                    assert slot in VALUE_SLOTS, (name, slot)
                    if slot in ("ISSUE", "STRENGTH", "EXEC"):
                        todo += [f"{slot.lower()}_{c}" for c in ("brenntal", "vallberg", "solvarm")]
                else:
                    assert slot in g, (name, slot)
                    todo.append(slot)
    assert set(g.rules) - reachable == set()
    assert sum(len(options) for options in g.rules.values()) > 500  # options, before combining


def test_texts_have_social_media_noise(stream):
    texts = [p.text for p in stream]
    assert sum("#" in t for t in texts) > len(texts) / 4
    assert sum(bool(re.search("[\U0001f300-\U0001faff]", t)) for t in texts) > len(texts) / 10
    assert sum(t == t.lower() for t in texts) > len(texts) / 50
    typed = ("waerme", "fuer ", "ueber", "stoerung", "aussen", "gruesse", "haeuser", "kuehl")
    assert sum(any(w in t.lower() for w in typed) for t in texts) > 50  # umlauts as ae/oe/ue


def test_ground_truth_and_ratings(stream):
    for p in stream:
        assert truth(p, "topic") in ("everyday", "comparison", "industry", "launch", "shitstorm")
        assert truth(p, "subject") in ("brenntal", "vallberg", "solvarm", "")
    ratings = [p.unmapped["rating"] for p in stream if "rating" in p.unmapped]
    assert ratings and set(ratings) <= {1, 2, 3, 4, 5}


# -- monitors ---------------------------------------------------------------------------------

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def tokens(text: str) -> list[str]:
    """Words, #hashtags and @mentions, case- and umlaut-folded; links are not searched."""
    text = " ".join(w for w in text.split() if "://" not in w)
    return re.findall(r"[#@]?\w+", text.casefold().translate(_FOLD))


def compile_query(query: str) -> Callable[[list[str]], bool]:
    """A small matcher for the boolean language the demo monitors use: terms, #tags, @handles,
    "phrases", AND, OR, NOT and parentheses. Strict: a bare term does not match a hashtag."""
    parts: list[str] = re.findall(r'"[^"]*"|\(|\)|[^\s()"]+', query)
    position = 0

    def peek() -> str:
        return parts[position] if position < len(parts) else ""

    def take() -> str:
        nonlocal position
        position += 1
        return parts[position - 1]

    def either() -> Callable[[list[str]], bool]:
        left = both()
        while peek() == "OR":
            take()
            left = _either(left, both())
        return left

    def both() -> Callable[[list[str]], bool]:
        left = unary()
        while peek() == "AND":
            take()
            left = _both(left, unary())
        return left

    def unary() -> Callable[[list[str]], bool]:
        if peek() == "NOT":
            take()
            inner = unary()
            return lambda t: not inner(t)
        if peek() == "(":
            take()
            inner = either()
            assert take() == ")", query
            return inner
        word = take()
        wanted = tokens(word.strip('"'))
        if word.startswith('"'):
            n = len(wanted)
            return lambda t: any(t[i : i + n] == wanted for i in range(len(t) - n + 1))
        assert len(wanted) == 1, word
        return lambda t: wanted[0] in t

    matcher = either()
    assert position == len(parts), query
    return matcher


Predicate = Callable[[list[str]], bool]


def _either(a: Predicate, b: Predicate) -> Predicate:
    return lambda t: a(t) or b(t)


def _both(a: Predicate, b: Predicate) -> Predicate:
    return lambda t: a(t) and b(t)


def test_local_matcher_follows_the_query_language():
    match = compile_query('"Brenntal Lyra" OR (#vallberg AND NOT Solvarm)')
    assert match(tokens("Die neue brenntal LYRA ist da"))
    assert not match(tokens("Lyra von Brenntal"))
    assert match(tokens("toll #Vallberg"))
    assert not match(tokens("toll #Vallberg, aber Solvarm"))
    assert not match(tokens("Vallberg ohne Hashtag"))
    assert compile_query("Wärmepumpe")(tokens("waermepumpe"))


def expected_monitors(post: RawPost) -> set[str]:
    names = {"brenntal": "Brenntal", "vallberg": "Vallberg", "solvarm": "Solvarm"}
    wanted = {names[k] for k in (truth(post, "subject"), truth(post, "also")) if k}
    if truth(post, "topic") == "launch":
        wanted.add("Launch Lyra 7")
    if truth(post, "topic") == "shitstorm":
        wanted.add("Firmware-Update / #brenntalkalt")
    if truth(post, "intent") == "job" and truth(post, "subject") == "brenntal":
        wanted.add("Brenntal als Arbeitgeber")
    return wanted


def test_every_post_matches_the_monitors_meant_for_it(stream):
    monitors = {m.name: compile_query(m.query) for m in demo_monitors()}
    for post in stream:
        words = tokens(post.text)
        for name in expected_monitors(post):
            assert monitors[name](words), (name, post.text)
    brand = monitors["Brenntal"]
    unrelated = [p for p in stream if not truth(p, "subject")]
    assert unrelated and not any(brand(tokens(p.text)) for p in unrelated)


def test_monitors_also_match_with_the_real_query_engine(stream):
    query = pytest.importorskip("resonanz.query")
    from resonanz.pipeline import normalise

    monitors = demo_monitors()
    matcher = query.MonitorMatcher(monitors)
    for raw in stream[::20]:
        found = {monitors[i].name for i, _ in matcher.match(normalise(raw))}
        assert expected_monitors(raw) <= found, raw.text


def test_demo_monitors_and_company_facts():
    kinds = Counter(m.kind for m in demo_monitors())
    assert kinds[MonitorKind.BRAND] == 1 and kinds[MonitorKind.COMPETITOR] == 2
    assert kinds[MonitorKind.CONFLICT_TOPIC] == 1 and kinds[MonitorKind.TOPIC] >= 1
    assert DEMO_COMPANY.name == "Brenntal"
    assert [c.name for c in DEMO_COMPANY.competitors] == ["Vallberg", "Solvarm"]
    assert "Lyra 7" in DEMO_COMPANY.products


# -- configuration and registration -------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "setting"),
    [
        ({}, "demo.anchor"),
        ({"anchor": "yesterday"}, "demo.anchor"),
        ({"anchor": "2025-03-20T12:00:00"}, "demo.anchor"),  # no time zone
        ({"anchor": "2025-03-20T12:00:00Z", "days": 0}, "demo.days"),
        ({"anchor": "2025-03-20T12:00:00Z", "days": "many"}, "demo.days"),
        ({"anchor": "2025-03-20T12:00:00Z", "batch_minutes": 2}, "demo.batch_minutes"),
        ({"anchor": "2025-03-20T12:00:00Z", "colour": "blue"}, "demo.colour"),
    ],
)
def test_invalid_configuration_names_the_setting(config, setting):
    with pytest.raises(ConfigError) as info:
        DemoSource(config)
    assert info.value.setting == setting


def test_berlin_time_follows_summer_time():
    hour = timedelta(hours=1)
    assert berlin_offset(datetime(2025, 3, 30, 0, 59, tzinfo=UTC)) == hour
    assert berlin_offset(datetime(2025, 3, 30, 1, 0, tzinfo=UTC)) == 2 * hour
    assert berlin_offset(datetime(2025, 10, 26, 0, 59, tzinfo=UTC)) == 2 * hour
    assert berlin_offset(datetime(2025, 10, 26, 1, 0, tzinfo=UTC)) == hour


def test_nothing_before_the_history_begins():
    src = source(ANCHOR - timedelta(days=31))  # a clock before anchor - days
    batch = src.fetch(None)
    assert batch.items == [] and not batch.has_more and batch.next_cursor is None


def test_defaults_and_a_foreign_cursor():
    src = DemoSource({"anchor": "2025-03-20T12:00:00+01:00", "seed": "5"})
    assert src.config["seed"] == 5 and src.config["days"] == 30
    assert src.anchor == datetime(2025, 3, 20, 11, tzinfo=UTC)
    with pytest.raises(ConfigError):
        src.fetch("not a time")


def test_registered_as_a_plugin():
    registry = make_registry(make_plugin_manager(["resonanz.sources.demo"], entry_points=False))
    assert registry.source_class("demo") is DemoSource
    assert DemoSource.title == "Demo data"
