"""Cleaning: clutter lines out of text inputs, HTML through trafilatura, publication dates."""

from __future__ import annotations

import pytest

from rapport.pipeline.clean import clean_document, page_metadata, published_from_text, strip_clutter
from rapport.pipeline.types import RawDocument

READOUT = (
    "On 12 March, the European Union and Georgia held their 14th Human Rights Dialogue in Tbilisi."
)


@pytest.mark.parametrize(
    "clutter",
    [
        "Share this article",
        "Share this article:",
        "SHARE:",
        "Advertisement",
        "Connect with us",
        "Trending",
        "Photo credit: press service of the ministry",
        "Read more: Georgia and the EU sign new agreement",
        "Also Read: Minister visits Brussels",
        "We use cookies to improve your experience on our website. Accept all cookies",
        "Opinions voiced by our contributors are not necessarily those of this newspaper.",
        "Skip to main content",
    ],
)
def test_clean_strips_clutter_line(clutter: str) -> None:
    text = f"{clutter}\n\n{READOUT}\n\n{clutter}"
    assert strip_clutter(text) == READOUT


def test_clean_keeps_sentences_that_mention_clutter_words() -> None:
    text = "The delegations agreed to share this article of the agreement with civil society."
    assert strip_clutter(text) == text


def test_clean_collapses_blank_runs_and_trailing_spaces() -> None:
    assert strip_clutter("First line.   \n\n\n\nSecond line.") == "First line.\n\nSecond line."


def test_clean_text_input_keeps_metadata_given() -> None:
    raw = RawDocument(origin="a.txt", text=READOUT, outlet="Tbilisi Herald", title="Dialogue", published="2024-03-13")
    doc = clean_document(raw)
    assert (doc.outlet, doc.title, doc.published) == ("Tbilisi Herald", "Dialogue", "2024-03-13")


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Published on May 21, 2024", "2024-05-21"),
        ("Date: 2025-01", "2025-01"),
        ("Astana, 21 May 2024 (Agency): The two sides met.", "2024-05-21"),
        ("18 December 2023", "2023-12-18"),
        ("Brussels, 23/04/2018 - 15:18, UNIQUE ID: 180423_8", "2018-04-23"),
        ("27.06.2019", "2019-06-27"),
        ("Written by | Thursday, November 20th, 2014", "2014-11-20"),
        ("15.07.2024 EEAS Press Team", "2024-07-15"),
        ("By Almaz Kumenov for Eurasianet April 22, 2024", "2024-04-22"),
    ],
)
def test_clean_published_from_date_line(head: str, published: str) -> None:
    assert published_from_text(f"Title of the story\n\n{head}\n\n{READOUT}") == published


def test_clean_published_not_from_a_date_in_running_text() -> None:
    long_sentence = READOUT + " The previous round took place on 5 June 2022 in Brussels, and both sides welcomed it."
    assert published_from_text(long_sentence) is None


def test_clean_published_not_from_a_short_sentence_with_a_date() -> None:
    assert published_from_text("EU and Moldova hold dialogue\n\nThe meeting took place on 5 June 2024.") is None


def test_clean_published_never_from_url() -> None:
    raw = RawDocument(origin="x", text=READOUT, url="https://news.example/2024/05/21/dialogue")
    assert clean_document(raw).published is None


def test_clean_input_published_wins_over_text() -> None:
    raw = RawDocument(origin="x", text=f"18 December 2023\n\n{READOUT}", published="2023-12-19")
    assert clean_document(raw).published == "2023-12-19"


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>EU and Georgia hold rights dialogue | Tbilisi Herald</title>
<meta property="og:title" content="EU and Georgia hold rights dialogue">
<meta property="og:site_name" content="Tbilisi Herald">
<meta property="article:published_time" content="2024-03-13T09:00:00+04:00">
</head><body>
<nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article><h1>EU and Georgia hold rights dialogue</h1>
<p>On 12 March, the European Union and Georgia held their 14th Human Rights Dialogue in Tbilisi.
The Dialogue was co-chaired by Anna Berger, Head of Division at the European External Action
Service, and Giorgi Kapanadze, Deputy Minister of Foreign Affairs of Georgia.</p>
<p>The two sides discussed the reform of the judiciary, media freedom and the rights of
persons belonging to minorities, as well as gender equality and labour rights.</p>
<p>Share this article</p>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Markets rally</a></li></ul></aside>
<footer><p>Copyright 2024 Tbilisi Herald. All rights reserved.</p></footer>
</body></html>"""


def test_clean_html_main_text_without_navigation_or_footer() -> None:
    doc = clean_document(RawDocument(origin="page.html", html=PAGE))
    assert "14th Human Rights Dialogue in Tbilisi" in doc.text
    assert "Markets rally" not in doc.text
    assert "All rights reserved" not in doc.text
    assert "Share this article" not in doc.text


def test_clean_html_metadata_from_head() -> None:
    doc = clean_document(RawDocument(origin="page.html", html=PAGE))
    assert (doc.title, doc.outlet, doc.published) == ("EU and Georgia hold rights dialogue", "Tbilisi Herald", "2024-03-13")


def test_clean_html_input_metadata_wins() -> None:
    doc = clean_document(RawDocument(origin="page.html", html=PAGE, outlet="Herald", published="2024-03-14"))
    assert (doc.outlet, doc.published) == ("Herald", "2024-03-14")


def test_clean_page_metadata_title_tag_and_json_ld_date() -> None:
    html = '<html><head><title>Plain title</title><script type="application/ld+json">{"datePublished": "2023-11-21"}</script></head><body></body></html>'
    assert page_metadata(html) == {"title": "Plain title", "date": "2023-11-21", "sitename": None}


def _nested(depth: int, body: str) -> str:
    return "<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>"


@pytest.mark.parametrize("depth", [254, 300, 2000])
def test_html_nested_deeper_than_lxml_reads_keeps_its_text(depth: int) -> None:
    page = _nested(depth, f"<p>{READOUT}</p><script>var hidden = 1;</script><p>Second line.</p>")
    doc = clean_document(RawDocument(origin="deep.html", html=page))
    assert doc.text == f"{READOUT}\n\nSecond line."


def test_html_without_main_text_stays_empty_when_not_deep() -> None:
    page = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    assert clean_document(RawDocument(origin="menu.html", html=page)).text == ""
