"""`resonanz worker` (runs background jobs) and `resonanz jobs` (what ran, what failed, retry)."""

from __future__ import annotations

import json

import click

from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.jobs import Job, JobState


@click.command()
@click.option(
    "--workers", type=int, default=None, help="Worker threads (default: setting job_workers)."
)
@click.option(
    "--scheduler/--no-scheduler",
    default=True,
    show_default=True,
    help="Also turn due sources into jobs and re-dispatch lost ones (safe on several machines).",
)
@pass_context
@clear_errors
def worker(ctx: Context, workers: int | None, scheduler: bool) -> None:
    """Run background jobs until SIGTERM or Ctrl+C (running jobs finish first on SIGTERM).

    Start several against one Redis queue (setting jobs_url) and one PostgreSQL database to
    spread ingest and backfills over machines.
    """
    from resonanz.jobs.queue import jobs_url
    from resonanz.jobs.worker import Background

    settings = ctx.settings()
    count = workers or settings.job_workers
    if count < 1:
        raise click.BadParameter("must be at least 1", param_hint="--workers")
    click.echo(f"Resonanz worker: {count} thread(s) on {_redact(jobs_url(settings))}", err=True)
    Background(ctx.queue(), workers=count, schedule=scheduler).run()


def _redact(url: str) -> str:
    """The queue URL without a password."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url


@click.group()
def jobs() -> None:
    """Background jobs: list them, show one with its last error, retry a failed one."""


@jobs.command("list")
@click.option(
    "--state",
    "states",
    multiple=True,
    type=click.Choice([s.value for s in JobState]),
    help="Only jobs in this state (repeatable).",
)
@click.option("--kind", default=None, help="Only jobs of this kind, e.g. ingest_source.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_context
@clear_errors
def jobs_list(
    ctx: Context, states: tuple[str, ...], kind: str | None, limit: int, as_json: bool
) -> None:
    """The newest jobs first: id, state, kind, attempts, progress, last error."""
    with ctx.store().read() as conn:
        found = ledger.list_jobs(
            conn, states=tuple(JobState(s) for s in states), kind=kind, limit=limit
        )
    if as_json:
        for job in found:
            click.echo(json.dumps(job_json(job), ensure_ascii=False))
        return
    if not found:
        click.echo("No jobs.")
        return
    click.echo(f"{'id':>6}  {'state':<8} {'kind':<18} {'tries':>5}  {'progress':<13} error")
    for job in found:
        done = f"{job.progress_done:,}" + (f"/{job.progress_total:,}" if job.progress_total else "")
        error = job.last_error.splitlines()[0][:60] if job.last_error else ""
        click.echo(
            f"{job.id:>6}  {job.state:<8} {job.kind:<18} "
            f"{job.attempts:>2}/{job.max_attempts:<2}  {done:<13} {error}"
        )


@jobs.command("show")
@click.argument("job_id", type=int)
@pass_context
@clear_errors
def jobs_show(ctx: Context, job_id: int) -> None:
    """Everything about one job as JSON, its whole last error included."""
    with ctx.store().read() as conn:
        job = ledger.get_job(conn, job_id)
    click.echo(json.dumps(job_json(job), ensure_ascii=False, indent=2))


@jobs.command("retry")
@click.argument("job_id", type=int)
@pass_context
@clear_errors
def jobs_retry(ctx: Context, job_id: int) -> None:
    """Queue a failed job again with fresh attempts (a running worker picks it up)."""
    store = ctx.store()
    runtime = ctx.runtime()
    with store.transaction() as conn:
        job = ledger.retry_job(conn, job_id, by=user_store.system_user(conn), now=runtime.clock())
    ctx.queue().dispatch(job)
    click.echo(f"Job {job.id} ({job.kind}) queued again.")


def job_json(job: Job) -> dict[str, object]:
    return {
        "id": job.id,
        "kind": job.kind,
        "state": str(job.state),
        "key": job.key,
        "args": dict(job.args),
        "attempts": job.attempts,
        "max_attempts": job.max_attempts,
        "progress": {"done": job.progress_done, "total": job.progress_total},
        "last_error": job.last_error,
        "result": dict(job.result),
        "worker": job.worker,
        "created_by": job.created_by,
        "created_at": job.created_at.isoformat(),
        "run_after": job.run_after.isoformat(),
        "started_at": job.started_at.isoformat() if job.started_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }
