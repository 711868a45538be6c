"""Plugin hooks: every source, detector and channel registers through them, built-ins too."""

from collections.abc import Callable
from typing import Any

import pluggy

hookspec = pluggy.HookspecMarker("resonanz")
hookimpl = pluggy.HookimplMarker("resonanz")


@hookspec
def register_sources(register: Callable[[type[Any]], None]) -> None:
    """Register Source classes, e.g. register(MastodonSource)."""


@hookspec
def register_jobs(register: Callable[[Any], None]) -> None:
    """Register background job kinds, e.g. register(JobKind("backfill_monitor", run))."""
