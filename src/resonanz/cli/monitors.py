"""`resonanz monitors add|edit|backfill|delete|list|show`.

Changes go through `resonanz.actions.monitors`, acting as the system user. The backfill job
they schedule runs here, in this process (`Inline`), so `add` and `edit` return when the
stored posts are matched — unless `--no-wait` leaves it to a worker (`resonanz serve` or
`resonanz worker`).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import click

from resonanz import actions
from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.errors import QueryError
from resonanz.jobs.dispatch import Dispatcher, Inline, LedgerOnly
from resonanz.model import MonitorKind, User
from resonanz.store import jobs as ledger
from resonanz.store import monitors as monitor_store
from resonanz.store.jobs import Job, JobState


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


def _actor(ctx: Context) -> User:
    """Who the command acts as: the system user (the audit log names it)."""
    return ctx.actor()


class _Wait:
    """Runs the backfill job in this process (`Inline`) after saying so on stderr."""

    def __init__(self, ctx: Context, label: str) -> None:
        self.inline = Inline(ctx.runtime())
        self.label = label

    def dispatch(self, job: Job) -> None:
        click.echo(f"Matching stored posts for {self.label} …", err=True)
        self.inline.dispatch(job)


def _dispatcher(ctx: Context, label: str, wait: bool) -> Dispatcher:
    return _Wait(ctx, label) if wait else LedgerOnly()


def _report(ctx: Context, job: Job, name: str, wait: bool) -> None:
    """Print what the backfill job did, or why it did not finish (exit code 1)."""
    if not wait:
        click.echo(
            f"Backfill queued as job {job.id}; a worker (resonanz serve or resonanz worker) "
            f"runs it: resonanz jobs show {job.id}"
        )
        return
    with ctx.store().read() as conn:
        job = ledger.get_job(conn, job.id)
    if job.state is not JobState.DONE:
        raise click.ClickException(
            f"the backfill of {name} did not finish (job {job.id}, {job.state}): "
            f"{job.last_error or 'it runs elsewhere'}; see resonanz jobs show {job.id}"
        )
    r = job.result
    if r.get("deleted"):
        click.echo(f"Monitor {name} was deleted meanwhile: nothing to match.")
        return
    click.echo(
        f"Backfill of {name}: {r.get('scanned', 0)} posts checked, "
        f"{r.get('matched', 0)} match, {r.get('added', 0)} new mentions."
    )


def _invalid(exc: QueryError) -> click.ClickException:
    return click.ClickException("invalid query: " + explain_query_error(exc))


_NO_WAIT = click.option(
    "--no-wait",
    is_flag=True,
    help="Do not wait for the stored posts to be matched: leave the backfill job to a worker.",
)


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
@_NO_WAIT
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
    no_wait: bool,
) -> None:
    """Add a monitor NAME with the query QUERY (see docs/query-language.md) and match the
    posts stored already.

    Example: resonanz monitors add Marke '"Brenntal" OR #brenntal' --kind brand
    """
    spec = actions.MonitorSpec(
        name=name,
        query=query,
        kind=MonitorKind(kind),
        languages=languages,
        description=description,
        exclusions=exclusions,
    )
    try:
        saved, job = actions.add_monitor(
            ctx.store(),
            spec,
            by=_actor(ctx),
            now=datetime.now(UTC),
            dispatcher=_dispatcher(ctx, name, not no_wait),
        )
    except QueryError as exc:
        raise _invalid(exc) from exc
    click.echo(f"Added monitor {saved.id}: {saved.name} ({saved.kind})")
    _report(ctx, job, saved.name, not no_wait)


@monitors.command("backfill")
@click.argument("monitor")
@_NO_WAIT
@pass_context
@clear_errors
def monitors_backfill(ctx: Context, monitor: str, no_wait: bool) -> None:
    """Match MONITOR (name or id) against the posts stored already.

    Adds the missing mentions and their counts; safe to interrupt and to run again (nothing is
    counted twice).
    """
    with ctx.store().read() as conn:
        m = monitor_store.find_monitor(conn, monitor)
    job = actions.request_backfill(
        ctx.store(),
        m.saved_id,
        by=_actor(ctx),
        now=datetime.now(UTC),
        dispatcher=_dispatcher(ctx, m.name, not no_wait),
    )
    _report(ctx, job, m.name, not no_wait)


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
@_NO_WAIT
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
    no_wait: bool,
) -> None:
    """Change MONITOR (name or id). A new query, new exclusions or new languages replace its
    mentions: the stored posts are matched again right away.

    Example: resonanz monitors edit Marke --query '"Brenntal" OR #brenntal' --lang de
    """
    if languages and all_languages:
        raise click.UsageError("use either --lang or --all-languages")
    store = ctx.store()
    with store.read() as conn:
        old = monitor_store.find_monitor(conn, monitor)
    changes = actions.MonitorChanges(
        name=name,
        query=query,
        kind=MonitorKind(kind) if kind else None,
        languages=() if all_languages else (languages or None),
        description=description,
        active=active,
        exclusions=exclusions,
    )
    try:
        new, job = actions.update_monitor(
            store,
            old.saved_id,
            changes,
            by=_actor(ctx),
            now=datetime.now(UTC),
            dispatcher=_dispatcher(ctx, old.name, not no_wait),
        )
    except QueryError as exc:
        raise _invalid(exc) from exc
    if new == old:
        click.echo(f"Monitor {old.id}: {old.name}: nothing changed.")
        return
    click.echo(f"Updated monitor {new.id}: {new.name}")
    if job is not None:
        click.echo("Its mentions were replaced by those of the new definition.")
        _report(ctx, job, new.name, not no_wait)


@monitors.command("delete")
@click.argument("monitor")
@click.confirmation_option(prompt="Delete the monitor with all its mentions?")
@pass_context
@clear_errors
def monitors_delete(ctx: Context, monitor: str) -> None:
    """Delete MONITOR (name or id) with its mentions and counts (asks first; --yes skips)."""
    with ctx.store().read() as conn:
        m = monitor_store.find_monitor(conn, monitor)
    actions.delete_monitor(ctx.store(), m.saved_id, by=_actor(ctx), now=datetime.now(UTC))
    click.echo(f"Deleted monitor {m.id}: {m.name}")


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
            total, recent = monitor_store.mention_stats(conn, m.saved_id, since)
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
        total, recent = monitor_store.mention_stats(conn, m.saved_id, since)
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
