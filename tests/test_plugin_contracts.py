"""Every registered plugin of every kind keeps its contract.

The parameters come from `make_registry()` itself (the built-ins and any plugin installed through
the `resonanz` entry points), so a newly registered source, job kind, detector, channel or report
is tested here without touching this file. The `check_*` functions are the contracts; the fakes
at the end show that each check fails on a plugin that breaks it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
import sqlalchemy as sa

from resonanz.channels.base import Channel, Message
from resonanz.detect.base import Anomaly, Detector, Point
from resonanz.errors import ConfigError
from resonanz.hookspecs import hookimpl
from resonanz.jobs.base import JobKind
from resonanz.model import RawPost
from resonanz.plugin_settings import Setting
from resonanz.plugins import Registry, make_plugin_manager, make_registry
from resonanz.reports.base import RenderedReport, Report, ReportContext
from resonanz.sources.base import Batch, Source
from resonanz.store import Store, schema

REGISTRY = make_registry()
NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
GARBAGE: dict[str, Any] = {"no_such_setting": object()}


def by_name(table: Mapping[str, Any]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("plugin", list(table.values()), ids=list(table))


# -- sources ---------------------------------------------------------------------------------


def check_source(cls: type[Source], directory: Path) -> None:
    assert NAME.match(cls.name) and cls.title
    assert all(isinstance(s, Setting) for s in cls.settings)
    with pytest.raises(ConfigError):
        cls.validate_config(GARBAGE)
    config = cls.example_config(directory)
    for required in (s.name for s in cls.settings if s.required):
        with pytest.raises(ConfigError):
            cls.validate_config({k: v for k, v in config.items() if k != required})
    source = cls(config)
    try:
        first = source.fetch(None)
        check_batch(first)
        assert first.items, f"{cls.name}: its example config fetches nothing"
        second = source.fetch(first.next_cursor)
        check_batch(second)
        seen = {(p.platform, p.native_id) for p in first.items}
        again = [p for p in second.items if (p.platform, p.native_id) in seen]
        assert not again, f"{cls.name}: fetching from the cursor repeats {again[0].native_id}"
    finally:
        source.close()


def check_batch(batch: Batch) -> None:
    assert isinstance(batch, Batch)
    assert batch.next_cursor is None or isinstance(batch.next_cursor, str)
    assert isinstance(batch.has_more, bool)
    for post in batch.items:
        assert isinstance(post, RawPost)
        assert post.platform and post.native_id and isinstance(post.text, str)
        assert post.created_at.utcoffset() is not None, "times are timezone-aware"


@by_name(REGISTRY.sources)
def test_source_keeps_the_contract(plugin: type[Source], tmp_path: Path) -> None:
    check_source(plugin, tmp_path)


# -- job kinds -------------------------------------------------------------------------------


def check_job_kind(registry: Registry, name: str, kind: JobKind) -> None:
    assert isinstance(kind, JobKind) and kind.name == name and NAME.match(name)
    assert callable(kind.run) and kind.title
    assert kind.max_attempts >= 1 and kind.retry_base_seconds >= 0
    assert registry.job_kind(name) is kind


@pytest.mark.parametrize("name", list(REGISTRY.jobs))
def test_job_kind_keeps_the_contract(name: str) -> None:
    check_job_kind(REGISTRY, name, REGISTRY.jobs[name])


# -- detectors -------------------------------------------------------------------------------

T0 = datetime(2025, 3, 1, tzinfo=UTC)
# A quiet series with a gap, then a wave of 20x its level, then quiet again.
WAVE = [
    Point(T0 + timedelta(minutes=5 * i), None if i == 7 else float(v))
    for i, v in enumerate([3, 4, 2, 3, 5, 3, 4, 0, 3, 2, 4, 3, 60, 80, 70, 30, 4, 3, 2, 3])
]


def check_detector(cls: type[Detector]) -> None:
    assert NAME.match(cls.name) and cls.title
    detector = cls()
    found = detector.detect(WAVE)
    assert all(isinstance(a, Anomaly) for a in found)
    assert all(0.0 <= a.score <= 1.0 and a.detector == cls.name for a in found)
    times = [a.at for a in found]
    assert times == sorted(set(times)) and set(times) <= {p.at for p in WAVE}
    assert detector.detect(WAVE) == found, "state starts fresh with every call"
    for i in range(1, len(WAVE)):  # strictly online: a prefix gives the same decisions
        assert detector.detect(WAVE[:i]) == [a for a in found if a.at <= WAVE[i - 1].at]
    assert detector.detect([]) == []


@by_name(REGISTRY.detectors)
def test_detector_keeps_the_contract(plugin: type[Detector]) -> None:
    check_detector(plugin)


# -- channels --------------------------------------------------------------------------------


def check_channel(cls: type[Channel]) -> None:
    assert NAME.match(cls.name) and cls.title
    assert all(isinstance(s, Setting) for s in cls.settings)
    with pytest.raises(ConfigError):
        cls.validate_config(GARBAGE)
    with pytest.raises(ConfigError):
        cls(GARBAGE)
    for required in (s.name for s in cls.settings if s.required):
        with pytest.raises(ConfigError):
            cls.validate_config({required: None})


@by_name(REGISTRY.channels)
def test_channel_keeps_the_contract(plugin: type[Channel]) -> None:
    check_channel(plugin)


# -- reports ---------------------------------------------------------------------------------


def check_report(cls: type[Report], store: Store) -> None:
    assert NAME.match(cls.name) and cls.title
    until = T0 + timedelta(days=7)
    with store.read() as conn:
        for locale in ("de", "en"):
            rendered = cls().render(ReportContext(conn, (), T0, until, until, locale=locale))
            assert isinstance(rendered, RenderedReport)
            assert rendered.title and rendered.html and rendered.text
            assert "<script" not in rendered.html.lower()


@by_name(REGISTRY.reports)
def test_report_keeps_the_contract(plugin: type[Report], store: Store) -> None:
    check_report(plugin, store)


# -- the registry ----------------------------------------------------------------------------


def test_the_built_ins_register_through_the_hooks() -> None:
    assert {"file", "demo"} <= set(REGISTRY.sources)
    assert "ingest_source" in REGISTRY.jobs
    assert REGISTRY.source_class("demo").name == "demo"


@pytest.mark.parametrize(
    "lookup", ["source_class", "job_kind", "detector_class", "channel_class", "report_class"]
)
def test_an_unknown_name_is_a_config_error(lookup: str) -> None:
    with pytest.raises(ConfigError, match=r"unknown .*'nope'"):
        getattr(REGISTRY, lookup)("nope")


# Fakes: well-behaved plugins of the kinds without a built-in yet, and ones that break the
# contract, registered through a plugin module of their own as a third party would.


class ThresholdDetector(Detector):
    """Alerts when a point is more than five times the mean of the points before it."""

    name: ClassVar[str] = "threshold"
    title: ClassVar[str] = "Threshold"

    def detect(self, series: Sequence[Point]) -> list[Anomaly]:
        found, total, count = [], 0.0, 0
        for point in series:
            if point.value is None:
                continue
            if count and point.value > 5 * max(total / count, 1.0):
                found.append(Anomaly(point.at, point.value, 1.0, self.name))
            total, count = total + point.value, count + 1
        return found


class HindsightDetector(ThresholdDetector):
    """Breaks the contract: it alerts on a peak, which it knows only from the next point."""

    name: ClassVar[str] = "hindsight"

    def detect(self, series: Sequence[Point]) -> list[Anomaly]:
        return [
            Anomaly(p.at, p.value, 1.0, self.name)
            for p, after in itertools.pairwise(series)
            if p.value is not None and after.value is not None and after.value < p.value > 20
        ]


class OutboxChannel(Channel):
    """Delivers into a list (the test's outbox)."""

    name: ClassVar[str] = "outbox"
    title: ClassVar[str] = "Outbox"
    settings: ClassVar[tuple[Setting, ...]] = (Setting("address", str, required=True),)
    sent: ClassVar[list[Message]] = []

    def deliver(self, message: Message) -> None:
        self.sent.append(message)


class PermissiveChannel(OutboxChannel):
    """Breaks the contract: it accepts any configuration."""

    name: ClassVar[str] = "permissive"

    @classmethod
    def validate_config(cls, config: Mapping[str, Any]) -> dict[str, Any]:
        return dict(config)


class CountReport(Report):
    """The number of posts stored, in both languages."""

    name: ClassVar[str] = "count"
    title: ClassVar[str] = "Count"

    def render(self, context: ReportContext) -> RenderedReport:
        n = context.conn.execute(sa.select(sa.func.count()).select_from(schema.posts)).scalar()
        title = "Beiträge" if context.locale == "de" else "Posts"
        return RenderedReport(title, f"<p>{title}: {n}</p>", f"{title}: {n}")


class fake_plugins:
    @staticmethod
    @hookimpl
    def register_detectors(register: Callable[[type[Detector]], None]) -> None:
        register(ThresholdDetector)
        register(HindsightDetector)

    @staticmethod
    @hookimpl
    def register_channels(register: Callable[[type[Channel]], None]) -> None:
        register(OutboxChannel)
        register(PermissiveChannel)

    @staticmethod
    @hookimpl
    def register_reports(register: Callable[[type[Report]], None]) -> None:
        register(CountReport)


def fake_registry() -> Registry:
    pm = make_plugin_manager([], entry_points=False)
    pm.register(fake_plugins, name="fake_plugins")
    return make_registry(pm)


def test_the_checks_pass_a_plugin_that_keeps_the_contract(store: Store) -> None:
    registry = fake_registry()
    check_detector(registry.detector_class("threshold"))
    assert [a.value for a in ThresholdDetector().detect(WAVE)] == [60.0, 80.0, 70.0]
    check_channel(registry.channel_class("outbox"))
    OutboxChannel.sent = []
    OutboxChannel({"address": "a@example.org"}).deliver(Message("k1", "Betreff", "Text"))
    assert [m.key for m in OutboxChannel.sent] == ["k1"]
    check_report(registry.report_class("count"), store)


def test_the_checks_fail_a_plugin_that_breaks_the_contract() -> None:
    registry = fake_registry()
    with pytest.raises(AssertionError):
        check_detector(registry.detector_class("hindsight"))
    with pytest.raises(pytest.fail.Exception):
        check_channel(registry.channel_class("permissive"))


def test_a_name_registered_twice_is_a_config_error() -> None:
    pm = make_plugin_manager([], entry_points=False)
    pm.register(fake_plugins, name="fake_plugins")

    class again:
        @staticmethod
        @hookimpl
        def register_detectors(register: Callable[[type[Detector]], None]) -> None:
            register(ThresholdDetector)

    pm.register(again, name="again")
    with pytest.raises(ConfigError, match="detector 'threshold' registered twice"):
        make_registry(pm)


def test_only_subclasses_of_the_contract_register() -> None:
    class wrong:
        @staticmethod
        @hookimpl
        def register_channels(register: Callable[[type[Any]], None]) -> None:
            register(ThresholdDetector)

    pm = make_plugin_manager([], entry_points=False)
    pm.register(wrong, name="wrong")
    with pytest.raises(TypeError, match="not a Channel subclass"):
        make_registry(pm)
