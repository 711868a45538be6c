"""The JSON API: monitors, volume, breakdowns, mentions and share of voice.

Authentication: a personal API token as `Authorization: Bearer rz_…` (created on the Settings
page), or the browser session. All endpoints but `POST /api/mentions/{id}/correction` only read;
`/api/health` needs no login. A POST with the browser session needs the CSRF token as the
`X-CSRF-Token` header; with a Bearer token it needs none.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

import sqlalchemy as sa
from fastapi import APIRouter, Depends, HTTPException, Query, Request

from resonanz import __version__
from resonanz.access import Permission
from resonanz.analytics import (
    Breakdown,
    Filters,
    Period,
    breakdowns,
    mention_detail,
    mention_page,
    monitor_summaries,
    peers,
    resolve_period,
    share_of_voice,
    volume_series,
)
from resonanz.errors import StoreError
from resonanz.model import Sentiment, Span, User
from resonanz.store import monitors as monitor_store
from resonanz.store.corrections import correct_post
from resonanz.store.database import ping
from resonanz.web.api import models as m
from resonanz.web.auth import ApiViewer, get_store, require_api_permission
from resonanz.web.csrf import csrf_protect
from resonanz.web.params import View, clean_codes

router = APIRouter(prefix="/api")

PeriodKey = Literal["6h", "24h", "7d", "30d", "90d", "custom"]


def api_view(
    request: Request,
    user: ApiViewer,
    period: Annotated[PeriodKey, Query(description="Length of the period")] = "30d",
    from_: Annotated[
        date | None, Query(alias="from", description="First day (with period=custom)")
    ] = None,
    to: Annotated[date | None, Query(description="Last day (with period=custom)")] = None,
    platform: Annotated[list[str] | None, Query(description="Only these platforms")] = None,
    language: Annotated[list[str] | None, Query(description="Only these languages")] = None,
    sentiment: Annotated[list[Sentiment] | None, Query(description="Only these")] = None,
) -> View:
    """The period and filters of a request, in the user's time zone."""
    now: datetime = request.app.state.clock()
    if period == "custom" and (from_ is None or to is None):
        raise HTTPException(422, "period=custom needs from and to")
    p = resolve_period(period, now=now, tz=user.timezone, start_date=from_, end_date=to)
    filters = Filters(
        platforms=clean_codes(platform or []),
        languages=clean_codes(language or []),
        sentiments=tuple(str(s) for s in sentiment or ()),
    )
    return View(p, filters)


ApiView = Annotated[View, Depends(api_view)]


def _period(p: Period) -> m.PeriodOut:
    return m.PeriodOut(
        key=p.key, start=p.start, end=p.end, granularity=p.granularity, timezone=p.tz
    )


def _spans(spans: tuple[Span, ...]) -> list[m.SpanOut]:
    return [m.SpanOut.model_validate(s) for s in spans]


def _counts(b: Breakdown) -> list[m.CountOut]:
    return [m.CountOut.model_validate(i) for i in b.items]


def _check_monitor(conn: sa.Connection, monitor_id: int) -> None:
    monitor_store.get_monitor(conn, monitor_id)  # NotFound → 404


@router.get("/health", summary="Health check", response_model=m.Health, tags=["system"])
def health(request: Request) -> m.Health:
    """Liveness and database check; needs no authentication."""
    with get_store(request).read() as conn:
        ping(conn)
    return m.Health(status="ok", version=__version__, database=get_store(request).dialect)


@router.get("/monitors", summary="List monitors", response_model=m.MonitorList, tags=["monitors"])
def list_monitors(request: Request, view: ApiView) -> m.MonitorList:
    """All monitors with their mention totals in the period (from the rollups)."""
    with get_store(request).read() as conn:
        monitors = monitor_store.list_monitors(conn)
        summaries = monitor_summaries(conn, monitors, view.period)
    return m.MonitorList(
        period=_period(view.period),
        monitors=[
            m.MonitorOut(
                id=s.monitor.saved_id,
                name=s.monitor.name,
                kind=str(s.monitor.kind),
                query=s.monitor.query,
                description=s.monitor.description,
                languages=list(s.monitor.languages),
                active=s.monitor.active,
                total=s.total,
                previous_total=s.previous_total,
                change=s.change,
                negative_share=s.negative_share,
                sentiment=m.SentimentCounts.model_validate(s),
            )
            for s in summaries
        ],
    )


