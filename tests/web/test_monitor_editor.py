"""The monitor editor: admins create and edit monitors; saving returns at once and the stored
posts are matched by a background job whose progress the monitor page shows; the live preview
explains errors and counts matches, escaping everything untrusted."""

from __future__ import annotations

import re
from datetime import timedelta

import sqlalchemy as sa
from fastapi.testclient import TestClient

from resonanz.jobs.runner import execute
from resonanz.jobs.runtime import Runtime
from resonanz.model import Role
from resonanz.plugins import make_registry
from resonanz.settings import Settings
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store.audit import recent
from resonanz.store.jobs import Job, JobState
from resonanz.store.schema import mentions
from tests.web.conftest import add_user, csrf_of, log_in
from tests.web.seed import NOW, XSS, Seeded


def _token(client: TestClient, path: str = "/monitors/new") -> str:
    page = client.get(path)
    assert page.status_code == 200, page.text
    return csrf_of(page.text)


def _preview(client: TestClient, query: str, **extra: str):
    token = _token(client)
    return client.post(
        "/monitors/preview",
        data={"query": query, **extra},
        headers={"X-CSRF-Token": token, "HX-Request": "true"},
    )


def _mention_count(store: Store, monitor_id: int) -> int:
    with store.read() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.count()).where(mentions.c.monitor_id == monitor_id)
            ).scalar_one()
        )


def _backfill_job(store: Store, monitor_id: int) -> Job:
    with store.read() as conn:
        (job,) = ledger.list_jobs(conn, key=f"backfill:monitor:{monitor_id}")
    return job


def _run(settings: Settings, store: Store, job: Job) -> Job | None:
    """What a worker does with the job (the test app only writes it into the ledger)."""
    return execute(Runtime(settings, store, make_registry(), clock=lambda: NOW), job.id)


def test_links_to_the_editor_for_admins(auth_client: TestClient, seeded: Seeded) -> None:
    assert 'href="/monitors/new"' in auth_client.get("/").text
    page = auth_client.get(f"/monitors/{seeded.brand.id}").text
    assert f'href="/monitors/{seeded.brand.id}/edit"' in page
    form = auth_client.get("/monitors/new").text
    assert 'hx-post="/monitors/preview"' in form and "keyup changed delay:400ms" in form


