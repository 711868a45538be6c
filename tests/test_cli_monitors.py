"""`resonanz monitors add --backfill | backfill | edit` on a temporary SQLite database with
posts stored before the monitor existed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from resonanz.cli import main
from resonanz.model import Author, Enrichment, Post
from resonanz.store import Store
from resonanz.store.ingest import save_batch

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path}/r.db"
    store = Store.open(url)
    texts = [
        ("Brenntal Service war super", "de"),
        ("Brenntal pump broken again", "en"),
        ("Zürich Hauptbahnhof", "de"),
        ("Heute regnet es", "de"),
    ]
    batch = [
        Post(
            platform="mastodon",
            native_id=str(i),
            created_at=T0 + timedelta(minutes=i),
            text=text,
            author=Author(platform="mastodon", handle=f"u{i}", followers=10),
            enrichment=Enrichment(language=lang),
        )
        for i, (text, lang) in enumerate(texts)
    ]
    with store.transaction() as conn:
        save_batch(conn, batch, [[] for _ in batch], source_id=None, cursor=None, now=T0)
    store.close()
    return url


@pytest.fixture
def run(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RESONANZ_DATABASE_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        return runner.invoke(main, ["--database-url", db, *args], catch_exceptions=False)

    return invoke


def test_add_without_backfill_keeps_the_note(run) -> None:
    result = run("monitors", "add", "Marke", "Brenntal")
    assert result.exit_code == 0, result.output
    assert "next ingest" in result.output and "monitors backfill 1" in result.output
    assert "mentions:    0" in run("monitors", "show", "Marke").output


def test_add_with_backfill_matches_stored_posts(run) -> None:
    result = run("monitors", "add", "Marke", "Brenntal", "--backfill")
    assert result.exit_code == 0, result.output
    assert "2 match, 2 new mentions" in result.stdout
    assert "Matching stored posts" in result.stderr
    assert "mentions:    2" in run("monitors", "show", "Marke").output


def test_backfill_command_adds_nothing_twice(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    first = run("monitors", "backfill", "Marke")
    assert first.exit_code == 0, first.output
    assert "2 new mentions" in first.stdout
    again = run("monitors", "backfill", "1")
    assert "2 match, 0 new mentions" in again.stdout
    assert "mentions:    2" in run("monitors", "show", "Marke").output
    missing = run("monitors", "backfill", "Nope")
    assert missing.exit_code == 1 and "no monitor named 'Nope'" in missing.output


def test_edit_query_replaces_mentions(run) -> None:
    run("monitors", "add", "Marke", "Brenntal", "--backfill")
    result = run("monitors", "edit", "Marke", "--query", "zuerich", "--name", "Stadt")
    assert result.exit_code == 0, result.output
    assert "Updated monitor 1: Stadt" in result.stdout and "1 new mentions" in result.stdout
    shown = run("monitors", "show", "Stadt").output
    assert "mentions:    1" in shown and "query:       zuerich" in shown


def test_edit_languages_and_state(run) -> None:
    run("monitors", "add", "Marke", "Brenntal", "--backfill")
    result = run("monitors", "edit", "Marke", "--lang", "en", "--inactive")
    assert result.exit_code == 0, result.output
    shown = run("monitors", "show", "Marke").output
    assert "mentions:    1" in shown and "languages:   en" in shown and "active:      no" in shown
    same = run("monitors", "edit", "Marke", "--inactive")
    assert "nothing changed" in same.output


def test_edit_with_bad_query_is_explained_and_changes_nothing(run) -> None:
    run("monitors", "add", "Marke", "Brenntal", "--backfill")
    result = run("monitors", "edit", "Marke", "--query", '"Brenntal" OR (Service')
    assert result.exit_code == 1
    assert "invalid query" in result.output and "^" in result.output
    assert "mentions:    2" in run("monitors", "show", "Marke").output
