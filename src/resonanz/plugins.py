"""The plugin manager, built in a function: the built-ins load through the same hooks."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pluggy

from resonanz import hookspecs
from resonanz.channels.base import Channel
from resonanz.detect.base import Detector
from resonanz.errors import ConfigError
from resonanz.jobs.base import JobKind
from resonanz.reports.base import Report
from resonanz.sources.base import Source

DEFAULT_PLUGINS: tuple[str, ...] = (
    "resonanz.sources.file",
    "resonanz.sources.demo",
    "resonanz.jobs.ingest",
    "resonanz.backfill",
)

T = TypeVar("T")


@dataclass
class Registry:
    """What the plugins registered, by name: one dict per hook."""

    sources: dict[str, type[Source]] = field(default_factory=dict)
    jobs: dict[str, JobKind] = field(default_factory=dict)
    detectors: dict[str, type[Detector]] = field(default_factory=dict)
    channels: dict[str, type[Channel]] = field(default_factory=dict)
    reports: dict[str, type[Report]] = field(default_factory=dict)

    def source_class(self, kind: str) -> type[Source]:
        return _lookup(self.sources, kind, "source kind")

    def job_kind(self, name: str) -> JobKind:
        return _lookup(self.jobs, name, "job kind")

    def detector_class(self, name: str) -> type[Detector]:
        return _lookup(self.detectors, name, "detector")

    def channel_class(self, name: str) -> type[Channel]:
        return _lookup(self.channels, name, "channel")

    def report_class(self, name: str) -> type[Report]:
        return _lookup(self.reports, name, "report")


def _lookup(table: dict[str, T], name: str, what: str) -> T:
    try:
        return table[name]
    except KeyError:
        known = ", ".join(sorted(table)) or "none"
        raise ConfigError("kind", f"unknown {what} {name!r}; known: {known}") from None


def make_plugin_manager(
    modules: Iterable[str] = DEFAULT_PLUGINS, *, entry_points: bool = True
) -> pluggy.PluginManager:
    pm = pluggy.PluginManager("resonanz")
    pm.add_hookspecs(hookspecs)
    for name in modules:
        pm.register(importlib.import_module(name), name=name)
    if entry_points:
        pm.load_setuptools_entrypoints("resonanz")
    return pm


def _class_registrar(table: dict[str, type[T]], base: type, what: str) -> Callable[[type[T]], None]:
    """A `register` for a hook of classes: a subclass of `base`, under a name not yet taken."""

    def register(cls: type[T]) -> None:
        if not (isinstance(cls, type) and issubclass(cls, base)):
            raise TypeError(f"{cls!r} is not a {base.__name__} subclass")
        name: Any = getattr(cls, "name", None)
        if not isinstance(name, str) or not name:
            raise TypeError(f"{cls!r} has no name")
        if name in table:
            raise ConfigError("plugins", f"{what} {name!r} registered twice")
        table[name] = cls

    return register


def make_registry(pm: pluggy.PluginManager | None = None) -> Registry:
    pm = pm or make_plugin_manager()
    registry = Registry()

    def register_job(kind: JobKind) -> None:
        if not isinstance(kind, JobKind):
            raise TypeError(f"{kind!r} is not a JobKind")
        if kind.name in registry.jobs:
            raise ConfigError("plugins", f"job kind {kind.name!r} registered twice")
        registry.jobs[kind.name] = kind

    pm.hook.register_sources(register=_class_registrar(registry.sources, Source, "source kind"))
    pm.hook.register_jobs(register=register_job)
    pm.hook.register_detectors(register=_class_registrar(registry.detectors, Detector, "detector"))
    pm.hook.register_channels(register=_class_registrar(registry.channels, Channel, "channel"))
    pm.hook.register_reports(register=_class_registrar(registry.reports, Report, "report"))
    return registry
