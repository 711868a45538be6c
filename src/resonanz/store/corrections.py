"""A person's corrections of a post's sentiment and intent.

`correct_post` runs in the caller's transaction: it stores one `corrections` row per corrected
field, changes the post's label at once (the model's scores stay; `explanation["corrected"]`
says who corrected what from which value), moves the post between sentiment rows in both rollup
tables for every monitor that mentions it, and writes the audit entry `post.correct`.
`list_corrections` gives the corrected texts for `resonanz nlp retrain`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from resonanz.access import Permission, require
from resonanz.errors import NotFound, StoreError
from resonanz.model import Intent, Sentiment, User
from resonanz.store import audit, rollups
from resonanz.store.schema import corrections, posts

FIELDS = ("sentiment", "intent")


@dataclass(frozen=True, slots=True)
class Correction:
    post_id: int
    field: str
    old_value: str
    new_value: str
    user_id: int | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CorrectedText:
    """A post's text with its corrected labels ("" = that field was not corrected)."""

    post_id: int
    text: str
    language: str
    sentiment: str = ""
    intent: str = ""


def _check(field: str, value: str | None, allowed: type[Sentiment] | type[Intent]) -> str | None:
    if value is None:
        return None
    valid = {str(v) for v in allowed}
    if value not in valid:
        raise StoreError(f"unknown {field} {value!r} (one of: {', '.join(sorted(valid))})")
    return value


def correct_post(
    conn: sa.Connection,
    post_id: int,
    *,
    sentiment: str | None = None,
    intent: str | None = None,
    by: User,
    now: datetime,
) -> list[Correction]:
    """Set the post's sentiment and/or intent as a person says. Returns one `Correction` per
    given field (also where the label stays the same: a confirmation is a label, too).
    PermissionDenied unless `by` may `correct_analysis`, StoreError for an unknown label or no
    field given, NotFound for an unknown post."""
    require(by, Permission.CORRECT_ANALYSIS)
    wanted = {
        "sentiment": _check("sentiment", sentiment, Sentiment),
        "intent": _check("intent", intent, Intent),
    }
    changes = {k: v for k, v in wanted.items() if v is not None}
    if not changes:
        raise StoreError("nothing to correct: give a sentiment or an intent")
    post = (
        conn.execute(
            sa.select(
                posts.c.id,
                posts.c.created_at,
                posts.c.platform,
                posts.c.language,
                posts.c.reach,
                posts.c.engagement,
                posts.c.sentiment,
                posts.c.intent,
                posts.c.explanation,
            ).where(posts.c.id == post_id)
        )
        .mappings()
        .first()
    )
    if post is None:
        raise NotFound(f"post {post_id} does not exist")
    username = by.username
    explanation: dict[str, Any] = dict(post["explanation"] or {})
    marks: dict[str, Any] = dict(explanation.get("corrected") or {})
    done: list[Correction] = []
    for field, new in changes.items():
        old = str(post[field])
        conn.execute(
            sa.insert(corrections).values(
                post_id=post_id,
                field=field,
                old_value=old,
                new_value=new,
                user_id=by.id,
                created_at=now,
            )
        )
        previous = marks.get(field)
        model_value = previous["from"] if isinstance(previous, dict) and "from" in previous else old
        marks[field] = {"from": model_value, "to": new, "by": username, "at": now.isoformat()}
        done.append(Correction(post_id, field, old, new, by.id, now))
    explanation["corrected"] = marks
    conn.execute(
        sa.update(posts).where(posts.c.id == post_id).values(**changes, explanation=explanation)
    )
    if "sentiment" in changes and changes["sentiment"] != post["sentiment"]:
        rollups.move_sentiment(conn, post, str(post["sentiment"]), changes["sentiment"])
    audit.record(
        conn,
        audit.AuditAction.POST_CORRECT,
        str(post_id),
        by=by,
        detail={c.field: {"from": c.old_value, "to": c.new_value} for c in done},
        now=now,
    )
    return done


def list_corrections(conn: sa.Connection) -> list[CorrectedText]:
    """Every corrected post's text and corrected labels, oldest first; where a field was
    corrected more than once, the latest correction wins."""
    rows = conn.execute(
        sa.select(
            corrections.c.post_id,
            corrections.c.field,
            corrections.c.new_value,
            posts.c.text,
            posts.c.language,
        )
        .select_from(corrections.join(posts, posts.c.id == corrections.c.post_id))
        .order_by(corrections.c.created_at, corrections.c.id)
    )
    found: dict[int, dict[str, str]] = {}
    for r in rows:
        entry = found.setdefault(
            int(r.post_id), {"text": r.text, "language": r.language, "sentiment": "", "intent": ""}
        )
        if r.field in FIELDS:
            entry[r.field] = r.new_value
    return [
        CorrectedText(
            post_id,
            e["text"],
            e["language"],
            sentiment=e["sentiment"],
            intent=e["intent"],
        )
        for post_id, e in found.items()
    ]
