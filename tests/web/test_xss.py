"""Post text, author names and monitor names are untrusted: always escaped, everywhere."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient

from tests.web.seed import MONITOR_XSS, XSS, XSS_NAME, Seeded

RAW = [XSS, XSS_NAME, "<script>alert(3)</script>", "javascript:alert(4)"]


def _pages(seeded: Seeded) -> list[str]:
    a4 = seeded.post_ids["a4"]
    return [
        "/",
        f"/monitors/{seeded.brand.id}",
        f"/monitors/{seeded.brand.id}?period=7d",
        f"/monitors/{seeded.brand.id}?period=24h&q=hack",
        f"/monitors/{seeded.brand.id}/mentions?order=engaged",
        f"/monitors/{seeded.competitor.id}",
        f"/mentions/{a4}?monitor={seeded.brand.id}",
        "/sources",
        "/settings",
    ]


def test_untrusted_text_is_escaped_on_every_page(auth_client: TestClient, seeded: Seeded) -> None:
    seen_escaped = 0
    for path in _pages(seeded):
        html = auth_client.get(path).text
        for raw in RAW:
            assert raw not in html, (path, raw)
        seen_escaped += html.count("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert seen_escaped >= 4  # the payload is shown (as text) in lists and the detail page


def test_json_script_blocks_cannot_be_closed_by_data(
    auth_client: TestClient, seeded: Seeded
) -> None:
    html = auth_client.get(f"/monitors/{seeded.brand.id}").text
    blocks = re.findall(r'<script type="application/json" id="([^"]+)">(.*?)</script>', html, re.S)
    assert {b[0] for b in blocks} >= {"spec-volume", "spec-sov", "spec-platform", "spec-language"}
    for _, body in blocks:
        assert "<" not in body and ">" not in body
        json.loads(body)  # still valid JSON
    sov = json.loads(dict(blocks)["spec-sov"])
    names = [row["name"] for row in sov["data"]["values"]]
    assert MONITOR_XSS in names  # the name arrives intact, as data


def test_javascript_urls_never_become_links(auth_client: TestClient, seeded: Seeded) -> None:
    html = auth_client.get(f"/mentions/{seeded.post_ids['a4']}").text
    assert "javascript:" not in html
    good = auth_client.get(f"/mentions/{seeded.post_ids['a1']}").text
    assert 'href="https://mastodon.example/a1" rel="noopener noreferrer nofollow"' in good


def test_api_returns_text_as_data(auth_client: TestClient, seeded: Seeded) -> None:
    body = auth_client.get(f"/api/mentions/{seeded.post_ids['a4']}").json()
    assert XSS in body["text"]
    assert body["author"]["name"] == XSS_NAME
