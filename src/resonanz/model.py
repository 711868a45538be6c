"""The domain of Resonanz as plain, frozen dataclasses.

Nothing here talks to a database, the web or the network. Every other layer speaks in these
types: sources yield `RawPost`, the pipeline turns them into `Post` with an `Enrichment`, a
`Monitor` that matches a post produces a `Mention` carrying the matched `Span`s.

All datetimes are timezone-aware and in UTC.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from resonanz.errors import StoreError


class MonitorKind(enum.StrEnum):
    """What a monitor watches; decides where it appears (share of voice, early warning)."""

    BRAND = "brand"
    COMPETITOR = "competitor"
    TOPIC = "topic"
    CONFLICT_TOPIC = "conflict_topic"


class Sentiment(enum.StrEnum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


class Intent(enum.StrEnum):
    """Why somebody wrote a post; drives routing to a department."""

    COMPLAINT = "complaint"
    QUESTION = "question"
    PRAISE = "praise"
    PURCHASE_INTENT = "purchase_intent"
    JOB = "job"
    PRESS = "press"
    SPAM = "spam"
    OTHER = "other"


class Role(enum.StrEnum):
    """What a user may do: the role → permission table is in `resonanz.access`."""

    ADMINISTRATOR = "administrator"
    SOCIAL_MEDIA_MANAGER = "social_media_manager"
    DEPARTMENT_LEAD = "department_lead"
    AGENT = "agent"
    VIEWER = "viewer"


class Record:
    """A record the store saves: its `id` is None until it is saved, then set for good.

    Code that needs a saved record asks for `saved_id` instead of asserting on `id`: it holds
    under `python -O` too, and names the record when a new one is passed by mistake.
    """

    __slots__ = ()
    id: int | None

    @property
    def saved_id(self) -> int:
        """The id of a record read from the store; `StoreError` on one not saved yet."""
        if self.id is None:
            raise StoreError(f"this {type(self).__name__} has not been saved yet")
        return self.id


@dataclass(frozen=True, slots=True)
class Author:
    """A public account on one platform."""

    platform: str
    handle: str
    name: str = ""
    followers: int = 0
    url: str = ""


@dataclass(frozen=True, slots=True)
class Metrics:
    """Public interaction counts of a post at the time it was fetched."""

    likes: int = 0
    reposts: int = 0
    replies: int = 0
    quotes: int = 0
    views: int = 0

    @property
    def engagement(self) -> int:
        return self.likes + self.reposts + self.replies + self.quotes


@dataclass(frozen=True, slots=True)
class RawPost:
    """A post as a source delivers it, already mapped onto our fields but not yet cleaned.

    `native_id` is the platform's own id; (platform, native_id) identifies a post everywhere.
    Links to other posts (`reply_to`, `repost_of`, `quote_of`) are native ids on the same
    platform. `unmapped` keeps whatever the source could not map, so nothing is dropped silently.
    """

    platform: str
    native_id: str
    created_at: datetime
    text: str
    author: Author
    url: str = ""
    title: str = ""
    language_hint: str = ""
    reply_to: str = ""
    repost_of: str = ""
    quote_of: str = ""
    mentions: tuple[str, ...] = ()
    metrics: Metrics = field(default_factory=Metrics)
    unmapped: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Enrichment:
    """What the NLP step adds to a post. Every value can be traced back (`explanation`)."""

    language: str = "unknown"
    sentiment: Sentiment = Sentiment.NEUTRAL
    sentiment_score: float = 0.0
    intent: Intent = Intent.OTHER
    intent_score: float = 0.0
    keywords: tuple[str, ...] = ()
    explanation: Mapping[str, Any] = field(default_factory=dict)
    model_version: str = ""


@dataclass(frozen=True, slots=True)
class Post(Record):
    """A normalised, de-duplicated post, stored once and enriched once."""

    platform: str
    native_id: str
    created_at: datetime
    text: str
    author: Author
    url: str = ""
    title: str = ""
    reply_to: str = ""
    repost_of: str = ""
    quote_of: str = ""
    mentions: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    metrics: Metrics = field(default_factory=Metrics)
    content_hash: str = ""
    language_hint: str = ""
    unmapped: Mapping[str, Any] = field(default_factory=dict)
    enrichment: Enrichment = field(default_factory=Enrichment)
    id: int | None = None
    source_id: int | None = None

    @property
    def reach(self) -> int:
        """Potential audience: the author's followers (the platforms give no impressions)."""
        return self.author.followers


@dataclass(frozen=True, slots=True)
class Span:
    """A matched stretch of a post's text: [start, end) in characters, and which term matched."""

    start: int
    end: int
    term: str = ""
    field: str = "text"


@dataclass(frozen=True, slots=True)
class Monitor(Record):
    """A saved query: what the company wants to hear about."""

    name: str
    query: str
    kind: MonitorKind = MonitorKind.TOPIC
    languages: tuple[str, ...] = ()
    description: str = ""
    active: bool = True
    id: int | None = None
    created_at: datetime | None = None
    exclusions: str = ""
    """A query of its own: posts it matches never count for this monitor (job ads, noise)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A post that a monitor matched, with the spans that made it match."""

    post: Post
    monitor_id: int
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceConfig(Record):
    """A configured source: which plugin, its settings, how often it is polled."""

    name: str
    kind: str
    config: Mapping[str, Any] = field(default_factory=dict)
    interval_seconds: int = 900
    enabled: bool = True
    id: int | None = None
    cursor: str | None = None
    next_run_at: datetime | None = None
    last_run_at: datetime | None = None
    last_error: str = ""


@dataclass(frozen=True, slots=True)
class Department(Record):
    name: str
    id: int | None = None


@dataclass(frozen=True, slots=True)
class User(Record):
    username: str
    role: Role = Role.VIEWER
    display_name: str = ""
    locale: str = "de"
    timezone: str = "Europe/Berlin"
    departments: tuple[str, ...] = ()
    active: bool = True
    id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one pipeline pass did; the CLI prints it, the scheduler logs it."""

    source: str
    fetched: int = 0
    new_posts: int = 0
    duplicates: int = 0
    mentions: int = 0
    has_more: bool = False
    errors: Sequence[str] = ()
