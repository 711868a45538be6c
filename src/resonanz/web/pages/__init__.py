"""Server-rendered pages. Every unsafe request to them must carry the session's CSRF token."""

from fastapi import APIRouter, Depends

from resonanz.web.csrf import csrf_protect
from resonanz.web.pages import auth, dashboard, jobs, mentions, settings, sources


def pages_router() -> APIRouter:
    router = APIRouter(dependencies=[Depends(csrf_protect)])
    for module in (auth, dashboard, mentions, sources, jobs, settings):
        router.include_router(module.router)
    return router


__all__ = ["pages_router"]
