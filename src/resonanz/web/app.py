"""The web application: `create_app(settings)` builds a new FastAPI app (no import-time state).

Pages are server-rendered (Jinja2 + htmx), charts are Vega-Lite specs rendered in the browser by
the vendored vega-embed, and the JSON API lives under `/api` with its OpenAPI schema at
`/api/openapi.json` and interactive docs at `/api/docs`.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from resonanz import __version__
from resonanz.errors import ConfigError, NotFound, PermissionDenied
from resonanz.jobs.dispatch import Dispatcher, LedgerOnly
from resonanz.jobs.worker import Background
from resonanz.settings import Settings
from resonanz.store import Store
from resonanz.web import api
from resonanz.web.auth import LoginRequired, LoginThrottle, session_user
from resonanz.web.csrf import csrf_protect
from resonanz.web.pages import monitor_editor, pages_router
from resonanz.web.rendering import STATIC, Renderer, renderer
from resonanz.web.security import SecurityHeaders

log = logging.getLogger(__name__)

SESSION_COOKIE = "resonanz_session"
SESSION_MAX_AGE = 14 * 24 * 3600


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _secret(settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    if settings.demo_mode:
        return secrets.token_urlsafe(32)  # demo: sessions end with the process, by design
    raise ConfigError(
        "secret_key",
        "is empty; set RESONANZ_SECRET_KEY (e.g. `python -c 'import secrets; "
        "print(secrets.token_urlsafe(32))'`) or use `resonanz demo`",
    )


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error_page(request: Request, status: int, message: str) -> Response:
    """An error page in the viewer's language, with navigation when logged in."""
    user = getattr(request.state, "user", None) or session_user(request)
    return renderer(request).render(
        request,
        "error.html",
        {"status": status, "message": message},
        user=user,
        status_code=status,
    )


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    clock: Callable[[], datetime] | None = None,
    dispatcher: Dispatcher | None = None,
    background: Background | None = None,
) -> FastAPI:
    """A new app for `settings`. Opens the store from `settings.database_url` unless one is
    given. Changes that ask for background work hand their jobs to `dispatcher` (default: the
    ledger only, for a worker elsewhere to pick up); `background` (the embedded worker and
    scheduler of `serve`) runs while serving. Raises `ConfigError` for an empty secret key
    outside demo mode."""
    secret = _secret(settings)
    own_store = store is None
    the_store = store if store is not None else Store.open(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if background is not None:
            background.start()
        try:
            yield
        finally:
            if background is not None:
                background.stop()
            if own_store:
                the_store.close()

    app = FastAPI(
        title="Resonanz API",
        version=__version__,
        description="Read-only JSON API of Resonanz: monitors, volume, mentions, share of voice.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = the_store
    app.state.clock = clock or _utc_now
    app.state.dispatcher = dispatcher or LedgerOnly()
    app.state.renderer = Renderer(
        default_locale=settings.default_locale, default_tz=settings.timezone
    )
    app.state.login_throttle = LoginThrottle()

    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=settings.secure_cookies,
    )
    app.add_middleware(SecurityHeaders, hsts=settings.secure_cookies)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    # Before the other pages: `/monitors/new` must win over `/monitors/{monitor_id}`.
    app.include_router(monitor_editor.router, dependencies=[Depends(csrf_protect)])
    app.include_router(pages_router())

    @app.get("/api/docs", include_in_schema=False)
    def api_docs(request: Request) -> Response:
        return renderer(request).render(request, "api_docs.html", {"user": session_user(request)})

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.headers.get("hx-request"):
            return Response(status_code=401, headers={"HX-Redirect": "/login"})
        from urllib.parse import quote

        return RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=404)
        return _error_page(request, 404, "error.not_found")

    @app.exception_handler(PermissionDenied)
    async def forbidden(request: Request, exc: PermissionDenied) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": str(exc)}, status_code=403)
        return _error_page(request, 403, "error.not_allowed")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _is_api(request) or exc.status_code not in (403, 404, 405):
            return JSONResponse(
                {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
            )
        message = {403: "error.forbidden", 404: "error.not_found", 405: "error.not_found"}
        return _error_page(request, exc.status_code, message[exc.status_code])

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            from fastapi.encoders import jsonable_encoder

            return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)
        return _error_page(request, 400, "error.bad_request")

    return app
