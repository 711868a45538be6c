"""Who is asking: session cookies for pages, personal API tokens (Bearer) for `/api`; and
whether they may: `require_permission` / `require_api_permission` over `access.require`.

The session is a signed cookie (Starlette's `SessionMiddleware`, HttpOnly, SameSite=Lax,
`Secure` when `secure_cookies` is set) holding only the user's id and the CSRF token. Every
request reloads the user, so a deactivated account loses access at once. Logging in replaces the
whole session (no fixation) and failed logins are throttled per client address.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from resonanz.access import Permission, require
from resonanz.errors import NotFound
from resonanz.model import User
from resonanz.store import Store
from resonanz.store import users as user_store
from resonanz.web.csrf import rotate_csrf_token

SESSION_USER = "uid"
MAX_FAILURES = 10
FAILURE_WINDOW = 600.0


class LoginRequired(Exception):
    """Raised by page dependencies; answered with a redirect to the login page."""


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def session_user(request: Request) -> User | None:
    """The logged-in user of this session, or None (also for a deactivated account)."""
    uid = request.session.get(SESSION_USER)
    if not isinstance(uid, int):
        return None
    with get_store(request).read() as conn:
        try:
            user = user_store.get_user(conn, uid)
        except NotFound:
            return None
    return user if user.active else None


def current_user(request: Request) -> User:
    """Page dependency: the logged-in user, else a redirect to the login page."""
    user = session_user(request)
    if user is None:
        request.session.pop(SESSION_USER, None)
        raise LoginRequired()
    request.state.user = user
    return user


CurrentUser = Annotated[User, Depends(current_user)]

bearer = HTTPBearer(auto_error=False, description="A personal API token (Settings page).")


def api_user(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> User:
    """API dependency: a Bearer API token, or the browser session; else 401."""
    if credentials is not None:
        with get_store(request).transaction() as conn:
            user = user_store.user_for_token(conn, credentials.credentials)
        if user is None:
            raise HTTPException(
                401,
                "invalid API token",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        return user
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "authentication required", headers={"WWW-Authenticate": "Bearer"})
    return user


ApiUser = Annotated[User, Depends(api_user)]


def require_permission(permission: Permission) -> Callable[[User], User]:
    """Page dependency factory: the logged-in user if they hold `permission`; else
    `PermissionDenied` (answered 403 with an error page). Every page route names one."""

    def dependency(user: CurrentUser) -> User:
        require(user, permission)
        return user

    dependency.__name__ = f"require_{permission.value}"
    return dependency


def require_api_permission(permission: Permission) -> Callable[[User], User]:
    """API dependency factory: the token's (or session's) user if they hold `permission`;
    else `PermissionDenied` (answered 403 with a JSON body). Every API route names one."""

    def dependency(user: ApiUser) -> User:
        require(user, permission)
        return user

    dependency.__name__ = f"require_api_{permission.value}"
    return dependency


Viewer = Annotated[User, Depends(require_permission(Permission.VIEW_DASHBOARDS))]
"""A page for everyone who may look at dashboards (every role)."""

ApiViewer = Annotated[User, Depends(require_api_permission(Permission.VIEW_DASHBOARDS))]
"""An API route for everyone who may look at dashboards (every role)."""


require_admin = require_permission(Permission.EDIT_MONITORS)
"""Page dependency of the monitor editor: users who may edit monitors (social media managers
and administrators; 403 for everyone else)."""

AdminUser = Annotated[User, Depends(require_admin)]


def log_in(request: Request, user: User) -> None:
    """Start a fresh session for `user` (old session data and CSRF token are dropped)."""
    request.session.clear()
    request.session[SESSION_USER] = user.id
    rotate_csrf_token(request)


def log_out(request: Request) -> None:
    request.session.clear()


def safe_next(target: str | None, default: str = "/") -> str:
    """A redirect target only if it is a path on this site (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ch in target for ch in "\r\n\t"):
        return default
    return target


class LoginThrottle:
    """At most `MAX_FAILURES` failed logins per client address in `FAILURE_WINDOW` seconds."""

    def __init__(self, max_failures: int = MAX_FAILURES, window: float = FAILURE_WINDOW) -> None:
        self.max_failures = max_failures
        self.window = window
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and q[0] < now - self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._trim(key, time.monotonic())) >= self.max_failures

    def failed(self, key: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._trim(key, now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