def test_saving_returns_at_once_and_the_page_shows_the_backfill(
    auth_client: TestClient, web_store: Store, settings: Settings
) -> None:
    token = _token(auth_client)
    response = auth_client.post(
        "/monitors/new",
        data={
            "csrf_token": token,
            "name": "Lieferung",
            "kind": "topic",
            "query": "liefert OR Lieferung",
            "languages": "de",
            "description": "Lieferprobleme",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    with web_store.read() as conn:
        monitor = monitor_store.find_monitor(conn, "Lieferung")
        assert "monitor.add" in [e.action for e in recent(conn, 10)]
    assert monitor.languages == ("de",) and monitor.description == "Lieferprobleme"
    assert response.headers["location"] == f"/monitors/{monitor.id}"
    assert monitor.id is not None
    # the request did not run the backfill: it wrote the job for a worker
    assert _mention_count(web_store, monitor.id) == 0
    job = _backfill_job(web_store, monitor.id)
    assert (job.kind, job.state, job.created_by) == ("backfill_monitor", JobState.QUEUED, "anna")
    page = auth_client.get(response.headers["location"]).text
    assert 'id="monitor-saved"' in page and "matched in the background" in page
    assert 'data-kpi="total"' in page
    status = f'hx-get="/monitors/{monitor.id}/backfill" hx-trigger="every 2s"'
    assert status in page and "waiting for a worker" in page
    # the notice is shown once
    assert 'id="monitor-saved"' not in auth_client.get(f"/monitors/{monitor.id}").text

    done = _run(settings, web_store, job)
    assert done is not None and done.state is JobState.DONE
    assert _mention_count(web_store, monitor.id) == 2  # a1 "liefert", g2 "Lieferung"
    partial = auth_client.get(f"/monitors/{monitor.id}/backfill", headers={"HX-Request": "true"})
    assert partial.status_code == 200
    assert "2 new mentions" in partial.text and "hx-trigger" not in partial.text


def test_the_progress_partial_shows_a_running_job_and_its_error(
    client: TestClient, auth_client: TestClient, web_store: Store, seeded: Seeded
) -> None:
    monitor_id = seeded.brand.id
    assert monitor_id is not None
    path = f"/monitors/{monitor_id}/backfill"
    assert 'id="backfill-status"' in auth_client.get(path).text  # no job yet: empty
    with web_store.transaction() as conn:
        from resonanz.store.users import system_user

        job = ledger.add_job(
            conn,
            "backfill_monitor",
            {"monitor_id": monitor_id},
            by=system_user(conn),
            now=NOW,
            key=f"backfill:monitor:{monitor_id}",
        )
        ledger.claim_job(conn, job.id, worker="w1", now=NOW, stale=timedelta(minutes=2))
        ledger.beat(conn, job.id, worker="w1", now=NOW, done=3, total=12)
    running = auth_client.get(path).text
    assert "3 of 12 checked (25 %)" in running and 'hx-trigger="every 2s"' in running
    assert 'value="25"' in running
    with web_store.transaction() as conn:
        ledger.fail_job(
            conn, job.id, worker="w1", now=NOW, error="StoreError: <b>disk</b> full", retry_at=None
        )
    failed = auth_client.get(path).text
    assert "failed after 1 attempts" in failed and "hx-trigger" not in failed
    assert "StoreError: &lt;b&gt;disk&lt;/b&gt; full" in failed  # escaped, for editors only
    auth_client.cookies.clear()
    add_user(web_store, "ben", role=Role.VIEWER)
    log_in(client, "ben")
    seen = client.get(path)
    assert seen.status_code == 200 and "failed after 1 attempts" in seen.text
    assert "disk" not in seen.text
    assert "failed after 1 attempts" in client.get(f"/monitors/{monitor_id}").text


def test_the_progress_partial_needs_a_login(client: TestClient, seeded: Seeded) -> None:
    response = client.get(f"/monitors/{seeded.brand.id}/backfill", headers={"HX-Request": "true"})
    assert response.status_code == 401


def test_editing_the_query_replaces_the_mentions(
    auth_client: TestClient, web_store: Store, seeded: Seeded, settings: Settings
) -> None:
    monitor_id = seeded.topic.id
    assert monitor_id is not None
    assert _mention_count(web_store, monitor_id) == 2  # a5, s1 ("Streik")
    path = f"/monitors/{monitor_id}/edit"
    token = _token(auth_client, path)
    response = auth_client.post(
        path,
        data={
            "csrf_token": token,
            "name": "Bahn",
            "kind": "conflict_topic",
            "query": "Bahn",
            "languages": "",
            "description": "",
            "active": "on",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    assert _mention_count(web_store, monitor_id) == 0  # replaced; the job finds the new ones
    with web_store.read() as conn:
        assert monitor_store.get_monitor(conn, monitor_id).name == "Bahn"
        assert "monitor.update" in [e.action for e in recent(conn, 10)]
    _run(settings, web_store, _backfill_job(web_store, monitor_id))
    assert _mention_count(web_store, monitor_id) == 1  # s1 "Streik bei der Bahn"


def test_editing_only_the_description_schedules_no_backfill(
    auth_client: TestClient, web_store: Store, seeded: Seeded
) -> None:
    monitor = seeded.topic
    assert monitor.id is not None
    path = f"/monitors/{monitor.id}/edit"
    response = auth_client.post(
        path,
        data={
            "csrf_token": _token(auth_client, path),
            "name": monitor.name,
            "kind": str(monitor.kind),
            "query": monitor.query,
            "description": "neu",
            "active": "on",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    assert _mention_count(web_store, monitor.id) == 2
    with web_store.read() as conn:
        assert ledger.list_jobs(conn, kind="backfill_monitor") == []


def test_invalid_form_is_shown_again_with_the_error(auth_client: TestClient) -> None:
    token = _token(auth_client)
    response = auth_client.post(
        "/monitors/new",
        data={"csrf_token": token, "name": "Acme", "kind": "brand", "query": "(acme"},
    )
    assert response.status_code == 400
    assert 'class="query-error' in response.text and "^" in response.text
    response = auth_client.post(
        "/monitors/new",
        data={"csrf_token": token, "name": "Acme", "kind": "brand", "query": "acme"},
    )
    assert response.status_code == 400
    assert "A monitor with this name exists already." in response.text


def test_member_gets_403(client: TestClient, web_store: Store, seeded: Seeded) -> None:
    add_user(web_store, "ben", role=Role.VIEWER)
    log_in(client, "ben")
    assert client.get("/monitors/new").status_code == 403
    assert client.get(f"/monitors/{seeded.brand.id}/edit").status_code == 403
    assert 'href="/monitors/new"' not in client.get("/").text
    token = csrf_of(client.get("/settings").text)
    created = client.post(
        "/monitors/new",
        data={"csrf_token": token, "name": "X", "kind": "topic", "query": "acme"},
    )
    assert created.status_code == 403
    preview = client.post(
        "/monitors/preview", data={"query": "acme"}, headers={"X-CSRF-Token": token}
    )
    assert preview.status_code == 403
    with web_store.read() as conn:
        assert [m.name for m in monitor_store.list_monitors(conn)].count("X") == 0


def test_missing_csrf_token_is_refused(auth_client: TestClient, web_store: Store) -> None:
    response = auth_client.post(
        "/monitors/new", data={"name": "X", "kind": "topic", "query": "acme"}
    )
    assert response.status_code == 403
    assert auth_client.post("/monitors/preview", data={"query": "acme"}).status_code == 403
    with web_store.read() as conn:
        assert "X" not in [m.name for m in monitor_store.list_monitors(conn)]


def _caret(html: str) -> tuple[int, int, str, str]:
    """(line, column, query line, caret line) of an error fragment."""
    assert 'class="query-error' in html, html
    match = re.search(r'data-line="(\d+)" data-column="(\d+)"', html)
    block = re.search(r"<pre class=\"caret\"><code>(.*?)</code></pre>", html, re.S)
    assert match and block, html
    text, caret = block.group(1).split("\n")
    return int(match.group(1)), int(match.group(2)), text, caret


def test_preview_shows_the_error_with_a_caret(auth_client: TestClient) -> None:
    response = _preview(auth_client, '"Brenntal OR (')
    assert response.status_code == 200
    line, column, text, caret = _caret(response.text)
    assert (line, column) == (1, 1)  # the quotation mark that is never closed
    assert text == "&#34;Brenntal OR ("
    assert caret == "^"
    assert "Line 1, column 1: this quotation mark is never closed" in response.text
    assert "Expected: a closing &#34;" in response.text
    assert "Suggestion:" in response.text

    line, column, text, caret = _caret(_preview(auth_client, "Brenntal OR (").text)
    assert (line, column, text) == (1, 14, "Brenntal OR (")
    assert caret == " " * 13 + "^"


def test_preview_counts_matches_with_highlighted_samples(auth_client: TestClient) -> None:
    html = _preview(auth_client, "Streik OR Globex").text
    assert 'data-matches="4"' in html  # a5, s1, g1, g2
    assert 'data-posts="11"' in html
    assert "≈ 4 of the last 11 stored posts match" in html
    assert "<mark>Streik</mark>" in html and "<mark>Globex</mark>" in html
    german = _preview(auth_client, "Streik OR Globex", languages="en").text
    assert 'data-matches="0"' in german and "No stored post matches yet." in german
    assert "Type a query" in _preview(auth_client, "  ").text


def test_preview_escapes_query_and_post_text(auth_client: TestClient) -> None:
    html = _preview(auth_client, "hack").text  # matches a4, whose text holds XSS
    assert 'data-matches="1"' in html
    assert XSS not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>hack</mark>" in html
    bad = _preview(auth_client, "<script>alert(5)</script> AND (").text
    assert "<script>alert(5)" not in bad and "&lt;script&gt;alert(5)" in bad
