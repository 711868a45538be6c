"""Posts per second of `MonitorMatcher` against 10 … 10,000 monitors, vs. a naive baseline.

    uv run python bench/query_throughput.py            # about a minute
    uv run python bench/query_throughput.py --quick    # a few seconds, smaller sizes

Everything is generated here with a fixed seed: German/English posts (umlauts, hashtags,
mentions, links, some titles) and realistic monitors (brand names with OR-groups, exclusions,
NEAR, wildcards, fuzzy words, compounds, field filters), plus a shared noise list.

The baseline is what one would write first: each monitor compiled into one regular expression
(look-aheads for AND/NOT, alternation for OR) run over the normalised text of every post. It
approximates what a regex cannot do (fuzzy words count as exact, fields are ignored), which only
makes it faster. Both run single-threaded in this process, on the same posts; throughput is
posts per CPU second of the process (`time.process_time`), so other load on the machine
distorts it less than wall time would.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from resonanz.model import Author, Enrichment, Monitor, Post
from resonanz.query import MonitorMatcher, ast, normalise_text, parse_query

SEED = 20240501
COMMON_DE = (
    "der die das und ist nicht ein eine zu mit den von auf für im es sich auch so heute morgen "
    "wieder schon noch mal sehr gut schlecht wirklich immer nie warum wie was wer wo danke bitte "
    "Zug Bahn Straße Stadt Kunde Kunden Service Hotline Preis teuer billig Paket Lieferung "
    "Verspätung verspätet pünktlich Ausfall Störung Netz Internet Rechnung Vertrag Kündigung "
    "Grüße Tür Öffnungszeiten Fußball Überraschung Größe Qualität Bestellung Rückgabe Umtausch "
    "Filiale Mitarbeiter freundlich unfreundlich Warteschleife Problem Lösung endlich"
).split()
COMMON_EN = (
    "the and is to of a in that it for on with you this be are was not great bad really again "
    "service price delivery order refund support customer network outage late delayed thanks"
).split()
SYLLABLES = "ka lo mi ra tu ne so vi ber gen ta rix lan dor fel mun ze pha quo wen stra".split()
SUFFIXES = ("AG", "GmbH", "Bank", "Energie", "Mobil", "Versicherung", "Markt", "Telekom")
TOPICS = (
    "Verspätung OR verspätet OR Ausfall*",
    "Preis* OR teuer OR Kosten",
    "Kündigung OR kündigen",
)
NOISE = "Gewinnspiel OR Stellenangebot OR (Job* NEAR/3 bewerben) OR #gewinnspiel"
NOW = datetime(2024, 5, 1, tzinfo=UTC)


def brand_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        parts = rng.randint(2, 4)
        names.add("".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize())
    ordered = sorted(names)
    rng.shuffle(ordered)
    return ordered


def make_monitors(rng: random.Random, brands: Sequence[str]) -> list[Monitor]:
    monitors = []
    for i, brand in enumerate(brands):
        low = brand.lower()
        suffix = rng.choice(SUFFIXES)
        template = i % 6
        if template == 0:
            query = f'"{brand} {suffix}" OR {brand} OR #{low}'
        elif template == 1:
            query = (
                f"({brand} OR @{low}) AND ({rng.choice(TOPICS)}) "
                "NOT (Stellenangebot OR Job* OR Karriere)"
            )
        elif template == 2:
            query = f"{brand} NEAR/5 (Kundenservice~ OR Hotline OR Support)"
        elif template == 3:
            query = f'"{brand}" lang:de -author:{low}_official'
        elif template == 4:
            query = f"{brand}~1 AND (Preis* OR teuer OR Qualität)"
        else:
            query = f"{brand}* AND NOT is:repost"
        monitors.append(Monitor(brand, query, id=i + 1))
    return monitors


def make_posts(rng: random.Random, brands: Sequence[str], count: int) -> list[Post]:
    posts = []
    for i in range(count):
        german = rng.random() < 0.7
        words = rng.choices(COMMON_DE if german else COMMON_EN, k=rng.randint(8, 40))
        if rng.random() < 0.35:
            brand = rng.choice(brands)
            if rng.random() < 0.2:
                brand = brand.upper()
            words.insert(rng.randrange(len(words) + 1), brand)
        if rng.random() < 0.1:
            words.append("#" + rng.choice(brands).lower())
        if rng.random() < 0.1:
            words.insert(0, "@" + rng.choice(brands).lower())
        if rng.random() < 0.1:
            words.append(f"https://www.{rng.choice(brands).lower()}.de/angebot")
        if rng.random() < 0.05:
            words.append(rng.choice(["Gewinnspiel", "Stellenangebot", "Kunden-Service"]))
        text = " ".join(words)
        posts.append(
            Post(
                platform=rng.choice(["mastodon", "bluesky", "reddit", "rss"]),
                native_id=str(i),
                created_at=NOW,
                text=text,
                title=" ".join(rng.choices(COMMON_DE, k=6)) if rng.random() < 0.1 else "",
                author=Author(
                    "mastodon", f"user{rng.randint(1, 5000)}", followers=rng.randint(0, 10**5)
                ),
                repost_of="1" if rng.random() < 0.1 else "",
                enrichment=Enrichment(language="de" if german else "en"),
            )
        )
    return posts


# -- the naive baseline ---------------------------------------------------------------------


def _regex(node: ast.Node) -> str:
    """A look-ahead regex for the normalised text (approximate where regexes cannot follow)."""
    if isinstance(node, ast.Term | ast.Phrase):
        words = re.findall(r"[\w*?]+", normalise_text(node.text))
        parts = [re.escape(w).replace(r"\*", r"\w*").replace(r"\?", r"\w") for w in words]
        joiner = r"[\s-]*" if node.compound else r"\W+"
        return r"\b" + joiner.join(parts) + r"\b"
    if isinstance(node, ast.Hashtag):
        return "#" + re.escape(normalise_text(node.tag)) + r"\b"
    if isinstance(node, ast.AtMention):
        return "@" + re.escape(normalise_text(node.handle)) + r"\b"
    if isinstance(node, ast.Field):
        return ""  # fields are not text; the baseline ignores them
    if isinstance(node, ast.Not):
        inner = _regex(node.operand)
        return f"(?!.*{inner})" if inner else ""
    if isinstance(node, ast.And):
        return "".join(_lookahead(c) for c in node.operands)
    if isinstance(node, ast.Or):
        return "(?:" + "|".join(_regex(c) or "" for c in node.operands) + ")"
    left, right = _regex(node.left), _regex(node.right)
    gap = rf"\W+(?:\w+\W+){{0,{node.distance}}}"
    return f"(?:{left}{gap}{right}|{right}{gap}{left})"


def _lookahead(node: ast.Node) -> str:
    inner = _regex(node)
    if not inner or isinstance(node, ast.Not | ast.And):
        return inner  # already a look-ahead
    return f"(?=.*{inner})"


def make_baseline(monitors: Sequence[Monitor]) -> Callable[[Post], list[int]]:
    compiled = [
        (m.id or 0, re.compile(_lookahead(parse_query(m.query).root), re.DOTALL)) for m in monitors
    ]

    def match(post: Post) -> list[int]:
        norm = normalise_text(post.title + "\n" + post.text)
        return [monitor_id for monitor_id, rx in compiled if rx.match(norm)]

    return match


# -- measuring ------------------------------------------------------------------------------


def throughput(match: Callable[[Post], object], posts: Sequence[Post], budget: float) -> float:
    """Posts per CPU second of this process (one core), over all posts or as many as fit
    into `budget` seconds. CPU time rather than wall time keeps other load out of it."""
    start = time.process_time()
    done = 0
    for post in posts:
        match(post)
        done += 1
        if time.process_time() - start > budget:
            break
    return done / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a few seconds")
    parser.add_argument("--posts", type=int, default=20_000)
    parser.add_argument("--budget", type=float, default=4.0, help="seconds per measurement")
    args = parser.parse_args()
    sizes = (10, 100, 1_000) if args.quick else (10, 100, 1_000, 10_000)
    rng = random.Random(SEED)
    brands = brand_names(rng, max(sizes))
    all_monitors = make_monitors(rng, brands)
    posts = make_posts(rng, brands, 2_000 if args.quick else args.posts)
    budget = 1.0 if args.quick else args.budget

    print(f"{len(posts):,} posts, {sum(len(p.text) for p in posts) / len(posts):.0f} chars avg")
    header = f"{'monitors':>9} {'compile s':>9} {'ours posts/s':>13} {'matches/post':>12}"
    print(header + f" {'baseline posts/s':>16} {'speedup':>8}")
    for size in sizes:
        monitors = all_monitors[:size]
        started = time.perf_counter()
        matcher = MonitorMatcher(monitors, noise=NOISE)
        compile_seconds = time.perf_counter() - started
        ours = throughput(matcher.match, posts, budget)
        sample = posts[:2_000]
        matches = sum(len(matcher.match(p)) for p in sample) / len(sample)
        baseline = throughput(make_baseline(monitors), posts, budget)
        print(
            f"{size:>9,} {compile_seconds:>9.2f} {ours:>13,.0f} {matches:>12.2f}"
            f" {baseline:>16,.0f} {ours / baseline:>7.1f}x"
        )


if __name__ == "__main__":
    main()
