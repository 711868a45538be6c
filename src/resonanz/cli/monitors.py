"""`resonanz monitors add|edit|backfill|list|show`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from functools import partial

import click

from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.errors import QueryError
from resonanz.model import Monitor, MonitorKind
from resonanz.query import MonitorMatcher
from resonanz.store import Store
from resonanz.store import monitors as monitor_store
from resonanz.store.backfill import backfill_monitor


def explain_query_error(exc: QueryError) -> str:
    """The error with the query line and a caret under the column."""
    lines = exc.query.splitlines() or [""]
    line = lines[min(exc.line, len(lines)) - 1]
    text = f"{exc}\n  {line}\n  {' ' * (exc.column - 1)}^"
    if exc.expected:
        text += f"\nexpected: {exc.expected}"
    if exc.suggestion:
        text += f"\nsuggestion: {exc.suggestion}"
    return text


@click.group()
def monitors() -> None:
    """Saved queries: what Resonanz listens for."""


@monitors.command("add")
@click.argument("name")
@click.argument("query")
@click.option(
    "--kind",
    type=click.Choice([k.value for k in MonitorKind]),
    default="topic",
    show_default=True,
    help="brand, competitor (share of voice), topic or conflict_topic (early warning).",
)
@click.option("--lang", "languages", multiple=True, help="Only these languages (repeatable).")
@click.option("--description", default="", help="What the monitor is for.")
@click.option(
    "--exclude",
    "exclusions",
    default="",
    help="A query whose matches never count for this monitor, e.g. 'Stellenangebot OR #job'.",
)
@click.option(
    "--backfill", is_flag=True, help="Also match the posts stored already (see `backfill`)."
)
@pass_context
@clear_errors
def monitors_add(
    ctx: Context,
    name: str,
    query: str,
    kind: str,
    languages: tuple[str, ...],
    description: str,
    exclusions: str,
    backfill: bool,
) -> None:
    """Add a monitor NAME with the query QUERY (see docs/query-language.md).

    Example: resonanz monitors add Marke '"Brenntal" OR #brenntal' --kind brand
    """
    monitor = Monitor(
        name=name,
        query=query,
        kind=MonitorKind(kind),
        languages=languages,
        description=description,
        exclusions=exclusions,
        id=0,
    )
    _check_query(monitor)
    store = ctx.store()
    with store.transaction() as conn:
        saved = monitor_store.add_monitor(conn, monitor)
    click.echo(f"Added monitor {saved.id}: {saved.name} ({saved.kind})")
    if backfill:
        _backfill(store, saved, ctx.settings().noise_query)
    else:
        click.echo("Stored posts are matched on the next ingest of new posts only.")
        click.echo(f"To match the stored posts too: resonanz monitors backfill {saved.id}")


def _check_query(monitor: Monitor) -> None:
    """Compile the query as ingest would; a ClickException with a caret if it is invalid."""
    try:
        MonitorMatcher([monitor])
    except QueryError as exc:
        raise click.ClickException("invalid query: " + explain_query_error(exc)) from exc


def _backfill(store: Store, monitor: Monitor, noise: str = "") -> None:
    """Run the backfill with a progress bar on stderr, then print a summary line."""
    bar = click.progressbar(
        length=1,
        label=f"Matching stored posts for {monitor.name}",
        file=sys.stderr,
    )
    with bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        result = backfill_monitor(
            store,
            monitor,
            progress=progress,
            matcher_factory=partial(MonitorMatcher, noise=noise or None),
        )
    click.echo(
        f"Backfill of {monitor.name}: {result.scanned} posts checked, "
        f"{result.matched} match, {result.added} new mentions."
    )


@monitors.command("backfill")
@click.argument("monitor")
@pass_context
@clear_errors
def monitors_backfill(ctx: Context, monitor: str) -> None:
    """Match MONITOR (name or id) against the posts stored already.

    Adds the missing mentions and their counts; safe to interrupt and to run again (nothing is
    counted twice).
    """
    store = ctx.store()
    with store.read() as conn:
        m = monitor_store.find_monitor(conn, monitor)
    _check_query(m)
    _backfill(store, m, ctx.settings().noise_query)


@monitors.command("edit")
@click.argument("monitor")
@click.option("--query", "query", default=None, help="A new query (see docs/query-language.md).")
@click.option("--name", default=None, help="A new name.")
@click.option("--kind", type=click.Choice([k.value for k in MonitorKind]), default=None)
@click.option(
    "--lang", "languages", multiple=True, help="Only these languages (repeatable; replaces)."
)
@click.option("--all-languages", is_flag=True, help="Remove the language restriction.")
@click.option("--description", default=None, help="What the monitor is for.")
@click.option("--exclude", "exclusions", default=None, help="New exclusions ('' removes them).")
@click.option("--active/--inactive", default=None, help="Switch matching of new posts on or off.")
@pass_context
@clear_errors
def monitors_edit(
    ctx: Context,
    monitor: str,
    query: str | None,
    name: str | None,
    kind: str | None,
    languages: tuple[str, ...],
    all_languages: bool,
    description: str | None,
    exclusions: str | None,
    active: bool | None,
) -> None:
    """Change MONITOR (name or id). A new query or new languages replace its mentions: the
    stored posts are matched again right away.

    Example: resonanz monitors edit Marke --query '"Brenntal" OR #brenntal' --lang de
    """
    if languages and all_languages:
        raise click.UsageError("use either --lang or --all-languages")
    store = ctx.store()
    with store.read() as conn:
        old = monitor_store.find_monitor(conn, monitor)
    assert old.id is not None
    if query is not None or exclusions:
        _check_query(
            Monitor(
                name=old.name,
                query=old.query if query is None else query,
                exclusions=exclusions or "",
                id=old.id,
            )
        )
    new_languages = () if all_languages else (languages or None)
    with store.transaction() as conn:
        new = monitor_store.update_monitor(
            conn,
            old.id,
            query=query,
            name=name,
            kind=MonitorKind(kind) if kind else None,
            languages=new_languages,
            active=active,
            description=description,
            exclusions=exclusions,
        )
    if new == old:
        click.echo(f"Monitor {old.id}: {old.name}: nothing changed.")
        return
    click.echo(f"Updated monitor {new.id}: {new.name}")
    if monitor_store.matching_changed(old, new):
        click.echo("Its mentions were replaced; matching the stored posts again.")
        _backfill(store, new, ctx.settings().noise_query)


@monitors.command("list")
@pass_context
@clear_errors
def monitors_list(ctx: Context) -> None:
    """List monitors with their mention counts."""
    since = datetime.now(UTC) - timedelta(hours=24)
    with ctx.store().read() as conn:
        rows = monitor_store.list_monitors(conn)
        if not rows:
            click.echo("No monitors yet. Add one: resonanz monitors add NAME QUERY")
        for m in rows:
            assert m.id is not None
            total, recent = monitor_store.mention_stats(conn, m.id, since)
            state = "" if m.active else " (inactive)"
            click.echo(
                f"{m.id:>4}  {m.name:<28} {m.kind:<15} {total:>8} mentions, {recent:>6} in 24 h"
                f"{state}"
            )


@monitors.command("show")
@click.argument("monitor")
@pass_context
@clear_errors
def monitors_show(ctx: Context, monitor: str) -> None:
    """Show one monitor (by name or id)."""
    since = datetime.now(UTC) - timedelta(hours=24)
    with ctx.store().read() as conn:
        m = monitor_store.find_monitor(conn, monitor)
        assert m.id is not None
        total, recent = monitor_store.mention_stats(conn, m.id, since)
    click.echo(f"Monitor {m.id}: {m.name}")
    click.echo(f"  kind:        {m.kind}")
    click.echo(f"  query:       {m.query}")
    click.echo(f"  languages:   {', '.join(m.languages) or 'all'}")
    click.echo(f"  active:      {'yes' if m.active else 'no'}")
    if m.description:
        click.echo(f"  description: {m.description}")
    created = m.created_at.isoformat(timespec="seconds") if m.created_at else "?"
    click.echo(f"  created:     {created}")
    click.echo(f"  mentions:    {total} ({recent} in the last 24 hours)")
