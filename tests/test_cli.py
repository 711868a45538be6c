"""The `resonanz` command end to end, on a temporary SQLite database."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from resonanz.cli import main


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("RESONANZ_DATABASE_URL", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Result:
        return runner.invoke(
            main,
            ["--database-url", f"sqlite:///{tmp_path}/r.db", *args],
            input=input,
            catch_exceptions=False,
        )

    return invoke


def test_every_command_has_help(run) -> None:
    for args in (
        ["--help"],
        ["init", "--help"],
        ["serve", "--help"],
        ["demo", "--help"],
        ["ingest", "--help"],
        ["monitors", "add", "--help"],
        ["monitors", "list", "--help"],
        ["monitors", "show", "--help"],
        ["sources", "add", "--help"],
        ["sources", "list", "--help"],
        ["users", "add", "--help"],
    ):
        result = run(*args)
        assert result.exit_code == 0, args
        assert "Usage:" in result.output
    listed = run("--help").output
    for name in ("init", "serve", "demo", "ingest", "monitors", "sources", "users", "nlp"):
        assert f"  {name} " in listed


def test_no_command_shows_the_help_and_the_next_step(run, tmp_path: Path) -> None:
    first = run()
    assert first.exit_code == 0
    assert "Usage:" in first.output and "  serve " in first.output
    assert first.output.rstrip().endswith("Start with: resonanz demo")
    assert not (tmp_path / "r.db").exists(), "showing the next step creates no database"
    assert run("init").exit_code == 0
    assert run().output.rstrip().endswith("Start with: resonanz serve")


def test_no_command_with_broken_settings_says_what_to_fix(run, tmp_path: Path) -> None:
    (tmp_path / "resonanz.toml").write_text("no_such_setting = 1\n")
    result = run()
    assert result.exit_code == 0
    assert "Fix the settings first:" in result.output and "no_such_setting" in result.output


def test_init_creates_admin_and_config_once(run, tmp_path: Path) -> None:
    result = run("init")
    assert result.exit_code == 0
    assert "Admin user: admin" in result.output
    password = result.output.split("Password:")[1].split()[0]
    assert len(password) >= 12
    config = (tmp_path / "resonanz.toml").read_text()
    assert "secret_key" in config and (tmp_path / "resonanz.toml").stat().st_mode & 0o077 == 0
    again = run("init")
    assert "Users exist already" in again.output
    assert (tmp_path / "resonanz.toml").read_text() == config


def test_users_add_with_generated_and_given_password(run) -> None:
    result = run("users", "add", "maria", "--role", "administrator", "--department", "PR")
    assert result.exit_code == 0 and "Password:" in result.output
    result = run("users", "add", "ben", "--password-stdin", input="ein langes Passwort\n")
    assert result.exit_code == 0 and "Password:" not in result.output
    assert (
        run("users", "add", "ben", "--password-stdin", input="ein langes Passwort\n").exit_code == 1
    )
    listing = run("users", "list").output
    assert "maria" in listing and "PR" in listing and "ben" in listing


def test_monitor_with_bad_query_is_explained(run) -> None:
    result = run("monitors", "add", "Marke", '"Brenntal" OR (Service')
    assert result.exit_code == 1
    assert "invalid query" in result.output and "^" in result.output
    assert "No monitors yet" in run("monitors", "list").output


def test_import_file_and_show_monitor(run, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["post_id", "message", "date", "user"])
        w.writerow(["1", "Der Brenntal Service war super schnell!", "2026-11-01T10:00:00Z", "a"])
        w.writerow(["2", "Brenntal pump broken again, nobody answers", "2026-11-01T11:00:00Z", "b"])
        w.writerow(["3", "Heute regnet es in Stuttgart", "2026-11-01T12:00:00Z", "c"])
    assert (
        run("monitors", "add", "Marke", '"Brenntal" OR #brenntal', "--kind", "brand").exit_code == 0
    )
    result = run(
        "sources",
        "add",
        "export",
        "file",
        "--set",
        f"path={path}",
        "--map",
        "native_id=post_id",
        "--map",
        "text=message",
        "--map",
        "created_at=date",
        "--map",
        "author=user",
    )
    assert result.exit_code == 0, result.output
    result = run("ingest")
    assert result.exit_code == 0, result.output
    assert "export: 3 fetched, 3 new, 0 duplicates, 2 mentions" in result.output
    assert "No source is due" in run("ingest").output
    assert "0 new" in run("ingest", "--all").output
    shown = run("monitors", "show", "Marke").output
    assert "mentions:    2" in shown and "kind:        brand" in shown
    assert "3 posts" in run("sources", "list").output


def test_bad_source_settings_are_named(run, tmp_path: Path) -> None:
    result = run("sources", "add", "x", "file")
    assert result.exit_code == 1 and "file.path: is required" in result.output
    result = run(
        "sources", "add", "x", "file", "--set", f"path={tmp_path}/a.csv", "--map", "txt=message"
    )
    assert "file.mapping: unknown field 'txt'" in result.output
    assert "unknown source kind 'twitter'" in run("sources", "add", "x", "twitter").output


def test_failed_import_reports_line_and_exits_nonzero(run, tmp_path: Path) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("id,text,created_at\n1,ok,2026-11-01T10:00:00Z\n2,bad,gestern\n")
    run("sources", "add", "export", "file", "--set", f"path={path}")
    result = run("ingest")
    assert result.exit_code == 1
    assert "line 3, field 'created_at'" in result.output


def test_exclusions_and_the_shared_noise_list(run, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "posts.csv"
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "created_at"])
        w.writerow(["1", "Brenntal Service war super", "2026-11-01T10:00:00Z"])
        w.writerow(["2", "Stellenangebot: Brenntal sucht Monteure #job", "2026-11-01T11:00:00Z"])
        w.writerow(["3", "Gewinnspiel! Brenntal Wärmepumpe gewinnen", "2026-11-01T12:00:00Z"])
    monkeypatch.setenv("RESONANZ_NOISE_QUERY", "Gewinnspiel")
    result = run("monitors", "add", "Marke", "Brenntal", "--exclude", "Stellenangebot OR #job")
    assert result.exit_code == 0, result.output
    assert run("monitors", "add", "Jobs", "Monteure OR #job").exit_code == 0
    assert "exclusions" in run("monitors", "add", "X", "a", "--exclude", "(b").output
    run("sources", "add", "export", "file", "--set", f"path={path}")
    result = run("ingest")
    assert "3 new, 0 duplicates, 2 mentions" in result.output  # post 1 → Marke, 2 → Jobs
    assert "mentions:    1" in run("monitors", "show", "Marke").output
    result = run("monitors", "edit", "Marke", "--exclude", "")
    assert "Backfill of Marke" in result.output
    assert "mentions:    2" in run("monitors", "show", "Marke").output  # noise still out
