"""Correcting sentiment and intent on the mention page and through the JSON API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from resonanz.model import Role, User
from resonanz.store import Store
from resonanz.store import users as user_store
from tests.web.conftest import csrf_of
from tests.web.seed import NOW, Seeded


def test_form_corrects_sentiment_and_shows_it(auth_client: TestClient, seeded: Seeded) -> None:
    post_id = seeded.post_ids["a1"]
    page = auth_client.get(f"/mentions/{post_id}")
    assert page.status_code == 200
    assert f'action="/mentions/{post_id}/correct"' in page.text
    assert "corrected by a person" not in page.text
    response = auth_client.post(
        f"/mentions/{post_id}/correct",
        data={"sentiment": "positive", "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/mentions/{post_id}"
    shown = auth_client.get(response.headers["location"])
    assert "corrected by a person" in shown.text
    assert '<option value="positive" selected>' in shown.text
    data = auth_client.get(f"/api/mentions/{post_id}").json()
    assert data["sentiment"] == "positive"
    assert data["explanation"]["corrected"]["sentiment"]["by"] == "anna"


def test_form_in_german_and_intent(client: TestClient, web_store: Store, seeded: Seeded) -> None:
    from tests.web.conftest import add_user, log_in

    add_user(web_store, "jonas", locale="de", role=Role.AGENT)
    log_in(client, "jonas")
    post_id = seeded.post_ids["g1"]
    page = client.get(f"/mentions/{post_id}")
    assert "Absicht korrigieren" in page.text
    client.post(
        f"/mentions/{post_id}/correct",
        data={"intent": "question", "csrf_token": csrf_of(page.text), "monitor": "1"},
    )
    shown = client.get(f"/mentions/{post_id}")
    assert "von einer Person korrigiert" in shown.text
    assert '<option value="question" selected>' in shown.text


def test_a_viewer_sees_no_form_and_may_not_correct(
    client: TestClient, web_store: Store, seeded: Seeded
) -> None:
    from tests.web.conftest import add_user, log_in

    add_user(web_store, "ben", locale="de", role=Role.VIEWER)
    log_in(client, "ben")
    post_id = seeded.post_ids["a1"]
    page = client.get(f"/mentions/{post_id}")
    assert page.status_code == 200 and "Absicht korrigieren" not in page.text
    response = client.post(
        f"/mentions/{post_id}/correct",
        data={"sentiment": "positive", "csrf_token": csrf_of(page.text)},
    )
    assert response.status_code == 403
    assert "Das erlaubt Ihre Rolle nicht" in response.text
    response = client.post(
        f"/api/mentions/{post_id}/correction",
        json={"sentiment": "positive"},
        headers={"X-CSRF-Token": csrf_of(page.text)},
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "ben (viewer) may not correct analysis"
    assert client.get(f"/api/mentions/{post_id}").json()["sentiment"] == "negative"


def test_form_without_csrf_is_refused(auth_client: TestClient, seeded: Seeded) -> None:
    post_id = seeded.post_ids["a1"]
    response = auth_client.post(f"/mentions/{post_id}/correct", data={"sentiment": "positive"})
    assert response.status_code == 403
    assert auth_client.get(f"/api/mentions/{post_id}").json()["sentiment"] == "negative"


def test_form_needs_login(client: TestClient, seeded: Seeded) -> None:
    page = client.get("/login")
    response = client.post(
        f"/mentions/{seeded.post_ids['a1']}/correct",
        data={"sentiment": "positive", "csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_api_with_token(client: TestClient, web_store: Store, user: User, seeded: Seeded) -> None:
    with web_store.transaction() as conn:
        token = user_store.create_api_token(conn, "test", by=user, now=NOW)
    headers = {"Authorization": f"Bearer {token}"}
    post_id = seeded.post_ids["a3"]
    response = client.post(
        f"/api/mentions/{post_id}/correction",
        json={"sentiment": "negative", "intent": "complaint"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["sentiment"], body["intent"]) == ("negative", "complaint")
    assert {(c["field"], c["old_value"], c["new_value"]) for c in body["corrections"]} == {
        ("sentiment", "neutral", "negative"),
        ("intent", "other", "complaint"),
    }
    for bad in ({"sentiment": "angry"}, {"intent": "rant"}, {}, {"sentiment": "negative", "x": 1}):
        r = client.post(f"/api/mentions/{post_id}/correction", json=bad, headers=headers)
        assert r.status_code == 422, bad
    missing = client.post(
        "/api/mentions/999999/correction", json={"intent": "job"}, headers=headers
    )
    assert missing.status_code == 404


def test_api_with_session_needs_csrf_header(auth_client: TestClient, seeded: Seeded) -> None:
    post_id = seeded.post_ids["a3"]
    url = f"/api/mentions/{post_id}/correction"
    assert auth_client.post(url, json={"sentiment": "positive"}).status_code == 403
    token = csrf_of(auth_client.get(f"/mentions/{post_id}").text)
    response = auth_client.post(
        url, json={"sentiment": "positive"}, headers={"X-CSRF-Token": token}
    )
    assert response.status_code == 200, response.text
    assert response.json()["sentiment"] == "positive"


def test_api_without_login(client: TestClient, seeded: Seeded) -> None:
    response = client.post(
        f"/api/mentions/{seeded.post_ids['a3']}/correction",
        json={"sentiment": "positive"},
        headers={"Authorization": "Bearer rz_wrong"},
    )
    assert response.status_code == 401
