"""The pages: numbers that agree with the rollups, filters, paging, detail, empty states."""

from __future__ import annotations

import re

import sqlalchemy as sa
from fastapi.testclient import TestClient

from resonanz.analytics import resolve_period
from resonanz.model import User
from resonanz.store import Store
from resonanz.store.schema import rollups_hourly
from tests.web.conftest import csrf_of
from tests.web.seed import NOW, Seeded


def _kpi(html: str, name: str) -> str:
    match = re.search(rf'data-kpi="{name}"[^>]*>([^<]+)<', html)
    assert match, name
    return match.group(1)


def _rollup_sum(store: Store, monitor_id: int, key: str, **where: str) -> int:
    period = resolve_period(key, now=NOW, tz="Europe/Berlin")
    t = rollups_hourly
    cond = [t.c.monitor_id == monitor_id, t.c.bucket >= period.start, t.c.bucket < period.end]
    cond += [t.c[k] == v for k, v in where.items()]
    with store.read() as conn:
        return int(
            conn.execute(
                sa.select(sa.func.coalesce(sa.func.sum(t.c.posts), 0)).where(*cond)
            ).scalar_one()
        )


def test_dashboard_numbers_equal_the_rollups(
    auth_client: TestClient, seeded: Seeded, web_store: Store
) -> None:
    brand = seeded.brand.id
    assert brand is not None
    for key in ("24h", "7d", "30d", "90d"):
        html = auth_client.get(f"/monitors/{brand}?period={key}").text
        assert _kpi(html, "total") == f"{_rollup_sum(web_store, brand, key):,}"
        for sentiment in ("negative", "neutral", "positive"):
            shown = re.search(rf'data-count="{sentiment}">([^<]+)<', html)
            assert shown and shown.group(1) == str(
                _rollup_sum(web_store, brand, key, sentiment=sentiment)
            )
        for platform in ("mastodon", "bluesky"):
            expected = _rollup_sum(web_store, brand, key, platform=platform)
            shown = re.search(rf'data-platform="{platform}">([^<]+)<', html)
            assert (shown.group(1) if shown else "0") == str(expected), (key, platform)
    overview = auth_client.get("/?period=30d").text
    assert '<span class="big">6</span>' in overview  # Acme's card
    assert "+500.0%" in overview  # 6 against 1 in the 30 days before


def test_overview_has_one_card_per_monitor(auth_client: TestClient, seeded: Seeded) -> None:
    html = auth_client.get("/").text
    assert html.count('class="card monitor-card"') == 3
    assert html.count("<polyline") == 3


def test_filters_narrow_charts_and_lists(auth_client: TestClient, seeded: Seeded) -> None:
    brand = seeded.brand.id
    html = auth_client.get(f"/monitors/{brand}?period=30d&sentiment=negative").text
    assert _kpi(html, "total") == "3"
    assert 'value="negative" selected' in html
    newest = html.split('id="mentions-newest"')[1].split("</section>")[0]
    assert newest.count('class="mention"') == 3
    assert "s-positive" not in newest
    html = auth_client.get(f"/monitors/{brand}?period=30d&platform=bluesky&language=en").text
    assert _kpi(html, "total") == "1"  # a3
    assert "Ordered from" in html and "liefert schlecht" not in html
    # search narrows the lists (full text), not the charts
    html = auth_client.get(f"/monitors/{brand}?period=30d&q=Stuttgart").text
    newest = html.split('id="mentions-newest"')[1].split("</section>")[0]
    assert newest.count('class="mention"') == 1 and "Stuttgart" in newest
    # junk in filters is ignored rather than trusted
    html = auth_client.get(f"/monitors/{brand}?period=1y&platform=%3Cb%3E&sentiment=evil").text
    assert _kpi(html, "total") == "6"


