"""Hand-built posts and mentions for the web and analytics tests (no NLP, no query engine).

`seed(store)` stores three monitors and a small, fully known set of posts around `NOW`, through
the same `save_batch` the pipeline uses, so rollups are produced exactly as in production.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from resonanz.model import (
    Author,
    Enrichment,
    Intent,
    Metrics,
    Monitor,
    MonitorKind,
    Post,
    Sentiment,
    Span,
)
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store import users as user_store
from resonanz.store.ingest import save_batch

NOW = datetime(2026, 3, 10, 11, 30, tzinfo=UTC)  # 12:30 in Berlin
XSS = "<script>alert(1)</script>"
XSS_NAME = '<img src=x onerror="alert(2)">'
MONITOR_XSS = "Globex</script><script>alert(3)</script>"


@dataclass(frozen=True)
class Seeded:
    brand: Monitor
    competitor: Monitor
    topic: Monitor
    post_ids: dict[str, int]


def make_post(
    native_id: str,
    text: str,
    *,
    hours_ago: float,
    platform: str = "mastodon",
    language: str = "de",
    sentiment: Sentiment = Sentiment.NEUTRAL,
    handle: str = "anna",
    name: str = "Anna",
    followers: int = 100,
    likes: int = 0,
    reposts: int = 0,
    replies: int = 0,
    url: str = "",
    reply_to: str = "",
    title: str = "",
    now: datetime = NOW,
) -> Post:
    return Post(
        platform=platform,
        native_id=native_id,
        created_at=now - timedelta(hours=hours_ago),
        text=text,
        title=title,
        author=Author(platform=platform, handle=handle, name=name, followers=followers),
        url=url or f"https://{platform}.example/{native_id}",
        reply_to=reply_to,
        metrics=Metrics(likes=likes, reposts=reposts, replies=replies),
        enrichment=Enrichment(
            language=language,
            sentiment=sentiment,
            sentiment_score=0.8,
            intent=Intent.COMPLAINT if sentiment == Sentiment.NEGATIVE else Intent.OTHER,
            intent_score=0.6,
            keywords=("acme",),
            explanation={"sentiment": {"rule": "lexicon", "words": ["schlecht", XSS]}},
            model_version="test-1",
        ),
    )


def _span(text: str, term: str) -> tuple[Span, ...]:
    i = text.lower().find(term.lower())
    return (Span(i, i + len(term), term),) if i >= 0 else ()


def seed(store: Store, *, now: datetime = NOW) -> Seeded:
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        brand = monitor_store.add_monitor(
            conn, Monitor(name="Acme", query="acme", kind=MonitorKind.BRAND), by=system, now=now
        )
        competitor = monitor_store.add_monitor(
            conn,
            Monitor(name=MONITOR_XSS, query="globex", kind=MonitorKind.COMPETITOR),
            by=system,
            now=now,
        )
        topic = monitor_store.add_monitor(
            conn,
            Monitor(name="Streik", query="streik", kind=MonitorKind.CONFLICT_TOPIC),
            by=system,
            now=now,
        )
    N, U, P = Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE
    posts = [
        # id, text, hours ago, platform, language, sentiment, likes
        ("a1", "Acme liefert schlecht, wieder zu spät", 1, "mastodon", "de", N, 3),
        ("a2", "Acme Kundendienst war super", 2, "bluesky", "de", P, 40),
        ("a3", "Ordered from Acme today", 5, "bluesky", "en", U, 1),
        ("a4", f"Acme {XSS} hack attempt", 30, "mastodon", "en", N, 7),
        ("a5", "Acme Streik in Stuttgart", 50, "mastodon", "de", N, 12),
        ("a6", "Acme neues Produkt gefällt mir", 24 * 10, "mastodon", "de", P, 2),
        ("a7", "Acme old news", 24 * 40, "mastodon", "en", U, 0),
        ("a8", "Acme first post", 24 * 70, "mastodon", "en", U, 0),  # data covers 60 days
        ("g1", "Globex ist günstiger", 3, "mastodon", "de", U, 5),
        ("g2", "Globex Lieferung schlecht", 26, "bluesky", "de", N, 0),
        ("s1", "Streik bei der Bahn", 4, "mastodon", "de", N, 9),
    ]
    batch: list[Post] = []
    matches: list[list[tuple[int, tuple[Span, ...]]]] = []
    for native, text, hours, platform, lang, sentiment, likes in posts:
        handle = "mallory" if native == "a4" else "anna"
        name = XSS_NAME if native == "a4" else "Anna"
        url = "javascript:alert(4)" if native == "a4" else ""
        post = make_post(
            native,
            text,
            hours_ago=hours,
            platform=platform,
            language=lang,
            sentiment=sentiment,
            likes=likes,
            handle=handle,
            name=name,
            followers=1000 if native == "a2" else 100,
            url=url,
            reply_to="a1" if native == "a3" else "",
            now=now,
        )
        batch.append(post)
        found = []
        for m in (brand, competitor, topic):
            assert m.id is not None
            spans = _span(text, m.query)
            if spans:
                found.append((m.id, spans))
        matches.append(found)
    with store.transaction() as conn:
        save_batch(conn, batch, matches, source_id=None, cursor=None, now=now)
    with store.read() as conn:
        import sqlalchemy as sa

        from resonanz.store.schema import posts as posts_table

        ids = {
            r.native_id: int(r.id)
            for r in conn.execute(sa.select(posts_table.c.id, posts_table.c.native_id))
        }
    return Seeded(brand, competitor, topic, ids)
