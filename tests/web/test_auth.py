"""Logging in and out, protected pages, session cookies, throttling."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from resonanz.model import User
from resonanz.store import Store
from resonanz.store.schema import users
from tests.web.conftest import PASSWORD, csrf_of, log_in
from tests.web.seed import Seeded

PROTECTED = ["/", "/monitors/1", "/monitors/1/mentions", "/mentions/1", "/sources", "/settings"]


@pytest.mark.parametrize("path", PROTECTED)
def test_protected_pages_redirect_to_login(client: TestClient, seeded: Seeded, path: str) -> None:
    response = client.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/login?next={path}"


def test_htmx_requests_get_a_redirect_header_instead(client: TestClient, seeded: Seeded) -> None:
    response = client.get("/monitors/1/mentions", headers={"HX-Request": "true"})
    assert response.status_code == 401
    assert response.headers["hx-redirect"] == "/login"


def test_login_success_returns_to_the_page_asked_for(
    client: TestClient, user: User, seeded: Seeded
) -> None:
    page = client.get("/login?next=/sources")
    assert 'name="next" value="/sources"' in page.text
    response = client.post(
        "/login",
        data={
            "username": "anna",
            "password": PASSWORD,
            "next": "/sources",
            "csrf_token": csrf_of(page.text),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/sources"
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "secure" not in cookie
    assert client.get("/").status_code == 200
    assert client.get("/login", follow_redirects=False).status_code == 303  # already in


def test_login_failure_is_refused_without_saying_which_part_was_wrong(
    client: TestClient, user: User
) -> None:
    for username, password in (("anna", "wrong password"), ("nobody", PASSWORD)):
        page = client.get("/login")
        response = client.post(
            "/login",
            data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
        )
        assert response.status_code == 400
        assert "Wrong user name or password." in response.text or "falsch" in response.text
    assert client.get("/", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("target", ["//evil.example/x", "https://evil.example/", "/\\evil"])
def test_login_never_redirects_off_site(client: TestClient, user: User, target: str) -> None:
    page = client.get("/login")
    response = client.post(
        "/login",
        data={
            "username": "anna",
            "password": PASSWORD,
            "next": target,
            "csrf_token": csrf_of(page.text),
        },
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_logout_ends_the_session(auth_client: TestClient) -> None:
    page = auth_client.get("/")
    response = auth_client.post(
        "/logout", data={"csrf_token": csrf_of(page.text)}, follow_redirects=False
    )
    assert response.headers["location"] == "/login"
    assert auth_client.get("/", follow_redirects=False).status_code == 303


def test_login_rotates_the_csrf_token(client: TestClient, user: User) -> None:
    before = csrf_of(client.get("/login").text)
    log_in(client)
    after = csrf_of(client.get("/").text)
    assert before != after


def test_a_deactivated_user_loses_access_at_once(auth_client: TestClient, web_store: Store) -> None:
    with web_store.transaction() as conn:
        conn.execute(sa.update(users).values(active=False))
    assert auth_client.get("/", follow_redirects=False).status_code == 303


def test_failed_logins_are_throttled(client: TestClient, user: User) -> None:
    statuses = []
    for _ in range(11):
        page = client.get("/login")
        statuses.append(
            client.post(
                "/login",
                data={"username": "anna", "password": "wrong!", "csrf_token": csrf_of(page.text)},
            ).status_code
        )
    assert statuses[:10] == [400] * 10 and statuses[10] == 429
    page = client.get("/login")  # even the right password waits now
    response = client.post(
        "/login",
        data={"username": "anna", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
    )
    assert response.status_code == 429
