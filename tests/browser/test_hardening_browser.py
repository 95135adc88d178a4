"""In a real browser: the Content-Security-Policy blocks nothing of Rapport's own pages, and a
paste over the form limit is stopped before it is sent, with the text kept."""

from __future__ import annotations

from typing import Any

from conftest import sign_in


def test_pages_run_under_the_content_security_policy(page: Any, server: str) -> None:
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text)
            if "Content Security Policy" in message.text else None)
    sign_in(page, server)
    for path in ("/", "/dialogues/", "/sources/add/", "/review/"):
        page.goto(f"{server}{path}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.htmx") == "object", path  # the page's static scripts ran
    page.goto(f"{server}/api/docs")
    page.locator(".swagger-ui .opblock").first.wait_for()  # Swagger UI built the page
    assert refused == []


def test_a_paste_over_the_limit_is_kept_with_a_message(page: Any, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/sources/add/")
    limit = int(page.get_by_label("Or paste the text of a readout").get_attribute("data-max-bytes"))
    size = page.evaluate("(n) => { const t = document.getElementById('id_text'); "
                         "t.value = 'Talks on trade resumed. '.repeat(n); return t.value.length; }",
                         limit // 20)
    assert size > limit
    page.get_by_role("button", name="Add and read").click()
    alert = page.locator("#text-too-large")
    assert "Your text is still here" in alert.inner_text()
    assert page.url == f"{server}/sources/add/"
    assert page.evaluate("document.getElementById('id_text').value.length") == size
