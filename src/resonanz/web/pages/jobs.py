"""The administrator's view of background jobs: what runs, what waits, what failed and why,
and a retry button for a failed job."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from resonanz.access import Permission
from resonanz.model import User
from resonanz.store import jobs as ledger
from resonanz.store.jobs import JobState
from resonanz.web.auth import get_store, require_permission
from resonanz.web.rendering import renderer

router = APIRouter()

Administrator = Annotated[User, Depends(require_permission(Permission.ADMINISTER))]

PAGE_SIZE = 100


@router.get("/jobs", include_in_schema=False)
def jobs_page(
    request: Request, user: Administrator, state: str = "", retried: int | None = None
) -> Response:
    states = (JobState(state),) if state in {s.value for s in JobState} else ()
    with get_store(request).read() as conn:
        jobs = ledger.list_jobs(conn, states=states, limit=PAGE_SIZE)
        failed = len(ledger.list_jobs(conn, states=(JobState.FAILED,), limit=1000))
    return renderer(request).render(
        request,
        "jobs.html",
        {
            "jobs": jobs,
            "state": state if states else "",
            "states": [s.value for s in JobState],
            "failed": failed,
            "retried": retried,
            "nav": "jobs",
        },
    )


@router.post("/jobs/{job_id}/retry", include_in_schema=False)
def retry_job(request: Request, user: Administrator, job_id: int) -> Response:
    """Queue a failed job again with fresh attempts; the audit log records who did it."""
    clock = request.app.state.clock
    with get_store(request).transaction() as conn:
        job = ledger.retry_job(conn, job_id, by=user, now=clock())
    request.app.state.dispatcher.dispatch(job)
    return RedirectResponse(f"/jobs?retried={job.id}", status_code=303)
