"""Every state-changing form needs this session's CSRF token; without it: 403."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from resonanz.model import User
from tests.web.conftest import PASSWORD, csrf_of

FORMS = [
    ("/login", {"username": "anna", "password": PASSWORD}),
    ("/locale", {"locale": "de"}),
    ("/logout", {}),
    ("/settings/tokens", {"name": "script"}),
]


@pytest.mark.parametrize(("path", "data"), FORMS)
def test_post_without_token_is_refused(
    auth_client: TestClient, path: str, data: dict[str, str]
) -> None:
    response = auth_client.post(path, data=data, follow_redirects=False)
    assert response.status_code == 403
    assert auth_client.get("/settings").status_code == 200  # still logged in, nothing changed


@pytest.mark.parametrize(("path", "data"), FORMS)
def test_post_with_a_wrong_token_is_refused(
    auth_client: TestClient, path: str, data: dict[str, str]
) -> None:
    response = auth_client.post(path, data={**data, "csrf_token": "x" * 43})
    assert response.status_code == 403


def test_token_of_another_session_is_refused(client: TestClient, app: FastAPI, user: User) -> None:
    other = TestClient(app)
    foreign = csrf_of(other.get("/login").text)
    client.get("/login")
    response = client.post(
        "/login", data={"username": "anna", "password": PASSWORD, "csrf_token": foreign}
    )
    assert response.status_code == 403


def test_htmx_header_carries_the_token(auth_client: TestClient) -> None:
    token = csrf_of(auth_client.get("/").text)
    response = auth_client.post(
        "/locale",
        data={"locale": "de", "next": "/"},
        headers={"X-CSRF-Token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert '<meta name="csrf-token" content="' + token in auth_client.get("/").text


def test_every_post_form_in_the_pages_carries_the_token(auth_client: TestClient) -> None:
    import re

    for path in ("/", "/monitors/1", "/settings", "/sources", "/mentions/1"):
        html = auth_client.get(path).text
        forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", html, re.S)
        assert forms, path
        for form in forms:
            assert 'name="csrf_token"' in form, (path, form)
