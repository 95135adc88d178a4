"""A real server for the browser tests: the sample corpus in a temporary SQLite database,
served by ``rapport serve`` (waitress) in a subprocess, and Debian chromium driven by Playwright.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PASSWORD = "browser-Test-Pass-42"
# Elements sticking out of the window, except inside the boxes that scroll sideways on purpose.
WIDER_THAN_SCREEN = """[...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-wrap, .chart-scroll'))
  .slice(0, 5).map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 40))"""
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here drives a browser."""
    for item in items:
        if Path(str(item.path)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


def _rapport(db: Path, *args: str, stdin: str | None = None) -> str:
    """Run the ``rapport`` command on ``db``; fail the test run with its output if it fails."""
    env = {**os.environ, "RAPPORT_DB": str(db)}
    env.pop("RAPPORT_DATABASE_URL", None)  # these tests run on their own SQLite file
    done = subprocess.run(
        [sys.executable, "-m", "rapport.cli.main", "--db", str(db), *args],
        input=stdin, capture_output=True, text=True, env=env, timeout=600, check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"rapport {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for(port: int, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"rapport serve exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("rapport serve did not start listening in time")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a server with the sample corpus, an editor ``ed`` and a viewer ``vi``."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (apt-get install -y chromium)")
    db = tmp_path_factory.mktemp("browser") / "rapport.sqlite3"
    _rapport(db, "sample")
    _rapport(db, "createuser", "ed", "--role", "editor", "--password-stdin", stdin=PASSWORD + "\n")
    _rapport(db, "createuser", "vi", "--role", "viewer", "--password-stdin", stdin=PASSWORD + "\n")
    port = _free_port()
    env = {**os.environ, "RAPPORT_DB": str(db)}
    env.pop("RAPPORT_DATABASE_URL", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "rapport.cli.main", "--db", str(db), "serve", "--port", str(port), "--threads", "4"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian chromium (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies) and page at laptop size."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def sign_in(page: Any, server: str, name: str = "ed") -> None:
    """Sign in through the login form."""
    page.goto(f"{server}/accounts/login/")
    page.get_by_label("User name").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{server}/")


def screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot under ``test-artifacts/screenshots/``."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
