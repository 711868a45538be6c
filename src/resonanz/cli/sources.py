"""`resonanz sources add|list` and `resonanz ingest`."""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from typing import Any

import click

from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.errors import ConfigError
from resonanz.model import BatchResult, SourceConfig
from resonanz.pipeline import SOURCE_FAILURES, Ingestor, default_ingestor
from resonanz.plugins import make_registry
from resonanz.store import sources as source_store


def _parse_options(pairs: tuple[str, ...], maps: tuple[str, ...]) -> dict[str, Any]:
    config: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ConfigError("--set", f"expected KEY=VALUE, got {pair!r}")
        try:
            config[key] = json.loads(value)
        except json.JSONDecodeError:
            config[key] = value
    for pair in maps:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise ConfigError("--map", f"expected FIELD=COLUMN, got {pair!r}")
        config.setdefault("mapping", {})[field] = column
    return config


@click.group()
def sources() -> None:
    """Where posts come from: connectors and imports."""


@sources.command("add")
@click.argument("name")
@click.argument("kind")
@click.option("--set", "options", multiple=True, metavar="KEY=VALUE", help="A setting.")
@click.option("--map", "maps", multiple=True, metavar="FIELD=COLUMN", help="Column mapping.")
@click.option("--interval", default=900, show_default=True, help="Seconds between polls.")
@pass_context
@clear_errors
def sources_add(
    ctx: Context,
    name: str,
    kind: str,
    options: tuple[str, ...],
    maps: tuple[str, ...],
    interval: int,
) -> None:
    """Add a source NAME of plugin KIND (e.g. file, demo).

    Example: resonanz sources add export file --set path=posts.csv --map text=message
    """
    registry = make_registry()
    cls = registry.source_class(kind)
    config = cls.validate_config(_parse_options(options, maps))
    cls(config)  # fails here, naming the setting, rather than at the first poll
    if interval < 10:
        raise ConfigError("--interval", "must be at least 10 seconds")
    actor = ctx.actor()
    with ctx.store().transaction() as conn:
        saved = source_store.add_source(
            conn,
            SourceConfig(name=name, kind=kind, config=config, interval_seconds=interval),
            by=actor,
            now=datetime.now(UTC),
        )
    click.echo(f"Added source {saved.id}: {saved.name} ({saved.kind}); run: resonanz ingest")


@sources.command("list")
@pass_context
@clear_errors
def sources_list(ctx: Context) -> None:
    """List sources with their state."""
    with ctx.store().read() as conn:
        rows = source_store.list_sources(conn)
        if not rows:
            click.echo("No sources yet. Add one: resonanz sources add NAME KIND --set …")
        for s in rows:
            total = source_store.posts_total(conn, s.saved_id)
            last = s.last_run_at.isoformat(timespec="seconds") if s.last_run_at else "never"
            state = "enabled" if s.enabled else "disabled"
            click.echo(
                f"{s.id:>4}  {s.name:<24} {s.kind:<8} {state:<8} {total:>9} posts, last run {last}"
            )
            if s.last_error:
                click.echo(f"      last error: {s.last_error}")


def run_with_progress(ingestor: Ingestor, config: SourceConfig) -> BatchResult:
    """Ingest one source with a progress bar on standard error (a counter when the source
    cannot say how much is left)."""
    source = ingestor.source_for(config)
    start = source.progress(config.cursor)
    err = sys.stderr
    if start is None:
        posts = 0

        def count(result: BatchResult) -> None:
            nonlocal posts
            posts += result.new_posts
            if err.isatty():
                err.write(f"\r{config.name:<20} {posts:,} posts")
                err.flush()

        try:
            return ingestor.ingest_source(config, progress=count)
        finally:
            if err.isatty():
                err.write("\n")
    total = max(start[1], 1)
    with click.progressbar(  # type: ignore[var-annotated]
        length=total,
        label=f"{config.name:<20}",
        file=err,
        item_show_func=lambda n: f"{n:,} posts" if n is not None else "",
    ) as bar:
        done, posts = start[0], 0
        bar.update(done)

        def advance(result: BatchResult) -> None:
            nonlocal done, posts
            posts += result.new_posts
            with ingestor.store.read() as conn:
                cursor = source_store.get_source(conn, config.saved_id).cursor
            now = source.progress(cursor)
            new_done = now[0] if now else done
            bar.update(new_done - done, posts)
            done = new_done

        return ingestor.ingest_source(config, progress=advance)


@click.command()
@click.option("--source", "names", multiple=True, help="Only this source (repeatable).")
@click.option("--all", "all_sources", is_flag=True, help="Every enabled source, due or not.")
@pass_context
@clear_errors
def ingest(ctx: Context, names: tuple[str, ...], all_sources: bool) -> None:
    """Run every due source once (or the named ones) and print a summary."""
    store = ctx.store()
    settings = ctx.settings()
    ingestor = default_ingestor(
        store, model_path=settings.nlp_model, noise_query=settings.noise_query
    )
    with store.read() as conn:
        if names:
            configs = [source_store.find_source(conn, n) for n in names]
        elif all_sources:
            configs = [s for s in source_store.list_sources(conn) if s.enabled]
        else:
            configs = source_store.due_sources(conn, ingestor.clock())
    if not configs:
        click.echo("No source is due. (resonanz sources list; --all runs every source)")
        return
    failed = 0
    for config in configs:
        started = time.perf_counter()
        try:
            result = run_with_progress(ingestor, config)
        except SOURCE_FAILURES as exc:
            failed += 1
            click.echo(
                f"{config.name}: FAILED — {exc} (nothing of that batch was stored; "
                "earlier batches are kept and the next run continues from them)",
                err=True,
            )
            continue
        seconds = time.perf_counter() - started
        rate = result.fetched / seconds if seconds > 0 else 0.0
        click.echo(
            f"{config.name}: {result.fetched} fetched, {result.new_posts} new, "
            f"{result.duplicates} duplicates, {result.mentions} mentions "
            f"in {seconds:.1f} s ({rate:,.0f} posts/s)"
        )
    if failed:
        raise click.ClickException(f"{failed} source(s) failed")
