"""Building posts for the query tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from resonanz.model import Author, Enrichment, Post

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def make_post(
    text: str,
    *,
    language: str = "de",
    handle: str = "anna",
    followers: int = 10,
    platform: str = "mastodon",
    **fields: Any,
) -> Post:
    """A post with sensible defaults; keyword arguments set any other Post field."""
    return Post(
        platform=platform,
        native_id=str(abs(hash(text))),
        created_at=NOW,
        text=text,
        author=Author(platform, handle, followers=followers),
        enrichment=Enrichment(language=language),
        **fields,
    )
