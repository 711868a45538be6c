"""Share of voice: a brand's mentions against its competitors', from the rollups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from resonanz.analytics.filters import NO_FILTERS, Filters
from resonanz.analytics.periods import Period
from resonanz.model import Monitor, MonitorKind
from resonanz.store import rollups

PEER_KINDS = (MonitorKind.BRAND, MonitorKind.COMPETITOR)


@dataclass(frozen=True, slots=True)
class VoiceEntry:
    monitor_id: int
    name: str
    kind: str
    posts: int
    share: float
    reach: int
    engagement: int


@dataclass(frozen=True, slots=True)
class ShareOfVoice:
    """Each compared monitor's mentions and share in [0, 1], largest first."""

    entries: tuple[VoiceEntry, ...]

    @property
    def total(self) -> int:
        return sum(e.posts for e in self.entries)

    def share_of(self, monitor_id: int) -> float:
        return next((e.share for e in self.entries if e.monitor_id == monitor_id), 0.0)


def peers(monitors: Sequence[Monitor], focus: Monitor | None = None) -> list[Monitor]:
    """The monitors a share of voice compares: active brand and competitor monitors, plus
    `focus` (the monitor being looked at) whatever its kind."""
    chosen = [m for m in monitors if m.active and m.kind in PEER_KINDS]
    if focus is not None and all(m.id != focus.id for m in chosen):
        chosen.insert(0, focus)
    return chosen


def share_of_voice(
    conn: sa.Connection,
    monitors: Sequence[Monitor],
    period: Period,
    filters: Filters = NO_FILTERS,
) -> ShareOfVoice:
    ids = [m.id for m in monitors if m.id is not None]
    totals = rollups.totals_by_monitor(conn, ids, period.start, period.end, only=filters)
    all_posts = sum(t.posts for t in totals.values())
    entries = [
        VoiceEntry(
            monitor_id=m.id,
            name=m.name,
            kind=str(m.kind),
            posts=totals[m.id].posts,
            share=totals[m.id].posts / all_posts if all_posts else 0.0,
            reach=totals[m.id].reach,
            engagement=totals[m.id].engagement,
        )
        for m in monitors
        if m.id is not None
    ]
    entries.sort(key=lambda e: (-e.posts, e.name))
    return ShareOfVoice(tuple(entries))
