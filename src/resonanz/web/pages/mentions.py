"""The detail page of one mention: the post, its author, what matched, its enrichment."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import Response

from resonanz.analytics import mention_detail
from resonanz.errors import NotFound
from resonanz.store import monitors as monitor_store
from resonanz.web.auth import CurrentUser, get_store
from resonanz.web.params import parse_int
from resonanz.web.rendering import renderer

router = APIRouter()


def safe_url(url: str) -> str:
    """`url` if it is an http(s) link, else "" (never a `javascript:` or `data:` href)."""
    url = url.strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


@router.get("/mentions/{post_id}", include_in_schema=False)
def mention_page(request: Request, post_id: int, user: CurrentUser) -> Response:
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
        },
    )