@router.get(
    "/monitors/{monitor_id}/volume",
    summary="Mention volume over time",
    response_model=m.VolumeOut,
    tags=["monitors"],
)
def volume(request: Request, monitor_id: int, view: ApiView) -> m.VolumeOut:
    """Mentions per bucket and sentiment; empty buckets are included as zeros."""
    with get_store(request).read() as conn:
        _check_monitor(conn, monitor_id)
        series = volume_series(conn, monitor_id, view.period, view.filters)
    totals = series.totals()
    return m.VolumeOut(
        monitor_id=monitor_id,
        period=_period(view.period),
        total=series.total,
        sentiment=m.SentimentCounts(**totals),
        points=[m.VolumePointOut.model_validate(p) for p in series.points],
    )


@router.get(
    "/monitors/{monitor_id}/breakdown",
    summary="Counts by source, language, sentiment",
    response_model=m.BreakdownOut,
    tags=["monitors"],
)
def monitor_breakdown(request: Request, monitor_id: int, view: ApiView) -> m.BreakdownOut:
    """Mentions by platform, language and sentiment, with reach and engagement totals."""
    with get_store(request).read() as conn:
        _check_monitor(conn, monitor_id)
        parts = breakdowns(conn, monitor_id, view.period, view.filters)
    s = parts["sentiment"]
    return m.BreakdownOut(
        monitor_id=monitor_id,
        period=_period(view.period),
        total=s.total,
        reach=s.reach,
        engagement=s.engagement,
        platforms=_counts(parts["platform"]),
        languages=_counts(parts["language"]),
        sentiments=_counts(s),
    )


