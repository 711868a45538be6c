"""Logging in and out, and switching the interface language."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from resonanz.model import User
from resonanz.store import users as user_store
from resonanz.web.auth import get_store, log_in, log_out, safe_next, session_user
from resonanz.web.i18n import LOCALES
from resonanz.web.rendering import SESSION_LOCALE, renderer

router = APIRouter()


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    if session_user(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    lang = request.query_params.get("lang")
    if lang in LOCALES:
        request.session[SESSION_LOCALE] = lang
    return renderer(request).render(request, "login.html", {"next": safe_next(next), "error": ""})


@router.post("/login", include_in_schema=False)
async def login(
    request: Request,
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    throttle = request.app.state.login_throttle
    key = _client(request)
    target = safe_next(next)
    if throttle.blocked(key):
        return renderer(request).render(
            request, "login.html", {"next": target, "error": "login.throttled"}, status_code=429
        )

    def check() -> User | None:
        with get_store(request).read() as conn:
            return user_store.authenticate(conn, username, password)

    user = await run_in_threadpool(check)
    if user is None:
        throttle.failed(key)
        return renderer(request).render(
            request, "login.html", {"next": target, "error": "login.failed"}, status_code=400
        )
    throttle.succeeded(key)
    log_in(request, user)
    return RedirectResponse(target, status_code=303)


@router.post("/logout", include_in_schema=False)
def logout(request: Request) -> Response:
    log_out(request)
    return RedirectResponse("/login", status_code=303)


@router.post("/locale", include_in_schema=False)
def switch_locale(
    request: Request,
    locale: Annotated[str, Form()] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",
) -> Response:
    """Switch the interface language: stored on the user (remembered across sessions and
    devices), or in the session before login."""
    if locale in LOCALES:
        user = session_user(request)
        if user is not None and user.id is not None:
            with get_store(request).transaction() as conn:
                user_store.set_locale(conn, user.id, locale, by=user, now=request.app.state.clock())
        request.session[SESSION_LOCALE] = locale
    return RedirectResponse(safe_next(next), status_code=303)
