"""The report contract: render one document for a period from what the store holds.

A report reads through store functions (the rollups' `bucket_series`, the KPIs of `analytics/`)
on the connection it is given and returns the finished document in two forms: HTML for the
browser and the e-mail body, plain text for the rest. It never writes; scheduling and sending a
report are jobs around it. Post text in a report is untrusted and must be escaped in `html`.

Reports register through the `register_reports` hook.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from sqlalchemy import Connection


@dataclass(frozen=True, slots=True)
class ReportContext:
    """What a report is rendered for: the monitors, the period [since, until) and the reader."""

    conn: Connection
    monitor_ids: tuple[int, ...]
    since: datetime
    until: datetime
    now: datetime
    locale: str = "de"
    timezone: str = "Europe/Berlin"


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """A finished report: a title, the HTML document (escaped) and the same as plain text."""

    title: str
    html: str
    text: str


class Report(abc.ABC):
    """Base class of every report. Subclasses set `name` and `title` and write `render`."""

    name: ClassVar[str]
    title: ClassVar[str]

    @abc.abstractmethod
    def render(self, context: ReportContext) -> RenderedReport:
        """The report for `context`; reads only, in `context.conn`."""
