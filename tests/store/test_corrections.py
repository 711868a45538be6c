"""`correct_post`: the label changes at once, rollups follow for every monitor, audit and list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from resonanz.errors import NotFound, PermissionDenied, StoreError
from resonanz.model import Role
from resonanz.store import Store, audit
from resonanz.store import users as user_store
from resonanz.store.corrections import correct_post, list_corrections
from resonanz.store.migrations import applied_migrations
from resonanz.store.posts import mention_detail
from resonanz.store.schema import rollups_5min, rollups_hourly
from tests.web.seed import NOW, Seeded, seed


def _by_sentiment(
    store: Store, table: sa.Table, monitor_id: int
) -> dict[str, tuple[int, int, int]]:
    with store.read() as conn:
        rows = conn.execute(
            sa.select(
                table.c.sentiment,
                sa.func.sum(table.c.posts),
                sa.func.sum(table.c.reach),
                sa.func.sum(table.c.engagement),
            )
            .where(table.c.monitor_id == monitor_id)
            .group_by(table.c.sentiment)
        )
        return {r[0]: (int(r[1]), int(r[2]), int(r[3])) for r in rows}


LATER = datetime.now(UTC) + timedelta(days=1)
"""After the seed's monitors, whose audit entries carry the real time."""


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)


def test_migration_is_recorded(store: Store) -> None:
    with store.read() as conn:
        assert "m003_corrections" in applied_migrations(conn)


def test_sentiment_correction_moves_rollups_for_every_monitor(store: Store, seeded: Seeded) -> None:
    post_id = seeded.post_ids["a5"]  # "Acme Streik in Stuttgart": brand and topic, negative
    with store.transaction() as conn:
        user = user_store.add_user(
            conn, "maria", "x" * 12, role=Role.AGENT, by=user_store.system_user(conn), now=NOW
        )
        post = mention_detail(conn, post_id)
    assert post is not None and post.sentiment == "negative"
    monitors = (seeded.brand.id, seeded.topic.id)
    tables = (rollups_hourly, rollups_5min)
    before = {(t.name, m): _by_sentiment(store, t, m) for t in tables for m in monitors if m}
    other = {t.name: _by_sentiment(store, t, seeded.competitor.id or 0) for t in tables}

    with store.transaction() as conn:
        done = correct_post(conn, post_id, sentiment="positive", by=user, now=LATER)
    assert [(c.field, c.old_value, c.new_value) for c in done] == [
        ("sentiment", "negative", "positive")
    ]

    moved = (1, post.reach, post.engagement)
    for (table, monitor), old in before.items():
        new = _by_sentiment(store, next(t for t in tables if t.name == table), monitor)
        assert new["negative"] == tuple(a - b for a, b in zip(old["negative"], moved, strict=True))
        assert new["positive"] == tuple(
            a + b for a, b in zip(old.get("positive", (0, 0, 0)), moved, strict=True)
        )
        assert sum(v[0] for v in new.values()) == sum(v[0] for v in old.values())
    for t in tables:  # a monitor that does not mention the post is untouched
        assert _by_sentiment(store, t, seeded.competitor.id or 0) == other[t.name]

    with store.read() as conn:
        after = mention_detail(conn, post_id)
        entries = audit.recent(conn)
    assert after is not None
    assert after.sentiment == "positive"
    assert after.sentiment_score == post.sentiment_score
    assert after.explanation["corrected"]["sentiment"]["from"] == "negative"
    assert after.explanation["corrected"]["sentiment"]["by"] == "maria"
    assert entries[0].action == "post.correct"
    assert entries[0].username == "maria"
    assert entries[0].target == str(post_id)
    assert entries[0].detail == {"sentiment": {"from": "negative", "to": "positive"}}


def test_intent_correction_leaves_rollups_and_list_takes_the_latest(
    store: Store, seeded: Seeded
) -> None:
    a1, g1 = seeded.post_ids["a1"], seeded.post_ids["g1"]
    before = _by_sentiment(store, rollups_hourly, seeded.brand.id or 0)
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        correct_post(conn, a1, intent="complaint", by=system, now=NOW)
        correct_post(conn, g1, sentiment="negative", intent="question", by=system, now=NOW)
        correct_post(conn, g1, sentiment="positive", by=system, now=NOW)
    assert _by_sentiment(store, rollups_hourly, seeded.brand.id or 0) == before
    with store.read() as conn:
        rows = {r.post_id: r for r in list_corrections(conn)}
        g1_detail = mention_detail(conn, g1)
    assert rows[a1].intent == "complaint" and rows[a1].sentiment == ""
    assert rows[a1].text.startswith("Acme liefert schlecht")
    assert (rows[g1].sentiment, rows[g1].intent, rows[g1].language) == (
        "positive",
        "question",
        "de",
    )
    assert g1_detail is not None and g1_detail.sentiment == "positive"
    assert g1_detail.explanation["corrected"]["sentiment"]["from"] == "neutral"
    competitor = _by_sentiment(store, rollups_hourly, seeded.competitor.id or 0)
    assert competitor.get("negative", (0, 0, 0))[0] == 1  # g2 only; g1 went neutral→neg→pos
    assert competitor["positive"][0] == 1


def test_invalid_label_or_post_is_refused(store: Store, seeded: Seeded) -> None:
    post_id = seeded.post_ids["a1"]
    with store.read() as conn:
        system = user_store.system_user(conn)
    with pytest.raises(StoreError, match="unknown sentiment 'angry'"):
        with store.transaction() as conn:
            correct_post(conn, post_id, sentiment="angry", by=system, now=NOW)
    with pytest.raises(StoreError, match="unknown intent"):
        with store.transaction() as conn:
            correct_post(conn, post_id, intent="rant", by=system, now=NOW)
    with pytest.raises(StoreError, match="nothing to correct"):
        with store.transaction() as conn:
            correct_post(conn, post_id, by=system, now=NOW)
    with pytest.raises(NotFound):
        with store.transaction() as conn:
            correct_post(conn, 10**9, sentiment="neutral", by=system, now=NOW)
    with store.read() as conn:
        assert list_corrections(conn) == []


def test_a_viewer_may_not_correct(store: Store, seeded: Seeded) -> None:
    post_id = seeded.post_ids["a1"]
    with store.transaction() as conn:
        viewer = user_store.add_user(
            conn, "ben", "x" * 12, role=Role.VIEWER, by=user_store.system_user(conn), now=NOW
        )
    with pytest.raises(PermissionDenied, match="may not correct analysis"):
        with store.transaction() as conn:
            correct_post(conn, post_id, sentiment="positive", by=viewer, now=NOW)
    with store.read() as conn:
        assert list_corrections(conn) == []
        assert "post.correct" not in {e.action for e in audit.recent(conn)}
