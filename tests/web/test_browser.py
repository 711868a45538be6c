"""A real browser (Debian's chromium through Playwright) against a live server: log in, open a
monitor's dashboard, see the Vega chart drawn, switch to German, on desktop and phone sizes."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from resonanz.model import User
from tests.web.conftest import PASSWORD
from tests.web.seed import Seeded

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing (CI=true: browser tests must run)")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def live_server(app: FastAPI, user: User, seeded: Seeded) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def _login_and_open_monitor(page: Any, base: str, seeded: Seeded) -> list[str]:
    problems: list[str] = []

    def on_console(message: Any) -> None:
        if message.type == "error":
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{base}/monitors/{seeded.brand.id}")
    assert "/login" in page.url  # protected: redirected to the login page
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url(f"**/monitors/{seeded.brand.id}")
    page.wait_for_selector("#chart-volume[data-rendered=done] svg", timeout=15000)
    return problems


def test_dashboard_renders_chart_and_switches_to_german(
    browser: Any, live_server: str, seeded: Seeded, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problems = _login_and_open_monitor(page, live_server, seeded)
    assert page.locator("h2", has_text="Mentions over time by sentiment").is_visible()
    marks = page.locator("#chart-volume svg .mark-rect path").count()
    assert marks > 0
    page.wait_for_selector("#chart-sov[data-rendered=done] svg")
    # the XSS payloads in post text and monitor names stayed text
    assert page.evaluate("window.__xss === undefined")
    assert "<script>alert(1)</script>" in page.locator("#mentions-newest").inner_text()
    page.screenshot(path=str(tmp_path / "dashboard-en.png"), full_page=True)

    page.click("form.langswitch button[value=de]")
    page.wait_for_selector("h2:has-text('Erwähnungen im Zeitverlauf nach Stimmung')")
    page.wait_for_selector("#chart-volume[data-rendered=done] svg")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("#chart-volume svg").inner_html().count("negativ") >= 1
    page.screenshot(path=str(tmp_path / "dashboard-de.png"), full_page=True)
    assert (tmp_path / "dashboard-de.png").stat().st_size > 10_000
    assert not problems, problems  # no CSP violations, no script errors
    page.close()


def test_dashboard_works_on_a_phone(
    browser: Any, live_server: str, seeded: Seeded, tmp_path: Path
) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 812}, device_scale_factor=2)
    problems = _login_and_open_monitor(page, live_server, seeded)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"page is {width}px wide: it scrolls sideways on a phone"
    box = page.locator("#chart-volume svg").bounding_box()
    assert box is not None and box["width"] <= 375
    page.screenshot(path=str(tmp_path / "dashboard-phone.png"), full_page=True)
    assert not problems, problems
    page.close()
