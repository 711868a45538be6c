"""Plugin hooks: every source, job kind, detector, channel and report registers through them,
built-ins too. Each hook receives a `register` callable and calls it once per typed object."""

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


@hookspec
def register_detectors(register: Callable[[type[Any]], None]) -> None:
    """Register Detector classes (resonanz.detect.base), e.g. register(SpikeDetector)."""


@hookspec
def register_channels(register: Callable[[type[Any]], None]) -> None:
    """Register alert Channel classes (resonanz.channels.base), e.g. register(EmailChannel)."""


@hookspec
def register_reports(register: Callable[[type[Any]], None]) -> None:
    """Register Report classes (resonanz.reports.base), e.g. register(WeeklyReport)."""
