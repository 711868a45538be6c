"""The detail page of one mention: the post, its author, what matched, its enrichment."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from resonanz.access import Permission
from resonanz.analytics import mention_detail
from resonanz.errors import NotFound, StoreError
from resonanz.model import Intent, Sentiment, User
from resonanz.store import monitors as monitor_store
from resonanz.store.corrections import correct_post
from resonanz.web.auth import Viewer, get_store, require_permission
from resonanz.web.params import parse_int
from resonanz.web.rendering import renderer

router = APIRouter()


def safe_url(url: str) -> str:
    """`url` if it is an http(s) link, else "" (never a `javascript:` or `data:` href)."""
    url = url.strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


@router.get("/mentions/{post_id}", include_in_schema=False)
def mention_page(request: Request, post_id: int, user: Viewer) -> Response:
    back_id = parse_int(request.query_params.get("monitor"), 0, high=2**62)
    with get_store(request).read() as conn:
        detail = mention_detail(conn, post_id)
        if detail is None:
            raise NotFound(f"mention {post_id} does not exist")
        back = None
        if back_id:
            try:
                back = monitor_store.get_monitor(conn, back_id)
            except NotFound:
                back = None
    return renderer(request).render(
        request,
        "mention.html",
        {
            "m": detail,
            "back": back,
            "post_url": safe_url(detail.url),
            "author_url": safe_url(detail.author_url),
            "explanation": json.dumps(
                detail.explanation, indent=2, ensure_ascii=False, sort_keys=True, default=str
            ),
            "nav": "dashboard",
            "sentiments": [str(s) for s in Sentiment],
            "intents": [str(i) for i in Intent],
            "corrected": dict(detail.explanation.get("corrected") or {}),
            "back_id": back.id if back else None,
        },
    )


Corrector = Annotated[User, Depends(require_permission(Permission.CORRECT_ANALYSIS))]
Label = Annotated[str | None, Form(max_length=20)]


@router.post("/mentions/{post_id}/correct", include_in_schema=False)
def correct_mention(
    request: Request,
    post_id: int,
    user: Corrector,
    sentiment: Label = None,
    intent: Label = None,
    monitor: Annotated[int | None, Form()] = None,
) -> Response:
    """A person corrects the sentiment and/or intent; then back to the detail page."""
    try:
        with get_store(request).transaction() as conn:
            correct_post(
                conn,
                post_id,
                sentiment=sentiment or None,
                intent=intent or None,
                by=user,
                now=request.app.state.clock(),
            )
    except StoreError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    target = f"/mentions/{post_id}" + (f"?monitor={monitor}" if monitor else "")
    return RedirectResponse(target, status_code=303)
