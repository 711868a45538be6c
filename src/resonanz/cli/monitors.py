"""`resonanz monitors add|list|show`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import click

from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.errors import QueryError
from resonanz.model import Monitor, MonitorKind
from resonanz.query import MonitorMatcher
from resonanz.store import monitors as monitor_store


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
@pass_context
@clear_errors
def monitors_add(
    ctx: Context, name: str, query: str, kind: str, languages: tuple[str, ...], description: str
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
        id=0,
    )
    try:
        MonitorMatcher([monitor])
    except QueryError as exc:
        raise click.ClickException("invalid query: " + explain_query_error(exc)) from exc
    with ctx.store().transaction() as conn:
        saved = monitor_store.add_monitor(conn, monitor)
    click.echo(f"Added monitor {saved.id}: {saved.name} ({saved.kind})")
    click.echo("Stored posts are matched on the next ingest of new posts only.")


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
