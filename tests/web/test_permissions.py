"""Who may call which route: every page and API route × every role, against `ROLE_PERMISSIONS`.

`ROUTES` names the permission of every route of `create_app` ("public": no login needed). A
route added without an entry here fails `test_every_route_is_in_the_table`, so nobody forgets to
decide who may use it. Each route is then called by a logged-in user of every role (with the
CSRF token on POSTs): it must answer 403 exactly where the role lacks the permission.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

import pytest
import sqlalchemy as sa
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from resonanz.access import ROLE_PERMISSIONS, Permission
from resonanz.model import Role
from resonanz.store import Store
from resonanz.store import jobs as ledger
from resonanz.store import users as user_store
from resonanz.store.schema import jobs
from tests.web.conftest import NOW, PASSWORD, add_user, log_in
from tests.web.seed import Seeded

Public = Literal["public"]
PUBLIC: Public = "public"

ROUTES: dict[tuple[str, str], Permission | Public] = {
    # logging in and out, the language switch, the API's description and health check
    ("GET", "/login"): PUBLIC,
    ("POST", "/login"): PUBLIC,
    ("POST", "/logout"): PUBLIC,
    ("POST", "/locale"): PUBLIC,
    ("GET", "/api/health"): PUBLIC,
    ("GET", "/api/docs"): PUBLIC,
    ("GET", "/api/openapi.json"): PUBLIC,
    ("HEAD", "/api/openapi.json"): PUBLIC,
    # dashboards and mentions
    ("GET", "/"): Permission.VIEW_DASHBOARDS,
    ("GET", "/monitors/{monitor_id}"): Permission.VIEW_DASHBOARDS,
    ("GET", "/monitors/{monitor_id}/backfill"): Permission.VIEW_DASHBOARDS,
    ("GET", "/monitors/{monitor_id}/mentions"): Permission.VIEW_DASHBOARDS,
    ("GET", "/mentions/{post_id}"): Permission.VIEW_DASHBOARDS,
    ("GET", "/sources"): Permission.VIEW_DASHBOARDS,
    ("GET", "/settings"): Permission.VIEW_DASHBOARDS,
    ("POST", "/settings/tokens"): Permission.VIEW_DASHBOARDS,  # one's own token
    ("GET", "/api/monitors"): Permission.VIEW_DASHBOARDS,
    ("GET", "/api/monitors/{monitor_id}/volume"): Permission.VIEW_DASHBOARDS,
    ("GET", "/api/monitors/{monitor_id}/breakdown"): Permission.VIEW_DASHBOARDS,
    ("GET", "/api/monitors/{monitor_id}/mentions"): Permission.VIEW_DASHBOARDS,
    ("GET", "/api/mentions/{post_id}"): Permission.VIEW_DASHBOARDS,
    ("GET", "/api/share-of-voice"): Permission.VIEW_DASHBOARDS,
    # corrections
    ("POST", "/mentions/{post_id}/correct"): Permission.CORRECT_ANALYSIS,
    ("POST", "/api/mentions/{post_id}/correction"): Permission.CORRECT_ANALYSIS,
    # the monitor editor
    ("GET", "/monitors/new"): Permission.EDIT_MONITORS,
    ("POST", "/monitors/new"): Permission.EDIT_MONITORS,
    ("GET", "/monitors/{monitor_id}/edit"): Permission.EDIT_MONITORS,
    ("POST", "/monitors/{monitor_id}/edit"): Permission.EDIT_MONITORS,
    ("POST", "/monitors/preview"): Permission.EDIT_MONITORS,
    # background jobs
    ("GET", "/jobs"): Permission.ADMINISTER,
    ("POST", "/jobs/{job_id}/retry"): Permission.ADMINISTER,
}
"""(method, path template) → the permission the route needs (docs/architecture.md shows it)."""

META = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """Every (method, path) the app answers, but static files."""
    found: set[tuple[str, str]] = set()
    for route in iter_route_contexts(app.routes):
        path = route.path
        if path is None or path == "/static" or path.startswith("/static/"):
            continue
        found.update((method, path) for method in route.methods or ())
    return found


def test_every_route_is_in_the_table(app: FastAPI) -> None:
    routes = app_routes(app)
    missing = sorted(routes - ROUTES.keys())
    assert not missing, (
        f"routes without an entry in tests/web/test_permissions.py ROUTES: {missing}; "
        "give each the permission it needs (a require_permission dependency) and add it"
    )
    stale = sorted(ROUTES.keys() - routes)
    assert not stale, f"ROUTES names routes the app does not have: {stale}"


def _checked_permissions(dependant: Dependant) -> set[str]:
    """The permissions a route's dependencies check (`require_permission` names its
    dependency `require_<permission>`, `require_api_permission` `require_api_<permission>`)."""
    found: set[str] = set()
    for sub in dependant.dependencies:
        name = getattr(sub.call, "__name__", "")
        for prefix in ("require_api_", "require_"):
            if name.startswith(prefix) and name[len(prefix) :] in set(Permission):
                found.add(name[len(prefix) :])
                break
        found |= _checked_permissions(sub)
    return found


def test_every_route_names_its_permission(app: FastAPI) -> None:
    """Not only the answers: the route itself declares what the table says (every role may
    view dashboards, so a view route without its dependency would pass the calls below)."""
    for route in iter_route_contexts(app.routes):
        original = route.original_route
        if not isinstance(original, APIRoute):
            continue
        for method in original.methods:
            needed = ROUTES[(method, original.path)]
            checked = _checked_permissions(original.dependant)
            expected = set() if needed == PUBLIC else {needed.value}
            assert checked == expected, f"{method} {original.path}: checks {checked}"


def _failed_job(store: Store) -> int:
    with store.transaction() as conn:
        job = ledger.add_job(
            conn, "ingest_source", {"source_id": 1}, by=user_store.system_user(conn), now=NOW
        )
        conn.execute(sa.update(jobs).where(jobs.c.id == job.id).values(state="failed"))
    return job.id


@pytest.fixture
def path_params(web_store: Store, seeded: Seeded) -> dict[str, int]:
    assert seeded.brand.id is not None
    return {
        "monitor_id": seeded.brand.id,
        "post_id": seeded.post_ids["a1"],
        "job_id": _failed_job(web_store),
    }


def _body(path: str) -> dict[str, str]:
    """A plausible form for each POST, so that an allowed call gets past validation."""
    if "correct" in path:
        return {"sentiment": "positive"}
    if path == "/settings/tokens":
        return {"name": "cron"}
    if path.startswith("/monitors"):
        return {"name": "Acme neu", "query": "Acme", "kind": "brand"}
    if path == "/locale":
        return {"locale": "en"}
    return {}


def call(client: TestClient, method: str, path: str, csrf: str) -> int:
    if method in ("GET", "HEAD"):
        return client.request(method, path, follow_redirects=False).status_code
    headers = {"X-CSRF-Token": csrf}
    if path.startswith("/api/"):
        return client.post(path, json=_body(path), headers=headers).status_code
    return client.post(path, data=_body(path), headers=headers, follow_redirects=False).status_code


@pytest.fixture
def clients(app: FastAPI, web_store: Store, seeded: Seeded) -> Iterator[dict[Role, TestClient]]:
    """One logged-in client per role; leads and agents belong to a department."""
    opened: dict[Role, TestClient] = {}
    for role in Role:
        name = f"u-{role.value}"
        scoped = role in (Role.DEPARTMENT_LEAD, Role.AGENT)
        add_user(web_store, name, role=role, departments=("Kundenservice",) if scoped else ())
        client = TestClient(app)
        client.__enter__()
        log_in(client, name, PASSWORD)
        opened[role] = client
    yield opened
    for client in opened.values():
        client.__exit__(None, None, None)


def _cases(public: bool) -> list[object]:
    return [
        pytest.param(method, path, id=f"{method} {path}")
        for (method, path), needed in sorted(ROUTES.items())
        if public or needed != PUBLIC
    ]


@pytest.mark.parametrize(("method", "template"), _cases(public=True))
def test_each_role_gets_403_exactly_where_it_lacks_the_permission(
    clients: dict[Role, TestClient], path_params: dict[str, int], method: str, template: str
) -> None:
    needed = ROUTES[(method, template)]
    path = template.format(**path_params)
    results: dict[Role, int] = {}
    for role, client in clients.items():
        page = client.get("/settings")
        match = META.search(page.text)
        assert match, f"{role}: no CSRF token on /settings"
        results[role] = call(client, method, path, match.group(1))
    expected = {role: needed == PUBLIC or needed in ROLE_PERMISSIONS[role] for role in clients}
    wrong = {role: status for role, status in results.items() if (status == 403) == expected[role]}
    assert not wrong, f"{method} {template} needs {needed}: unexpected answers {wrong}"


@pytest.mark.parametrize(("method", "template"), _cases(public=False))
def test_nobody_anonymous_gets_past_the_login(
    client: TestClient, path_params: dict[str, int], method: str, template: str
) -> None:
    path = template.format(**path_params)
    page = client.get("/login")
    match = META.search(page.text)
    assert match
    if method == "GET":
        response = client.get(path, follow_redirects=False)
    else:
        headers = {"X-CSRF-Token": match.group(1)}
        response = client.post(path, data=_body(path), headers=headers, follow_redirects=False)
    if path.startswith("/api/"):
        assert response.status_code == 401
    else:
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login")


def test_a_refusal_is_a_translated_page_and_a_json_body(
    clients: dict[Role, TestClient], path_params: dict[str, int]
) -> None:
    viewer = clients[Role.VIEWER]
    page = viewer.get("/monitors/new")
    assert page.status_code == 403
    assert "Your role does not allow this." in page.text
    viewer.post("/locale", data={"locale": "de"}, headers={"X-CSRF-Token": _csrf(viewer)})
    page = viewer.get("/jobs")
    assert page.status_code == 403 and "Das erlaubt Ihre Rolle nicht." in page.text
    response = viewer.post(
        f"/api/mentions/{path_params['post_id']}/correction",
        json={"sentiment": "positive"},
        headers={"X-CSRF-Token": _csrf(viewer)},
    )
    assert response.status_code == 403
    assert response.json() == {"detail": "u-viewer (viewer) may not correct analysis"}


def _csrf(client: TestClient) -> str:
    match = META.search(client.get("/settings").text)
    assert match
    return match.group(1)
