"""The JSON API: token auth, OpenAPI, and numbers that agree with the rollups."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from resonanz.model import User
from resonanz.store import Store
from resonanz.store import users as user_store
from tests.web.seed import NOW, Seeded

ENDPOINTS = [
    "/api/monitors",
    "/api/monitors/1/volume",
    "/api/monitors/1/breakdown",
    "/api/monitors/1/mentions",
    "/api/mentions/1",
    "/api/share-of-voice",
]


@pytest.fixture
def token(web_store: Store, user: User, seeded: Seeded) -> str:
    with web_store.transaction() as conn:
        return user_store.create_api_token(conn, "test", by=user, now=NOW)


@pytest.mark.parametrize("path", ENDPOINTS)
def test_api_needs_authentication(client: TestClient, seeded: Seeded, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    response = client.get(path, headers={"Authorization": "Bearer rz_not-a-token"})
    assert response.status_code == 401


@pytest.mark.parametrize("path", ENDPOINTS)
def test_api_accepts_a_personal_token(client: TestClient, token: str, path: str) -> None:
    response = client.get(path, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"


def test_health_and_openapi_need_no_login(client: TestClient) -> None:
    assert client.get("/api/health").json() == {
        "status": "ok",
        "version": "0.1.0",
        "database": "sqlite",
    }
    schema = client.get("/api/openapi.json").json()
    assert schema["info"]["title"] == "Resonanz API"
    paths = set(schema["paths"])
    assert {
        "/api/health",
        "/api/monitors",
        "/api/monitors/{monitor_id}/volume",
        "/api/monitors/{monitor_id}/mentions",
        "/api/mentions/{post_id}",
        "/api/share-of-voice",
    } <= paths
    assert all(p.startswith("/api/") for p in paths)  # pages stay out of the schema
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    assert "<script>" not in docs.text  # no inline script: the CSP stays strict
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def _get(client: TestClient, token: str, path: str) -> dict[str, Any]:
    response = client.get(path, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_monitor_list_totals(client: TestClient, token: str, seeded: Seeded) -> None:
    body = _get(client, token, "/api/monitors?period=30d")
    by_name = {m["name"]: m for m in body["monitors"]}
    acme = by_name["Acme"]
    assert acme["total"] == 6 and acme["previous_total"] == 1  # a7 lies 40 days back
    assert acme["change"] == pytest.approx(5.0)
    assert acme["sentiment"] == {"negative": 3, "neutral": 1, "positive": 2}
    assert acme["negative_share"] == pytest.approx(0.5)
    assert body["period"]["granularity"] == "day"
    assert body["period"]["timezone"] == "Europe/Berlin"


def test_volume_has_every_bucket(client: TestClient, token: str, seeded: Seeded) -> None:
    body = _get(client, token, f"/api/monitors/{seeded.brand.id}/volume?period=24h")
    assert body["period"]["granularity"] == "hour"
    assert len(body["points"]) == 24
    assert body["total"] == 3  # a1, a2, a3 (a4 is 30 h old)
    assert body["points"][-1]["start"].endswith("+01:00")  # shown in Berlin time
    assert sum(p["total"] for p in body["points"]) == 3
    week = _get(client, token, f"/api/monitors/{seeded.brand.id}/volume?period=7d")
    assert len(week["points"]) == 7 and week["total"] == 5
    neg = _get(
        client, token, f"/api/monitors/{seeded.brand.id}/volume?period=7d&sentiment=negative"
    )
    assert neg["sentiment"] == {"negative": 3, "neutral": 0, "positive": 0}


def test_breakdown_and_filters(client: TestClient, token: str, seeded: Seeded) -> None:
    b = _get(client, token, f"/api/monitors/{seeded.brand.id}/breakdown?period=30d")
    assert {c["key"]: c["posts"] for c in b["platforms"]} == {"mastodon": 4, "bluesky": 2}
    assert {c["key"]: c["posts"] for c in b["languages"]} == {"de": 4, "en": 2}
    assert b["reach"] == 1500 and b["engagement"] == 65
    only = _get(
        client,
        token,
        f"/api/monitors/{seeded.brand.id}/breakdown?period=30d&platform=bluesky&language=de",
    )
    assert only["total"] == 1  # a2


def test_mentions_newest_and_most_engaged(client: TestClient, token: str, seeded: Seeded) -> None:
    base = f"/api/monitors/{seeded.brand.id}/mentions?period=30d"
    newest = _get(client, token, base + "&limit=2")
    assert [m["post_id"] for m in newest["items"]] == [
        seeded.post_ids["a1"],
        seeded.post_ids["a2"],
    ]
    assert newest["has_more"] and newest["next_offset"] == 2
    engaged = _get(client, token, base + "&order=engaged&limit=3")
    assert [m["likes"] for m in engaged["items"]] == [40, 12, 7]
    found = _get(client, token, base + "&q=Kundendienst")
    assert [m["post_id"] for m in found["items"]] == [seeded.post_ids["a2"]]
    assert found["items"][0]["spans"][0] == {"start": 0, "end": 4, "term": "acme", "field": "text"}
    assert _get(client, token, base + "&q=%22%20OR%20")["items"] == []  # no FTS injection


def test_mention_detail(client: TestClient, token: str, seeded: Seeded) -> None:
    d = _get(client, token, f"/api/mentions/{seeded.post_ids['a3']}")
    assert d["author"]["handle"] == "anna"
    assert d["url"] == "https://bluesky.example/a3"
    assert d["links"] == [{"relation": "reply_to", "native_id": "a1", "post_id": None}]
    assert d["explanation"]["sentiment"]["rule"] == "lexicon"
    assert [m["name"] for m in d["monitors"]] == ["Acme"]
    assert (
        client.get("/api/mentions/9999", headers={"Authorization": f"Bearer {token}"}).status_code
        == 404
    )
    assert (
        client.get(
            "/api/monitors/9999/volume", headers={"Authorization": f"Bearer {token}"}
        ).status_code
        == 404
    )


def test_share_of_voice(client: TestClient, token: str, seeded: Seeded) -> None:
    sov = _get(client, token, "/api/share-of-voice?period=30d")
    assert [(e["name"], e["posts"]) for e in sov["entries"]] == [
        ("Acme", 6),
        (seeded.competitor.name, 2),
    ]
    assert sov["entries"][0]["share"] == pytest.approx(0.75)
    chosen = _get(
        client,
        token,
        f"/api/share-of-voice?period=30d&monitor_id={seeded.topic.id}&monitor_id={seeded.brand.id}",
    )
    assert {e["name"] for e in chosen["entries"]} == {"Acme", "Streik"}


def test_invalid_parameters_are_422(client: TestClient, token: str, seeded: Seeded) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/monitors?period=1y", headers=auth).status_code == 422
    assert client.get("/api/monitors?period=custom", headers=auth).status_code == 422
    assert client.get("/api/monitors/1/mentions?limit=1000", headers=auth).status_code == 422
    custom = client.get("/api/monitors?period=custom&from=2026-03-01&to=2026-03-10", headers=auth)
    assert custom.status_code == 200
    assert custom.json()["period"]["start"].startswith("2026-02-28T23:00:00")
