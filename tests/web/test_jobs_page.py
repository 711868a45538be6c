"""The administrators' jobs page: states, the last error (escaped), retry with CSRF and audit."""

from __future__ import annotations

import sqlalchemy as sa
from fastapi.testclient import TestClient

from resonanz.jobs.runner import execute
from resonanz.jobs.runtime import Runtime
from resonanz.model import Role
from resonanz.plugins import make_registry
from resonanz.settings import Settings
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.jobs import JobState
from resonanz.store.schema import audit_log, jobs
from tests.web.conftest import NOW, add_user, csrf_of, log_in


def _failed_job(store: Store, settings: Settings) -> int:
    with store.transaction() as conn:
        job = ledger.add_job(
            conn, "ingest_source", {"source_id": 1}, by=user_store.system_user(conn), now=NOW
        )
    execute(Runtime(settings, store, make_registry(), clock=lambda: NOW), job.id)
    with store.transaction() as conn:  # as if its last attempt had failed with hostile text
        conn.execute(
            sa.update(jobs)
            .where(jobs.c.id == job.id)
            .values(state="failed", last_error="<script>alert(1)</script> HTTP 500")
        )
    return job.id


def test_an_administrator_sees_a_failed_job_and_retries_it(
    auth_client: TestClient, web_store: Store, settings: Settings
) -> None:
    job_id = _failed_job(web_store, settings)
    page = auth_client.get("/jobs?state=failed")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt; HTTP 500" in page.text
    assert "<script>alert(1)" not in page.text
    assert f'action="/jobs/{job_id}/retry"' in page.text
    response = auth_client.post(
        f"/jobs/{job_id}/retry", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False
    )
    assert response.status_code == 303
    after = auth_client.get(response.headers["location"])
    assert f"Job {job_id} is queued again." in after.text
    with web_store.read() as conn:
        assert ledger.get_job(conn, job_id).state is JobState.QUEUED
        [entry] = conn.execute(sa.select(audit_log).where(audit_log.c.action == "job.retry")).all()
    assert entry.target == f"job {job_id}"


def test_retry_without_csrf_is_refused(
    auth_client: TestClient, web_store: Store, settings: Settings
) -> None:
    job_id = _failed_job(web_store, settings)
    assert auth_client.post(f"/jobs/{job_id}/retry").status_code == 403
    with web_store.read() as conn:
        assert ledger.get_job(conn, job_id).state is JobState.FAILED


def test_the_page_is_for_administrators_only(client: TestClient, web_store: Store) -> None:
    add_user(web_store, "vera", role=Role.VIEWER)
    log_in(client, "vera")
    assert client.get("/jobs").status_code == 403
    assert 'href="/jobs"' not in client.get("/").text


def test_the_page_is_german_for_a_german_user(client: TestClient, web_store: Store) -> None:
    add_user(web_store, "anke", role=Role.ADMINISTRATOR, locale="de")
    log_in(client, "anke")
    page = client.get("/jobs")
    assert "Hintergrundaufträge" in page.text and "Keine Aufträge." in page.text
