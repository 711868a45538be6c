"""Rendering pages: one Jinja2 environment per app, autoescaping on for every template.

Templates receive `i18n` (a `Translator` for the viewer's locale and time zone), the user,
`can('permission')` (whether the user holds it: templates never look at roles), the CSRF
token, `static()` for cache-busted asset URLs and `segments()` for highlighted text. Post
text is only ever printed through `{{ }}`, which escapes it; no template uses `|safe`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from resonanz import __version__
from resonanz.access import Permission, can
from resonanz.model import User
from resonanz.web.csrf import csrf_token
from resonanz.web.highlight import segments
from resonanz.web.i18n import LOCALES, Translator, negotiate, zone

WEB_DIR = Path(__file__).parent
TEMPLATES = WEB_DIR / "templates"
STATIC = WEB_DIR / "static"
SESSION_LOCALE = "locale"


def static_version() -> str:
    """A short hash of every static file, appended to asset URLs (`?v=`)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(STATIC.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(STATIC).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def request_locale(request: Request, user: User | None, default: str) -> str:
    """The user's stored locale; before login the session's choice, `?lang=`, or the browser's
    `Accept-Language`, else the configured default."""
    if user is not None and user.locale in LOCALES:
        return user.locale
    chosen = request.session.get(SESSION_LOCALE)
    if chosen in LOCALES:
        return str(chosen)
    lang = request.query_params.get("lang")
    if lang in LOCALES:
        return str(lang)
    return negotiate(request.headers.get("accept-language", ""), default)


class Renderer:
    def __init__(self, *, default_locale: str, default_tz: str) -> None:
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.default_locale = default_locale
        self.default_tz = default_tz
        self.version = static_version()
        self.env.globals["static"] = self.static
        self.env.globals["segments"] = segments
        self.env.globals["app_version"] = __version__

    def static(self, path: str) -> str:
        return f"/static/{path}?v={self.version}"

    def translator(self, request: Request, user: User | None) -> Translator:
        tz = user.timezone if user is not None else self.default_tz
        return Translator(
            request_locale(request, user, self.default_locale), zone(tz, self.default_tz).key
        )

    def render(
        self,
        request: Request,
        template: str,
        context: Mapping[str, Any] | None = None,
        *,
        user: User | None = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> HTMLResponse:
        if user is None:
            user = getattr(request.state, "user", None)
        i18n = self.translator(request, user)
        query = request.url.query
        values = {
            "request": request,
            "user": user,
            "i18n": i18n,
            "t": i18n.t,
            "locale": i18n.locale,
            "csrf_token": csrf_token(request),
            "can": partial(_can, user),
            "current_path": request.url.path + (f"?{query}" if query else ""),
            "nav": "",
            **(context or {}),
        }
        html = self.env.get_template(template).render(values)
        return HTMLResponse(html, status_code=status_code, headers=dict(headers or {}))


def _can(user: User | None, permission: str) -> bool:
    """`can('edit_monitors')` in templates: whether the viewer holds that permission (an
    unknown name is an error, not a silent no)."""
    return user is not None and can(user, Permission(permission))


def renderer(request: Request) -> Renderer:
    r: Renderer = request.app.state.renderer
    return r
