"""What every command needs: settings read once, the store opened on demand, clear errors."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import click

from resonanz.errors import ResonanzError
from resonanz.model import User
from resonanz.settings import Settings, load_settings
from resonanz.store import Store

if TYPE_CHECKING:
    from resonanz.jobs.queue import JobQueue
    from resonanz.jobs.runtime import Runtime

P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class Context:
    config_file: Path | None = None
    database_url: str | None = None
    _settings: Settings | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)
    _runtime: Runtime | None = field(default=None, repr=False)

    def settings(self, **overrides: Any) -> Settings:
        if self._settings is None or overrides:
            self._settings = load_settings(
                file=self.config_file, **{"database_url": self.database_url, **overrides}
            )
        return self._settings

    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.settings().database_url)
        return self._store

    def actor(self) -> User:
        """Who the command line acts as: the system user (an administrator, created by the
        migrations), so the audit log names it for every change made here."""
        from resonanz.store import users as user_store

        with self.store().read() as conn:
            return user_store.system_user(conn)

    def runtime(self) -> Runtime:
        """Settings, store and plugins for running jobs in this process (models load lazily)."""
        if self._runtime is None:
            from resonanz.jobs.runtime import Runtime
            from resonanz.plugins import make_registry

            self._runtime = Runtime(self.settings(), self.store(), make_registry())
        return self._runtime

    def queue(self) -> JobQueue:
        """The task queue of `jobs_url` (embedded beside the database by default)."""
        from resonanz.jobs.queue import JobQueue

        return JobQueue.open(self.runtime())


def clear_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn our own errors into a one-line message and exit code 1 instead of a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except ResonanzError as exc:
            raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc

    return wrapper


pass_context = click.make_pass_decorator(Context)
