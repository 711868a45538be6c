"""`resonanz serve` and `resonanz demo`."""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime
from pathlib import Path

import click

from resonanz import actions
from resonanz.cli.admin import generate_password
from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.cli.sources import run_with_progress
from resonanz.jobs.dispatch import Inline
from resonanz.jobs.runtime import Runtime
from resonanz.model import Role, SourceConfig
from resonanz.plugins import make_registry
from resonanz.settings import Settings
from resonanz.store import Store
from resonanz.store import sources as source_store
from resonanz.store import users as user_store


def run_server(settings: Settings, store: Store) -> None:
    import uvicorn

    from resonanz.jobs.queue import JobQueue
    from resonanz.jobs.worker import Background
    from resonanz.web.app import create_app

    queue = JobQueue.open(Runtime(settings, store, make_registry()))
    background = (
        Background(queue, workers=settings.job_workers) if settings.scheduler_enabled else None
    )
    app = create_app(settings, store=store, dispatcher=queue, background=background)
    click.echo(f"Resonanz on http://{settings.host}:{settings.port}  (Ctrl+C stops)")
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")


@click.command()
@click.option("--host", default=None, help="Bind address (default 127.0.0.1; setting: host).")
@click.option("--port", type=int, default=None, help="Port (default 8000; setting: port).")
@pass_context
@clear_errors
def serve(ctx: Context, host: str | None, port: int | None) -> None:
    """Serve the web interface and poll due sources in the background."""
    settings = ctx.settings(host=host, port=port)
    run_server(settings, ctx.store())


@click.command()
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("resonanz-demo.db"),
    show_default=True,
    help="Demo database file; deleted and recreated on every run.",
)
@click.option("--seed", default=42, show_default=True, help="Seed of the demo generator.")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option("--serve/--no-serve", "and_serve", default=True, help="Serve after setting up.")
@pass_context
@clear_errors
def demo(ctx: Context, db_path: Path, seed: int, port: int | None, and_serve: bool) -> None:
    """A fresh demo: new database, demo company and monitors, 30 days of posts, the dashboard.

    "Now" is the moment it runs; while serving, new demo posts keep arriving.
    """
    from resonanz.sources.demo import DEMO_COMPANY, demo_monitors

    started = time.perf_counter()
    jobs_db = db_path.with_name(db_path.stem + ".jobs" + (db_path.suffix or ".db"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        Path(f"{jobs_db}{suffix}").unlink(missing_ok=True)  # the embedded queue beside it
    settings = ctx.settings(
        database_url=f"sqlite:///{db_path}",
        demo_mode=True,
        secret_key=secrets.token_urlsafe(32),
        port=port,
    )
    store = Store.open(settings.database_url)
    password = generate_password()
    now = datetime.now(UTC).replace(microsecond=0)
    with store.transaction() as conn:
        admin = user_store.add_user(
            conn,
            "admin",
            password,
            role=Role.ADMINISTRATOR,
            locale="de",
            by=user_store.system_user(conn),
            now=now,
        )
        config = source_store.add_source(
            conn,
            SourceConfig(
                name="demo",
                kind="demo",
                interval_seconds=60,
                config={"seed": seed, "anchor": now.isoformat()},
            ),
            by=admin,
            now=now,
        )
    runtime = Runtime(settings, store, make_registry())
    for monitor in demo_monitors():  # no posts yet: each backfill job is done at once
        actions.add_monitor(
            store,
            actions.MonitorSpec(
                name=monitor.name,
                query=monitor.query,
                kind=monitor.kind,
                languages=monitor.languages,
                description=monitor.description,
                active=monitor.active,
                exclusions=monitor.exclusions,
            ),
            by=admin,
            now=now,
            dispatcher=Inline(runtime),
        )
    click.echo(f"Demo company: {DEMO_COMPANY.name} — ingesting 30 days of posts …")
    ingest_started = time.perf_counter()
    result = run_with_progress(runtime.ingestor(), config)
    seconds = time.perf_counter() - ingest_started
    click.echo(
        f"Ingested {result.new_posts:,} posts ({result.mentions:,} mentions) in {seconds:.1f} s "
        f"({result.fetched / max(seconds, 1e-9):,.0f} posts/s); set up in "
        f"{time.perf_counter() - started:.1f} s."
    )
    click.echo("")
    click.echo(f"  Log in at http://{settings.host}:{settings.port}")
    click.echo("  user:     admin")
    click.echo(f"  password: {password}")
    click.echo("")
    if and_serve:
        run_server(settings, store)
