"""The overview (one card per monitor) and a monitor's dashboard with charts and mentions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from resonanz import charts
from resonanz.analytics import (
    MentionPage,
    breakdown,
    breakdowns,
    filter_choices,
    mention_page,
    monitor_kpis,
    monitor_summaries,
    peers,
    share_of_voice,
    volume_series,
)
from resonanz.store import monitors as monitor_store
from resonanz.store.mentions import Order
from resonanz.web.auth import Viewer, get_store
from resonanz.web.pages.monitor_editor import backfill_context, latest_backfill
from resonanz.web.params import View, parse_int, parse_view
from resonanz.web.rendering import renderer

router = APIRouter()

PAGE_SIZE = 10


def now(request: Request) -> datetime:
    clock = request.app.state.clock
    value: datetime = clock()
    return value


def sparkline(points: Sequence[int], width: int = 120, height: int = 32) -> str:
    """SVG polyline points for a small trend line (numbers only, safe to put in markup)."""
    if not points:
        return ""
    top = max(points) or 1
    step = width / max(1, len(points) - 1)
    return " ".join(
        f"{i * step:.1f},{height - 2 - (v / top) * (height - 4):.1f}" for i, v in enumerate(points)
    )


@router.get("/", include_in_schema=False)
def overview(request: Request, user: Viewer) -> Response:
    view = parse_view(request.query_params, now=now(request), tz=user.timezone)
    with get_store(request).read() as conn:
        monitors = monitor_store.list_monitors(conn, active_only=True)
        summaries = monitor_summaries(conn, monitors, view.period)
    cards = [{"s": s, "spark": sparkline(s.trend)} for s in summaries]
    return renderer(request).render(
        request, "dashboard.html", {"cards": cards, "view": view, "nav": "dashboard"}
    )


def _page(request: Request, monitor_id: int, view: View, order: Order, offset: int) -> MentionPage:
    with get_store(request).read() as conn:
        return mention_page(
            conn,
            monitor_id,
            view.period,
            view.filters,
            order=order,
            search=view.search,
            limit=PAGE_SIZE,
            offset=offset,
        )


def pager(
    monitor_id: int, view: View, order: Order, page: MentionPage, offsets: dict[str, int]
) -> dict[str, str]:
    """Links to the previous and next page of one mention list: a full-page URL (works
    without JavaScript, and is pushed to the history) and the htmx fragment URL."""
    other = "engaged" if order == "newest" else "newest"
    keep = offsets.get(other) or None

    def full(offset: int) -> str:
        return f"/monitors/{monitor_id}?" + view.query(**{order: offset or None, other: keep})

    def fragment(offset: int) -> str:
        return f"/monitors/{monitor_id}/mentions?" + view.query(
            order=order, offset=offset, **{other: keep}
        )

    prev, nxt = page.previous_offset, page.next_offset
    return {
        "prev_href": full(prev) if prev is not None else "",
        "prev_hx": fragment(prev) if prev is not None else "",
        "next_href": full(nxt) if nxt is not None else "",
        "next_hx": fragment(nxt) if nxt is not None else "",
    }


@router.get("/monitors/{monitor_id}", include_in_schema=False)
def monitor_page(request: Request, monitor_id: int, user: Viewer) -> Response:
    view = parse_view(request.query_params, now=now(request), tz=user.timezone)
    period, filters = view.period, view.filters
    offsets = {
        "newest": parse_int(request.query_params.get("newest")),
        "engaged": parse_int(request.query_params.get("engaged")),
    }
    with get_store(request).read() as conn:
        monitor = monitor_store.get_monitor(conn, monitor_id)
        all_monitors = monitor_store.list_monitors(conn)
        series = volume_series(conn, monitor_id, period, filters)
        parts = breakdowns(conn, monitor_id, period, filters)
        by_sentiment, by_platform, by_language = (
            parts["sentiment"],
            parts["platform"],
            parts["language"],
        )
        before = breakdown(conn, monitor_id, period.previous, "sentiment", filters)
        sov = share_of_voice(conn, peers(all_monitors, monitor), period, filters)
        platforms, languages = filter_choices(conn, monitor_id)
        kpis = monitor_kpis(
            conn,
            monitor_id,
            period,
            by_sentiment=by_sentiment,
            previous_by_sentiment=before,
            share=sov,
        )
    orders: tuple[Order, Order] = ("newest", "engaged")
    pages = {order: _page(request, monitor_id, view, order, offsets[order]) for order in orders}
    r = renderer(request)
    i18n = r.translator(request, user)
    labels = i18n.chart_labels()
    specs: dict[str, Any] = {
        "volume": charts.volume_chart(series, locale=i18n.locale, labels=labels),
        "sov": charts.share_of_voice_chart(
            sov, locale=i18n.locale, labels=labels, focus_id=monitor_id
        ),
        "platform": charts.breakdown_chart(
            by_platform,
            locale=i18n.locale,
            labels=labels,
            names={i.key: i18n.platform(i.key) for i in by_platform.items},
        ),
        "language": charts.breakdown_chart(
            by_language,
            locale=i18n.locale,
            labels=labels,
            names={i.key: i18n.language(i.key) for i in by_language.items},
        ),
    }
    return r.render(
        request,
        "monitor.html",
        {
            "monitor": monitor,
            "view": view,
            "kpis": kpis,
            "series": series,
            "specs": specs,
            "sov": sov,
            "by_platform": by_platform,
            "by_language": by_language,
            "platforms": sorted(set(platforms) | set(filters.platforms)),
            "languages": sorted(set(languages) | set(filters.languages)),
            "pages": pages,
            "pager": {o: pager(monitor_id, view, o, p, offsets) for o, p in pages.items()},
            "nav": "dashboard",
            **backfill_context(user, latest_backfill(request, monitor_id)),
        },
    )


@router.get("/monitors/{monitor_id}/mentions", include_in_schema=False)
def mentions_partial(request: Request, monitor_id: int, user: Viewer) -> Response:
    """One mention list (newest or most engaged) as an HTML fragment, for htmx paging."""
    view = parse_view(request.query_params, now=now(request), tz=user.timezone)
    order: Order = "engaged" if request.query_params.get("order") == "engaged" else "newest"
    offset = parse_int(request.query_params.get("offset"))
    with get_store(request).read() as conn:
        monitor = monitor_store.get_monitor(conn, monitor_id)
    page = _page(request, monitor_id, view, order, offset)
    other = "engaged" if order == "newest" else "newest"
    offsets = {order: offset, other: parse_int(request.query_params.get(other))}
    return renderer(request).render(
        request,
        "partials/mentions.html",
        {
            "monitor": monitor,
            "view": view,
            "page": page,
            "order": order,
            "links": pager(monitor_id, view, order, page, offsets),
        },
    )
