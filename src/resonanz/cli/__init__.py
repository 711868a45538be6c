"""The `resonanz` command: a thin face over the domain (every command calls domain functions)."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from resonanz import __version__
from resonanz.cli.admin import init, users
from resonanz.cli.context import Context
from resonanz.cli.jobs import jobs, worker
from resonanz.cli.monitors import monitors
from resonanz.cli.nlp import nlp
from resonanz.cli.serve import demo, serve
from resonanz.cli.sources import ingest, sources
from resonanz.errors import ResonanzError
from resonanz.store.database import database_exists


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True)
@click.version_option(__version__, prog_name="resonanz")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML settings file (default: resonanz.toml if present; or RESONANZ_CONFIG).",
)
@click.option(
    "--database-url",
    envvar="RESONANZ_DATABASE_URL",
    help="sqlite:///resonanz.db (default) or postgresql://user@host/db.",
)
@click.option("-v", "--verbose", is_flag=True, help="Log more (to standard error).")
@click.pass_context
def main(
    ctx: click.Context, config_file: Path | None, database_url: str | None, verbose: bool
) -> None:
    """Resonanz — hear what is said about your company in social media.

    Start with `resonanz demo` to see it with demo data, or `resonanz init` for a real setup.
    Without a command, shows this help and the next step.
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if config_file is None and Path("resonanz.toml").exists():
        config_file = Path("resonanz.toml")
    ctx.obj = Context(config_file=config_file, database_url=database_url)
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
        click.echo(f"\n{next_step(ctx.obj)}")
        ctx.exit(0)


def next_step(context: Context) -> str:
    """What to run next: the demo while there is no database yet, else the server."""
    try:
        url = context.settings().database_url
    except ResonanzError as exc:
        return f"Fix the settings first: {exc}"
    return "Start with: " + ("resonanz serve" if database_exists(url) else "resonanz demo")


for command in (init, users, monitors, sources, ingest, serve, worker, jobs, demo, nlp):
    main.add_command(command)

__all__ = ["main"]
