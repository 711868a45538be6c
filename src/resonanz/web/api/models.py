"""Response models of the JSON API (pydantic, `extra="forbid"`): the OpenAPI schema's source.

Where a model has the shape of one of our dataclasses (a `Span`, a breakdown item, a volume
point, …) it is filled from it with `Model.model_validate(obj)` (`from_attributes`), not by a
copy field by field, so a field added to both cannot be forgotten in between.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from resonanz.model import Intent, Sentiment


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)


class Health(Model):
    status: Literal["ok"]
    version: str
    database: str


class PeriodOut(Model):
    key: str = Field(description="6h, 24h, 7d, 30d, 90d or custom")
    start: datetime = Field(description="Start (inclusive), UTC")
    end: datetime = Field(description="End (exclusive), UTC")
    granularity: Literal["5min", "hour", "day"]
    timezone: str = Field(description="Time zone of bucket starts and day boundaries")


class SentimentCounts(Model):
    negative: int
    neutral: int
    positive: int


class MonitorOut(Model):
    id: int
    name: str
    kind: str
    query: str
    description: str
    languages: list[str]
    active: bool
    total: int = Field(description="Mentions in the period")
    previous_total: int = Field(description="Mentions in the period before")
    change: float | None = Field(description="Relative change against the period before")
    negative_share: float | None
    sentiment: SentimentCounts


class MonitorList(Model):
    period: PeriodOut
    monitors: list[MonitorOut]


class VolumePointOut(Model):
    start: datetime = Field(description="Bucket start in the period's time zone")
    negative: int
    neutral: int
    positive: int
    total: int
    reach: int
    engagement: int


class VolumeOut(Model):
    monitor_id: int
    period: PeriodOut
    total: int
    sentiment: SentimentCounts
    points: list[VolumePointOut]


class CountOut(Model):
    key: str
    posts: int
    share: float
    reach: int
    engagement: int


class BreakdownOut(Model):
    monitor_id: int
    period: PeriodOut
    total: int
    reach: int
    engagement: int
    platforms: list[CountOut]
    languages: list[CountOut]
    sentiments: list[CountOut]


class SpanOut(Model):
    start: int
    end: int
    term: str
    field: str


class AuthorOut(Model):
    handle: str
    name: str
    followers: int
    url: str = ""


class MentionOut(Model):
    post_id: int
    platform: str
    created_at: datetime
    title: str
    text: str
    url: str
    author: AuthorOut
    language: str
    sentiment: str
    intent: str
    likes: int
    reposts: int
    replies: int
    engagement: int
    reach: int
    spans: list[SpanOut]


class MentionPageOut(Model):
    monitor_id: int
    period: PeriodOut
    order: Literal["newest", "engaged"]
    offset: int
    limit: int
    has_more: bool
    next_offset: int | None
    items: list[MentionOut]


class MatchedMonitorOut(Model):
    monitor_id: int
    name: str
    kind: str
    spans: list[SpanOut]


class LinkOut(Model):
    relation: Literal["reply_to", "repost_of", "quote_of"]
    native_id: str
    post_id: int | None


class MentionDetailOut(Model):
    post_id: int
    platform: str
    native_id: str
    source: str
    created_at: datetime
    fetched_at: datetime
    title: str
    text: str
    url: str
    author: AuthorOut
    language: str
    sentiment: str
    sentiment_score: float
    intent: str
    intent_score: float
    keywords: list[str]
    hashtags: list[str]
    explanation: dict[str, Any]
    model_version: str
    likes: int
    reposts: int
    replies: int
    quotes: int
    views: int
    reach: int
    engagement: int
    links: list[LinkOut]
    replies_stored: int
    monitors: list[MatchedMonitorOut]


class VoiceOut(Model):
    monitor_id: int
    name: str
    kind: str
    posts: int
    share: float
    reach: int
    engagement: int


class ShareOfVoiceOut(Model):
    period: PeriodOut
    total: int
    entries: list[VoiceOut]


class CorrectionIn(Model):
    """A person's correction; give at least one of the two."""

    sentiment: Sentiment | None = Field(default=None, description="negative, neutral or positive")
    intent: Intent | None = Field(default=None, description="complaint, question, praise, …")


class CorrectionItemOut(Model):
    field: Literal["sentiment", "intent"]
    old_value: str
    new_value: str
    created_at: datetime


class CorrectionOut(Model):
    post_id: int
    sentiment: str = Field(description="The post's sentiment now")
    intent: str = Field(description="The post's intent now")
    corrections: list[CorrectionItemOut]
