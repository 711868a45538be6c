"""The detector contract: a pure function of a series, strictly online.

A detector reads the buckets of one series (a monitor's mention counts, its negative share, …,
as the rollups give them) and returns the anomalies in it. It decides at each point from that
point and the ones before it only, never from later points or the series' length, so the alert a
live run raises is the alert a replay of the same history raises (the `resonanz detect spikes`
contract in CONTRACTS.md). State starts fresh with every call: the instance keeps none between
calls, so one detector object may serve every series and every worker.

Detectors register through the `register_detectors` hook. A subclass is constructed without
arguments: its defaults are its one fixed parameter set.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar


@dataclass(frozen=True, slots=True)
class Point:
    """One bucket of a series: its start (UTC) and its value; `None` is a gap (no data)."""

    at: datetime
    value: float | None


@dataclass(frozen=True, slots=True)
class Anomaly:
    """A point a detector alerts on. `score` in [0, 1] is how unusual the point is."""

    at: datetime
    value: float | None
    score: float
    detector: str
    reason: str = ""


class Detector(abc.ABC):
    """Base class of every detector. Subclasses set `name` and `title` and write `detect`."""

    name: ClassVar[str]
    title: ClassVar[str]

    @abc.abstractmethod
    def detect(self, series: Sequence[Point]) -> list[Anomaly]:
        """The anomalies of `series` (ascending by `at`), in time order, one per point at most.

        Strictly online: whether point i is an anomaly depends on points 0…i only.
        """
