"""Everything stored about one post: the detail page and `/api/mentions/{id}`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa

from resonanz.model import Span
from resonanz.store.mentions import spans_from_json
from resonanz.store.schema import authors, mentions, monitors, posts, sources


@dataclass(frozen=True, slots=True)
class MatchedMonitor:
    """A monitor that matched a post, and where."""

    monitor_id: int
    name: str
    kind: str
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class LinkedPost:
    """A post this one replies to, reposts or quotes; `post_id` is None when not stored."""

    relation: Literal["reply_to", "repost_of", "quote_of"]
    native_id: str
    post_id: int | None


@dataclass(frozen=True, slots=True)
class MentionDetail:
    """Everything stored about one post, for the detail page and `/api/mentions/{id}`."""

    post_id: int
    platform: str
    native_id: str
    created_at: datetime
    fetched_at: datetime
    title: str
    text: str
    url: str
    author_handle: str
    author_name: str
    author_followers: int
    author_url: str
    language: str
    sentiment: str
    sentiment_score: float
    intent: str
    intent_score: float
    keywords: tuple[str, ...]
    explanation: Mapping[str, Any]
    model_version: str
    likes: int
    reposts: int
    replies: int
    quotes: int
    views: int
    reach: int
    engagement: int
    hashtags: tuple[str, ...]
    links: tuple[LinkedPost, ...]
    monitors: tuple[MatchedMonitor, ...]
    replies_stored: int = 0
    source_name: str = ""
    mentions_of: tuple[str, ...] = field(default_factory=tuple)


def mention_detail(conn: sa.Connection, post_id: int) -> MentionDetail | None:
    """One stored post with its author, the monitors that matched it (with spans), the posts
    it links to, and how many stored posts reply to it. None when there is no such post."""
    row = conn.execute(
        sa.select(
            posts,
            authors.c.handle,
            authors.c.name.label("author_name"),
            authors.c.followers,
            authors.c.url.label("author_url"),
            sources.c.name.label("source_name"),
        )
        .select_from(posts.join(authors).outerjoin(sources, sources.c.id == posts.c.source_id))
        .where(posts.c.id == post_id)
    ).first()
    if row is None:
        return None
    m = row._mapping
    matched = tuple(
        MatchedMonitor(int(r.id), r.name, r.kind, spans_from_json(r.spans))
        for r in conn.execute(
            sa.select(monitors.c.id, monitors.c.name, monitors.c.kind, mentions.c.spans)
            .select_from(mentions.join(monitors))
            .where(mentions.c.post_id == post_id)
            .order_by(monitors.c.name)
        )
    )
    links = []
    relations: tuple[Literal["reply_to", "repost_of", "quote_of"], ...] = (
        "reply_to",
        "repost_of",
        "quote_of",
    )
    for relation in relations:
        native = str(m[relation] or "")
        if not native:
            continue
        target = conn.execute(
            sa.select(posts.c.id).where(
                posts.c.platform == m["platform"], posts.c.native_id == native
            )
        ).scalar()
        links.append(LinkedPost(relation, native, int(target) if target is not None else None))
    replies_stored = conn.execute(
        sa.select(sa.func.count())
        .select_from(posts)
        .where(posts.c.platform == m["platform"], posts.c.reply_to == m["native_id"])
    ).scalar_one()
    return MentionDetail(
        post_id=int(m["id"]),
        platform=m["platform"],
        native_id=m["native_id"],
        created_at=m["created_at"],
        fetched_at=m["fetched_at"],
        title=m["title"],
        text=m["text"],
        url=m["url"],
        author_handle=m["handle"],
        author_name=m["author_name"],
        author_followers=int(m["followers"]),
        author_url=m["author_url"],
        language=m["language"],
        sentiment=m["sentiment"],
        sentiment_score=float(m["sentiment_score"]),
        intent=m["intent"],
        intent_score=float(m["intent_score"]),
        keywords=tuple(str(k) for k in m["keywords"] or ()),
        explanation=dict(m["explanation"] or {}),
        model_version=m["model_version"],
        likes=int(m["likes"]),
        reposts=int(m["reposts"]),
        replies=int(m["replies"]),
        quotes=int(m["quotes"]),
        views=int(m["views"]),
        reach=int(m["reach"]),
        engagement=int(m["engagement"]),
        hashtags=tuple(str(h) for h in m["hashtags"] or ()),
        links=tuple(links),
        monitors=matched,
        replies_stored=int(replies_stored),
        source_name=m["source_name"] or "",
        mentions_of=tuple(str(x) for x in m["mentions"] or ()),
    )