def test_paging_with_htmx_fragment(
    auth_client: TestClient, seeded: Seeded, web_store: Store
) -> None:
    from resonanz.model import Span
    from resonanz.store.ingest import save_batch
    from tests.web.seed import make_post

    brand = seeded.brand.id
    assert brand is not None
    posts = [make_post(f"bulk{i}", f"Acme bulk {i}", hours_ago=6 + i * 0.1) for i in range(15)]
    with web_store.transaction() as conn:
        save_batch(
            conn,
            posts,
            [[(brand, (Span(0, 4, "acme"),))]] * 15,
            source_id=None,
            cursor=None,
            now=NOW,
        )
    html = auth_client.get(f"/monitors/{brand}?period=30d").text
    section = html.split('id="mentions-newest"')[1].split("</section>")[0]
    assert section.count('class="mention"') == 10
    hx = re.search(r'hx-get="([^"]+)"', section)
    assert hx and "order=newest" in hx.group(1) and "offset=10" in hx.group(1)
    fragment = auth_client.get(hx.group(1).replace("&amp;", "&"), headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert "<html" not in fragment.text and 'id="mentions-newest"' in fragment.text
    assert fragment.text.count('class="mention"') == 10
    assert "← Newer" in fragment.text
    # the pushed URL renders the same page without JavaScript
    push = re.search(r'hx-push-url="([^"]+)"', section)
    assert push and "newest=10" in push.group(1)
    assert auth_client.get(push.group(1).replace("&amp;", "&")).status_code == 200


def test_empty_period_says_so(auth_client: TestClient, seeded: Seeded) -> None:
    html = auth_client.get(
        f"/monitors/{seeded.topic.id}?period=custom&from=2025-01-01&to=2025-01-02"
    ).text
    assert "No mentions in this period." in html
    assert _kpi(html, "total") == "0"


def test_mention_detail_page(auth_client: TestClient, seeded: Seeded) -> None:
    html = auth_client.get(f"/mentions/{seeded.post_ids['a5']}?monitor={seeded.brand.id}").text
    assert "Open the original" in html and 'href="https://mastodon.example/a5"' in html
    assert "@anna" in html and "100 followers" in html
    # what matched: both monitors, each with its marked term
    assert "<mark>Acme</mark> Streik in Stuttgart" in html
    assert "Acme <mark>Streik</mark> in Stuttgart" in html
    assert "complaint" in html and "lexicon" in html  # intent and the model's explanation
    assert f'href="/monitors/{seeded.brand.id}">Acme</a> ›' in html
    assert auth_client.get("/mentions/9999").status_code == 404


def test_sources_and_settings_pages(auth_client: TestClient, web_store: Store, user: User) -> None:
    from resonanz.model import SourceConfig
    from resonanz.store import sources as source_store

    assert "No sources configured yet." in auth_client.get("/sources").text
    with web_store.transaction() as conn:
        source_store.add_source(
            conn,
            SourceConfig(name="feed", kind="rss", config={"api_key": "s3cret-value"}),
            by=user,
            now=NOW,
        )
    html = auth_client.get("/sources").text
    assert "feed" in html and "rss" in html and "s3cret-value" not in html
    settings = auth_client.get("/settings")
    response = auth_client.post(
        "/settings/tokens", data={"name": "cron", "csrf_token": csrf_of(settings.text)}
    )
    token = re.search(r'id="new-token">([^<]+)<', response.text)
    assert token and token.group(1).startswith("rz_")
    api = auth_client.get("/api/monitors", headers={"Authorization": f"Bearer {token.group(1)}"})
    assert api.status_code == 200


def test_security_headers(auth_client: TestClient) -> None:
    page = auth_client.get("/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["referrer-policy"] == "same-origin"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["cache-control"] == "no-store"
    asset = re.search(r'src="(/static/app.js\?v=[0-9a-f]+)"', page.text)
    assert asset
    static = auth_client.get(asset.group(1))
    assert static.status_code == 200 and "max-age=86400" in static.headers["cache-control"]
    assert "<script>" not in page.text  # no inline scripts anywhere


def test_unknown_pages_are_404_in_the_users_language(auth_client: TestClient) -> None:
    response = auth_client.get("/no/such/page")
    assert response.status_code == 404
    assert "This page does not exist." in response.text and "Log out" in response.text
