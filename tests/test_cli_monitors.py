"""`resonanz monitors add | backfill | edit | delete` on a temporary SQLite database with
posts stored before the monitor existed. The commands act as the system user and wait for
their backfill job (run in-process), unless `--no-wait`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from resonanz.cli import main
from resonanz.model import Author, Enrichment, Post
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store.audit import recent
from resonanz.store.ingest import save_batch
from resonanz.store.jobs import JobState

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


def test_add_matches_stored_posts_before_returning(run, db: str) -> None:
    result = run("monitors", "add", "Marke", "Brenntal")
    assert result.exit_code == 0, result.output
    assert "2 match, 2 new mentions" in result.stdout
    assert "Matching stored posts" in result.stderr
    assert "mentions:    2" in run("monitors", "show", "Marke").output
    store = Store.open(db)
    try:
        with store.read() as conn:
            job = ledger.list_jobs(conn, kind="backfill_monitor")[0]
            entry = recent(conn, 1)[0]
    finally:
        store.close()
    assert job.state is JobState.DONE and job.created_by == "system"
    assert job.result["added"] == 2 and job.progress_done == 2
    assert (entry.action, entry.username) == ("monitor.add", "system")


def test_add_without_waiting_leaves_the_job_to_a_worker(run) -> None:
    result = run("monitors", "add", "Marke", "Brenntal", "--no-wait")
    assert result.exit_code == 0, result.output
    assert "queued as job 1" in result.stdout and "resonanz jobs show 1" in result.stdout
    assert "mentions:    0" in run("monitors", "show", "Marke").output
    # the monitor's backfill is that job: asking again returns it instead of a second one
    again = run("monitors", "backfill", "Marke", "--no-wait")
    assert "queued as job 1" in again.stdout


def test_backfill_command_adds_nothing_twice(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    first = run("monitors", "backfill", "Marke")
    assert first.exit_code == 0, first.output
    assert "2 match, 0 new mentions" in first.stdout
    again = run("monitors", "backfill", "1")
    assert "2 match, 0 new mentions" in again.stdout
    assert "mentions:    2" in run("monitors", "show", "Marke").output
    missing = run("monitors", "backfill", "Nope")
    assert missing.exit_code == 1 and "no monitor named 'Nope'" in missing.output


def test_edit_query_replaces_mentions(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    result = run("monitors", "edit", "Marke", "--query", "zuerich", "--name", "Stadt")
    assert result.exit_code == 0, result.output
    assert "Updated monitor 1: Stadt" in result.stdout and "1 new mentions" in result.stdout
    shown = run("monitors", "show", "Stadt").output
    assert "mentions:    1" in shown and "query:       zuerich" in shown


def test_edit_languages_and_state(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    result = run("monitors", "edit", "Marke", "--lang", "en", "--inactive")
    assert result.exit_code == 0, result.output
    shown = run("monitors", "show", "Marke").output
    assert "mentions:    1" in shown and "languages:   en" in shown and "active:      no" in shown
    same = run("monitors", "edit", "Marke", "--inactive")
    assert "nothing changed" in same.output


def test_edit_with_bad_query_is_explained_and_changes_nothing(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    result = run("monitors", "edit", "Marke", "--query", '"Brenntal" OR (Service')
    assert result.exit_code == 1
    assert "invalid query" in result.output and "^" in result.output
    assert "mentions:    2" in run("monitors", "show", "Marke").output


def test_edit_without_matching_change_schedules_no_backfill(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    result = run("monitors", "edit", "Marke", "--description", "Unsere Marke")
    assert result.exit_code == 0, result.output
    assert "Backfill" not in result.stdout and "Matching" not in result.stderr
    assert "mentions:    2" in run("monitors", "show", "Marke").output


def test_delete_removes_the_monitor(run) -> None:
    run("monitors", "add", "Marke", "Brenntal")
    result = run("monitors", "delete", "Marke", "--yes")
    assert result.exit_code == 0, result.output
    assert "Deleted monitor 1: Marke" in result.stdout
    assert "No monitors yet" in run("monitors", "list").output
