"""Analytics over the rollups: volume, share of voice, breakdowns, KPIs and monitor summaries.

Every function takes a connection from `Store.read()` and returns frozen dataclasses; charts
(`resonanz.charts`), the web pages and the API render them.
"""

from resonanz.analytics.breakdown import Breakdown, BreakdownItem, breakdown, breakdowns
from resonanz.analytics.filters import NO_FILTERS, Filters, filter_choices
from resonanz.analytics.kpis import MonitorKpis, monitor_kpis, negative_share, relative_change
from resonanz.analytics.mentions import MentionPage, mention_detail, mention_page
from resonanz.analytics.periods import (
    DEFAULT_PERIOD,
    PERIODS,
    Granularity,
    Period,
    choose_granularity,
    resolve_period,
)
from resonanz.analytics.share_of_voice import ShareOfVoice, VoiceEntry, peers, share_of_voice
from resonanz.analytics.summary import MonitorSummary, monitor_summaries
from resonanz.analytics.volume import SENTIMENTS, VolumePoint, VolumeSeries, volume_series

__all__ = [
    "DEFAULT_PERIOD",
    "NO_FILTERS",
    "PERIODS",
    "SENTIMENTS",
    "Breakdown",
    "BreakdownItem",
    "Filters",
    "Granularity",
    "MentionPage",
    "MonitorKpis",
    "MonitorSummary",
    "Period",
    "ShareOfVoice",
    "VoiceEntry",
    "VolumePoint",
    "VolumeSeries",
    "breakdown",
    "breakdowns",
    "choose_granularity",
    "filter_choices",
    "mention_detail",
    "mention_page",
    "monitor_kpis",
    "monitor_summaries",
    "negative_share",
    "peers",
    "relative_change",
    "resolve_period",
    "share_of_voice",
    "volume_series",
]