@router.get(
    "/monitors/{monitor_id}/mentions",
    summary="Mentions of a monitor",
    response_model=m.MentionPageOut,
    tags=["mentions"],
)
def monitor_mentions(
    request: Request,
    monitor_id: int,
    view: ApiView,
    order: Literal["newest", "engaged"] = "newest",
    q: Annotated[str, Query(max_length=200, description="Full-text search")] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> m.MentionPageOut:
    """A page of a monitor's mentions, newest or most engaged first."""
    with get_store(request).read() as conn:
        _check_monitor(conn, monitor_id)
        page = mention_page(
            conn,
            monitor_id,
            view.period,
            view.filters,
            order=order,
            search=q,
            limit=limit,
            offset=offset,
        )
    return m.MentionPageOut(
        monitor_id=monitor_id,
        period=_period(view.period),
        order=order,
        offset=page.offset,
        limit=page.limit,
        has_more=page.has_more,
        next_offset=page.next_offset,
        items=[
            m.MentionOut(
                post_id=r.post_id,
                platform=r.platform,
                created_at=r.created_at,
                title=r.title,
                text=r.text,
                url=r.url,
                author=m.AuthorOut(
                    handle=r.author_handle, name=r.author_name, followers=r.author_followers
                ),
                language=r.language,
                sentiment=r.sentiment,
                intent=r.intent,
                likes=r.likes,
                reposts=r.reposts,
                replies=r.replies,
                engagement=r.engagement,
                reach=r.reach,
                spans=_spans(r.spans),
            )
            for r in page.items
        ],
    )


@router.get(
    "/mentions/{post_id}",
    summary="One mention",
    response_model=m.MentionDetailOut,
    tags=["mentions"],
)
def get_mention(request: Request, post_id: int, user: ApiViewer) -> m.MentionDetailOut:
    """One post with its author, enrichment (and its explanation) and the monitors it matched."""
    with get_store(request).read() as conn:
        d = mention_detail(conn, post_id)
    if d is None:
        raise HTTPException(404, f"mention {post_id} does not exist")
    return m.MentionDetailOut(
        post_id=d.post_id,
        platform=d.platform,
        native_id=d.native_id,
        source=d.source_name,
        created_at=d.created_at,
        fetched_at=d.fetched_at,
        title=d.title,
        text=d.text,
        url=d.url,
        author=m.AuthorOut(
            handle=d.author_handle,
            name=d.author_name,
            followers=d.author_followers,
            url=d.author_url,
        ),
        language=d.language,
        sentiment=d.sentiment,
        sentiment_score=d.sentiment_score,
        intent=d.intent,
        intent_score=d.intent_score,
        keywords=list(d.keywords),
        hashtags=list(d.hashtags),
        explanation=dict(d.explanation),
        model_version=d.model_version,
        likes=d.likes,
        reposts=d.reposts,
        replies=d.replies,
        quotes=d.quotes,
        views=d.views,
        reach=d.reach,
        engagement=d.engagement,
        links=[m.LinkOut.model_validate(lk) for lk in d.links],
        replies_stored=d.replies_stored,
        monitors=[m.MatchedMonitorOut.model_validate(x) for x in d.monitors],
    )


@router.get(
    "/share-of-voice", summary="Share of voice", response_model=m.ShareOfVoiceOut, tags=["monitors"]
)
def get_share_of_voice(
    request: Request,
    view: ApiView,
    monitor_id: Annotated[
        list[int] | None,
        Query(description="Monitors to compare (default: all brand and competitor monitors)"),
    ] = None,
) -> m.ShareOfVoiceOut:
    """Each compared monitor's mentions and share of all their mentions in the period."""
    with get_store(request).read() as conn:
        monitors = monitor_store.list_monitors(conn)
        if monitor_id:
            wanted = set(monitor_id)
            chosen = [x for x in monitors if x.id in wanted]
            if len(chosen) != len(wanted):
                raise HTTPException(404, "unknown monitor id")
        else:
            chosen = peers(monitors)
        sov = share_of_voice(conn, chosen, view.period, view.filters)
    return m.ShareOfVoiceOut(
        period=_period(view.period),
        total=sov.total,
        entries=[m.VoiceOut.model_validate(e) for e in sov.entries],
    )


ApiCorrector = Annotated[User, Depends(require_api_permission(Permission.CORRECT_ANALYSIS))]


async def session_csrf(request: Request) -> None:
    """An unsafe API request on the browser session needs the CSRF token; a Bearer one not."""
    if not request.headers.get("authorization", "").lower().startswith("bearer "):
        await csrf_protect(request)


@router.post(
    "/mentions/{post_id}/correction",
    summary="Correct sentiment or intent",
    response_model=m.CorrectionOut,
    tags=["mentions"],
    dependencies=[Depends(session_csrf)],
)
def correct_mention(
    request: Request, post_id: int, body: m.CorrectionIn, user: ApiCorrector
) -> m.CorrectionOut:
    """Set a post's sentiment and/or intent as a person says: used at once (dashboards count the
    post under its new sentiment) and by `resonanz nlp retrain`."""
    if body.sentiment is None and body.intent is None:
        raise HTTPException(422, "give a sentiment or an intent")
    try:
        with get_store(request).transaction() as conn:
            done = correct_post(
                conn,
                post_id,
                sentiment=str(body.sentiment) if body.sentiment else None,
                intent=str(body.intent) if body.intent else None,
                by=user,
                now=request.app.state.clock(),
            )
            d = mention_detail(conn, post_id)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from exc
    assert d is not None
    return m.CorrectionOut(
        post_id=post_id,
        sentiment=d.sentiment,
        intent=d.intent,
        corrections=[m.CorrectionItemOut.model_validate(c) for c in done],
    )
