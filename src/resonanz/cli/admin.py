"""`resonanz init` and `resonanz users …`."""

from __future__ import annotations

import secrets
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from resonanz.cli.context import Context, clear_errors, pass_context
from resonanz.model import Role
from resonanz.store import users as user_store


def generate_password() -> str:
    return secrets.token_urlsafe(12)


@click.command()
@click.option("--admin", "admin_name", default="admin", show_default=True, help="First admin.")
@click.option(
    "--write-config/--no-write-config",
    default=True,
    show_default=True,
    help="Write resonanz.toml with a new secret key if there is none.",
)
@pass_context
@clear_errors
def init(ctx: Context, admin_name: str, write_config: bool) -> None:
    """Create the database (or migrate it) and the first admin with a generated password."""
    config_path = ctx.config_file or Path("resonanz.toml")
    if write_config and not config_path.exists():
        config_path.write_text(
            "# Resonanz settings; see docs/configuration.md\n"
            f'secret_key = "{secrets.token_urlsafe(32)}"\n',
            encoding="utf-8",
        )
        config_path.chmod(0o600)
        ctx.config_file = config_path
        click.echo(f"Wrote {config_path} with a new secret key.")
    store = ctx.store()
    click.echo(f"Database ready: {ctx.settings().database_url}")
    actor = ctx.actor()
    with store.transaction() as conn:
        if user_store.count_users(conn):
            click.echo("Users exist already; no admin created.")
            return
        password = generate_password()
        user_store.add_user(
            conn, admin_name, password, role=Role.ADMINISTRATOR, by=actor, now=datetime.now(UTC)
        )
    click.echo(f"Admin user: {admin_name}\nPassword:   {password}")
    click.echo("Next: resonanz monitors add …, resonanz sources add …, resonanz serve")


@click.group()
def users() -> None:
    """Manage users."""


@users.command("add")
@click.argument("username")
@click.option(
    "--role", type=click.Choice([r.value for r in Role]), default="viewer", show_default=True
)
@click.option("--name", "display_name", default="", help="Display name.")
@click.option("--locale", type=click.Choice(["de", "en"]), default="de", show_default=True)
@click.option("--department", "departments", multiple=True, help="Department (repeatable).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@pass_context
@clear_errors
def users_add(
    ctx: Context,
    username: str,
    role: str,
    display_name: str,
    locale: str,
    departments: tuple[str, ...],
    password_stdin: bool,
) -> None:
    """Add a user; prints a generated password unless --password-stdin is given."""
    password = sys.stdin.readline().rstrip("\n") if password_stdin else ""
    generated = not password
    password = password or generate_password()
    actor = ctx.actor()
    with ctx.store().transaction() as conn:
        user = user_store.add_user(
            conn,
            username,
            password,
            role=Role(role),
            display_name=display_name,
            locale=locale,
            departments_=departments,
            by=actor,
            now=datetime.now(UTC),
        )
    click.echo(f"Added {user.role} {user.username}.")
    if generated:
        click.echo(f"Password: {password}")


@users.command("list")
@pass_context
@clear_errors
def users_list(ctx: Context) -> None:
    """List users."""
    with ctx.store().read() as conn:
        for u in user_store.list_users(conn):
            deps = ", ".join(u.departments)
            click.echo(f"{u.id:>4}  {u.username:<20} {u.role:<7} {u.locale}  {deps}")
