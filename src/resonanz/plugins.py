"""The plugin manager, built in a function: the built-ins load through the same hooks."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field

import pluggy

from resonanz import hookspecs
from resonanz.errors import ConfigError
from resonanz.jobs.base import JobKind
from resonanz.sources.base import Source

DEFAULT_PLUGINS: tuple[str, ...] = (
    "resonanz.sources.file",
    "resonanz.sources.demo",
    "resonanz.jobs.ingest",
    "resonanz.backfill",
)


@dataclass
class Registry:
    """What the plugins registered, by name."""

    sources: dict[str, type[Source]] = field(default_factory=dict)
    jobs: dict[str, JobKind] = field(default_factory=dict)

    def source_class(self, kind: str) -> type[Source]:
        try:
            return self.sources[kind]
        except KeyError:
            known = ", ".join(sorted(self.sources))
            raise ConfigError("kind", f"unknown source kind {kind!r}; known: {known}") from None

    def job_kind(self, name: str) -> JobKind:
        try:
            return self.jobs[name]
        except KeyError:
            known = ", ".join(sorted(self.jobs))
            raise ConfigError("kind", f"unknown job kind {name!r}; known: {known}") from None


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


def make_registry(pm: pluggy.PluginManager | None = None) -> Registry:
    pm = pm or make_plugin_manager()
    registry = Registry()

    def register_source(cls: type[Source]) -> None:
        if not issubclass(cls, Source):
            raise TypeError(f"{cls!r} is not a Source")
        if cls.name in registry.sources:
            raise ConfigError("plugins", f"source kind {cls.name!r} registered twice")
        registry.sources[cls.name] = cls

    def register_job(kind: JobKind) -> None:
        if not isinstance(kind, JobKind):
            raise TypeError(f"{kind!r} is not a JobKind")
        if kind.name in registry.jobs:
            raise ConfigError("plugins", f"job kind {kind.name!r} registered twice")
        registry.jobs[kind.name] = kind

    pm.hook.register_sources(register=register_source)
    pm.hook.register_jobs(register=register_job)
    return registry
