"""CSRF protection: one random token per session, required on every state-changing request.

Forms carry it in a hidden `csrf_token` field, htmx sends it as the `X-CSRF-Token` header (set
by `static/app.js` from `<meta name="csrf-token">`). The check compares in constant time and
answers 403 when the token is missing or wrong. Requests authenticated by an API token
(`Authorization: Bearer`) carry no cookie authority and need none.
"""

from __future__ import annotations

import hmac
import secrets

from fastapi import HTTPException, Request

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
FIELD = "csrf_token"
HEADER = "x-csrf-token"
_SESSION_KEY = "csrf"


def csrf_token(request: Request) -> str:
    """This session's token, created on first use."""
    token = request.session.get(_SESSION_KEY)
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        request.session[_SESSION_KEY] = token
    return token


def rotate_csrf_token(request: Request) -> str:
    """A fresh token (after login, so a token seen before login is worth nothing after)."""
    request.session[_SESSION_KEY] = secrets.token_urlsafe(32)
    return str(request.session[_SESSION_KEY])


async def csrf_protect(request: Request) -> None:
    """Router dependency: refuse an unsafe request without this session's token (403)."""
    if request.method in SAFE_METHODS:
        return
    expected = request.session.get(_SESSION_KEY)
    sent = request.headers.get(HEADER, "")
    if not sent:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(FIELD)
            sent = value if isinstance(value, str) else ""
    if not isinstance(expected, str) or not sent or not hmac.compare_digest(sent, expected):
        raise HTTPException(status_code=403, detail="CSRF token missing or invalid")
