"""German and English: every string in both, switchable, remembered per user; formats."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from resonanz.model import Role
from resonanz.store import Store
from resonanz.store import users as user_store
from resonanz.web.i18n import I18N_DIR, Translator, negotiate
from tests.web.conftest import add_user, csrf_of, log_in

WEB = Path(I18N_DIR).parent


def _keys(locale: str) -> set[str]:
    return set(json.loads((I18N_DIR / f"{locale}.json").read_text(encoding="utf-8")))


def test_both_languages_have_the_same_keys() -> None:
    assert _keys("de") == _keys("en")


def test_every_key_the_interface_uses_exists() -> None:
    known = _keys("en")
    used: set[str] = set()
    dynamic: set[str] = set()
    for path in [*WEB.rglob("*.html"), *WEB.rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"""\bt\(\s*['"]([a-z_]+\.[a-z_0-9.]+)['"]""", text))
        dynamic.update(re.findall(r"""['"]([a-z_]+\.)['"]\s*~""", text))
        used.update(re.findall(r"""['"]((?:login|error)\.(?!html)[a-z_]+)['"]""", text))
    assert used, "found no translation keys: the scan is broken"
    dynamic.update(k for k in used if k.endswith("."))  # t('jobs.state.' ~ s): a prefix
    assert {k for k in used if not k.endswith(".")} - known == set()
    for prefix in dynamic:
        assert any(k.startswith(prefix) for k in known), prefix
    for prefix, values in {
        "period.": ("6h", "24h", "7d", "30d", "90d", "custom"),
        "granularity.": ("5min", "hour", "day"),
        "mentions.": ("newest", "engaged"),
        "mention.": ("reply_to", "repost_of", "quote_of"),
        "role.": tuple(r.value for r in Role),
        "sentiment.": ("negative", "neutral", "positive"),
        "kind.": ("brand", "competitor", "topic", "conflict_topic"),
        "intent.": (
            "complaint",
            "question",
            "praise",
            "purchase_intent",
            "job",
            "press",
            "spam",
            "other",
        ),
    }.items():
        for value in values:
            assert prefix + value in known


def _switch(client: TestClient, locale: str, next_path: str = "/") -> None:
    token = csrf_of(client.get(next_path).text)
    response = client.post(
        "/locale",
        data={"locale": locale, "next": next_path, "csrf_token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == next_path


def test_language_switch_is_remembered_per_user(
    auth_client: TestClient, app: FastAPI, web_store: Store
) -> None:
    assert "Monitors" in auth_client.get("/").text  # anna's stored locale is English
    _switch(auth_client, "de", "/sources")
    assert "Quellen" in auth_client.get("/sources").text
    with web_store.read() as conn:
        anna = next(u for u in user_store.list_users(conn) if u.username == "anna")
        assert anna.locale == "de"
    # a new session (another device) after logging in again: still German
    fresh = TestClient(app)
    log_in(fresh)
    html = fresh.get("/").text
    assert '<html lang="de">' in html and "Übersicht" in html
    # another user is not affected
    add_user(web_store, "ben", locale="en")
    ben = TestClient(app)
    log_in(ben, "ben")
    assert '<html lang="en">' in ben.get("/").text


def test_unknown_locale_is_ignored(auth_client: TestClient) -> None:
    _switch(auth_client, "xx")
    assert '<html lang="en">' in auth_client.get("/").text


def test_login_page_language_before_login(client: TestClient) -> None:
    assert '<html lang="de">' in client.get("/login").text  # settings.default_locale
    assert "Log in" in client.get("/login", headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    assert '<html lang="en">' in client.get("/login?lang=en").text
    # ?lang= is remembered by the session until logging in
    assert '<html lang="en">' in client.get("/login").text


def test_accept_language_negotiation() -> None:
    assert negotiate("fr-FR, en;q=0.8, de;q=0.9", "en") == "de"
    assert negotiate("fr-FR", "de") == "de"
    assert negotiate("en-US,en;q=0.5", "de") == "en"
    assert negotiate("de;q=0, en;q=0.1", "de") == "en"
    assert negotiate("", "en") == "en"


@pytest.mark.parametrize(
    ("locale", "number", "percent", "when"),
    [
        ("de", "1.234.567", "12,5 %", "10.03.2026 12:30"),
        ("en", "1,234,567", "12.5%", "2026-03-10 12:30"),
    ],
)
def test_formats_follow_the_locale_and_time_zone(
    locale: str, number: str, percent: str, when: str
) -> None:
    t = Translator(locale, "Europe/Berlin")
    assert t.number(1234567) == number
    assert t.percent(0.125) == percent
    assert t.datetime(datetime(2026, 3, 10, 11, 30, tzinfo=UTC)) == when
    assert t.percent(None) == "–"
    assert t.percent(-0.5, signed=True).startswith("−50")


def test_numbers_on_the_page_follow_the_locale(auth_client: TestClient, web_store: Store) -> None:
    html = auth_client.get("/monitors/1").text
    assert 'data-kpi="reach" title="1,500"' in html  # 1000 + 5 × 100 followers
    _switch(auth_client, "de", "/monitors/1")
    html = auth_client.get("/monitors/1").text
    assert 'data-kpi="reach" title="1.500"' in html
    assert "50,0 %" in html  # negative share: 3 of 6
