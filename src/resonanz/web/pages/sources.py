"""The list of configured sources and how they are doing (configuration stays hidden: it may
hold credentials)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from resonanz.store import sources as source_store
from resonanz.web.auth import Viewer, get_store
from resonanz.web.rendering import renderer

router = APIRouter()


@router.get("/sources", include_in_schema=False)
def sources_page(request: Request, user: Viewer) -> Response:
    with get_store(request).read() as conn:
        rows = [
            (s, source_store.posts_total(conn, s.saved_id)) for s in source_store.list_sources(conn)
        ]
    return renderer(request).render(request, "sources.html", {"rows": rows, "nav": "sources"})
