"""`resonanz nlp retrain` without --corrections reads the corrections stored in the database."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from resonanz.cli import main
from resonanz.store import Store
from resonanz.store import users as user_store
from resonanz.store.corrections import correct_post
from tests.web.seed import NOW, seed


def test_retrain_reads_stored_corrections(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    store = Store.open(url)
    ids = seed(store).post_ids
    with store.transaction() as conn:
        system = user_store.system_user(conn)
        for native in ("a1", "a4", "g2", "s1"):
            correct_post(
                conn, ids[native], sentiment="negative", intent="complaint", by=system, now=NOW
            )
        correct_post(conn, ids["a2"], sentiment="positive", intent="praise", by=system, now=NOW)
        correct_post(conn, ids["a3"], intent="purchase_intent", by=system, now=NOW)
    store.close()
    out = tmp_path / "model.npz"
    result = CliRunner().invoke(
        main,
        ["--database-url", url, "nlp", "retrain", "--out", str(out), "--data", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    assert "6 stored corrections: 5 to refit, 1 held back" in result.stderr
    assert "before" in result.stdout and "after" in result.stdout
    assert "held back: " in result.stdout
    assert out.stat().st_size > 0


def test_retrain_without_stored_corrections_says_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Store.open(url).close()
    result = CliRunner().invoke(
        main, ["--database-url", url, "nlp", "retrain", "--out", str(tmp_path / "m.npz")]
    )
    assert result.exit_code == 1
    assert "no corrections stored in the database" in result.stderr
