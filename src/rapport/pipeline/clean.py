"""Cleaning: from a raw document (HTML or text) to the clean text every span points into.

HTML goes through trafilatura (precision first, with metadata); text inputs lose lines of
page furniture ("Share this article", "Advertisement", cookie notices ...) listed as rules in
``resources/en/clutter.tsv``. The publication date comes from the input's metadata, else the
page's metadata, else a date line near the top of the text; never from the URL.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from rapport.pipeline.extract.dates import PartialDate, find_dates, parse_iso
from rapport.pipeline.extract.lexicon import CLUTTER_CONTAINS_RE, CLUTTER_CONTAINS_WORDS, CLUTTER_RE
from rapport.pipeline.extract.wordpatterns import may_contain
from rapport.pipeline.htmltext import deep_page_text
from rapport.pipeline.types import CleanDocument, RawDocument

_HEAD_LINES = 15
_CLUTTER_MAX = 300
_BLANK_RUN_RE = re.compile(r"\n{3,}")
_LINE_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")
_TRAILING_SPACE_RE = re.compile(r"[ \t]+\n")
# Lines that announce a date: "Published on ...", "Date: 2025-01", "Posted: ...".
_DATE_LABEL_RE = re.compile(r"^\W*(?:published|posted|updated|date|dated|written by)\b", re.IGNORECASE)
# A dateline opening the first paragraph: "Astana, 21 May 2024 (TDI):", "HRWF (12.07.2024) -".
_DATELINE_RE = re.compile(r"^[A-Z][\w .'/-]{1,40}?(?:,\s*|\s*\(|:\s*)$")
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|[|()\[\]]")
_DATE_LINE_WORDS = 4  # "15.07.2024 EEAS Press Team": a date with a few words of furniture


def clean_document(raw: RawDocument) -> CleanDocument:
    """The clean text and metadata of a raw document; the input's own metadata wins."""
    metadata: dict[str, Any] = {}
    if raw.html is not None:
        text, metadata = _from_html(raw.html, raw.url)
    else:
        text = raw.text or ""
    text = strip_clutter(text)
    published = _iso(raw.published) or _iso(metadata.get("date")) or published_from_text(text)
    return CleanDocument(
        origin=raw.origin,
        text=text,
        id=raw.id,
        url=raw.url,
        outlet=raw.outlet or _str(metadata.get("sitename")),
        title=raw.title or _str(metadata.get("title")),
        published=published,
    )


def _from_html(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    """Main text of an HTML page through trafilatura, and the page's declared metadata.

    Trafilatura's own metadata pass (with its date search over the whole page) costs more
    than the text extraction itself; the title, site name and publication date that pages
    declare in their head are read directly instead (``page_metadata``).
    """
    # Imported here: trafilatura's import costs time that text-only runs need not pay.
    import trafilatura

    # fast: no second pass through trafilatura's fallback extractors; on news pages they
    # rarely change the main text and they double the cost.
    document = trafilatura.bare_extraction(
        html, url=url, favor_precision=True, include_comments=False, with_metadata=False, fast=True
    )
    text = str(getattr(document, "text", None) or "")
    if not text.strip():  # lxml gives up on pages nested 255+ deep: read them without a tree
        text = deep_page_text(html)
    return text, page_metadata(html)


_HEAD_LIMIT = 60_000
_META_RE = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_ATTRIBUTE_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_JSON_DATE_RE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_TIME_RE = re.compile(r"<time\s[^>]*datetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE)
# Meta names and properties, in order of trust, for each piece of metadata.
_META_KEYS = {
    "date": (
        "article:published_time", "og:published_time", "datepublished", "date", "dc.date.issued",
        "dc.date", "pubdate", "publishdate", "publish-date", "sailthru.date", "parsely-pub-date",
    ),
    "title": ("og:title", "twitter:title", "dc.title"),
    "sitename": ("og:site_name", "application-name", "publisher", "dc.publisher"),
}


def page_metadata(html: str) -> dict[str, Any]:
    """Title, site name and publication date as a page declares them in meta tags."""
    head = html[:_HEAD_LIMIT]
    found: dict[str, str] = {}
    for tag in _META_RE.findall(head):
        attributes = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTRIBUTE_RE.finditer(tag)}
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        if key and attributes.get("content"):
            found.setdefault(key, unescape(attributes["content"]).strip())
    metadata: dict[str, Any] = {
        name: next((found[key] for key in keys if found.get(key)), None) for name, keys in _META_KEYS.items()
    }
    if metadata["title"] is None and (title := _TITLE_RE.search(head)):
        metadata["title"] = unescape(re.sub(r"\s+", " ", title.group(1))).strip() or None
    if metadata["date"] is None:
        date = _JSON_DATE_RE.search(html) or _TIME_RE.search(head)
        metadata["date"] = date.group(1) if date else None
    return metadata


def strip_clutter(text: str) -> str:
    """The text without page-furniture lines, trailing spaces and runs of blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "-\n" in text:  # text from a PDF: words hyphenated across lines ("Dia-" / "logue")
        text = _LINE_HYPHEN_RE.sub("", text)
    # A line can contain a rule's words only if the whole text does: one search over the text
    # spares one per line in the common case of none (rules with anchors are searched per line).
    contains = _CONTAINS_PER_LINE or (
        (CLUTTER_CONTAINS_WORDS is None or may_contain(text, CLUTTER_CONTAINS_WORDS))
        and CLUTTER_CONTAINS_RE.search(text) is not None
    )
    lines = text.split("\n")
    headers = _running_heads(lines)
    kept = [line for line in lines if not _is_clutter(line, contains) and line.strip() not in headers]
    cleaned = "\n".join(kept)
    # The substitutions cost a pass over the text each; most texts need neither.
    if " \n" in cleaned or "\t\n" in cleaned:
        cleaned = _TRAILING_SPACE_RE.sub("\n", cleaned)
    if "\n\n\n" in cleaned:
        cleaned = _BLANK_RUN_RE.sub("\n\n", cleaned)
    return cleaned.strip()


_CONTAINS_PER_LINE = re.search(r"[\^$]|\\[AZbB]", CLUTTER_CONTAINS_RE.pattern.replace(r"(?:\b", "(?:")) is not None
"""Whether some contained rule has an anchor or a boundary that may match in a line but not in
the whole text (a leading word boundary matches in both)."""


def _running_heads(lines: list[str]) -> set[str]:
    """Lines of capitals repeated on every page of a text from a PDF ("MINISTRY OF FOREIGN AFFAIRS -
    PRESS RELEASE"): short, of three words or more, and written twice or more."""
    counts: dict[str, int] = {}
    for line in lines:
        stripped = line.strip()
        if len(stripped) <= _CLUTTER_MAX // 3 and stripped.isupper() and len(stripped.split()) >= 3:
            counts[stripped] = counts.get(stripped, 0) + 1
    return {line for line, count in counts.items() if count >= 2}


def _is_clutter(line: str, contains: bool = True) -> bool:
    stripped = line.strip()
    # Furniture lines are short; testing long paragraphs against every rule costs time.
    if not stripped or len(stripped) > _CLUTTER_MAX:
        return False
    if CLUTTER_RE.fullmatch(stripped) is not None:
        return True
    return contains and CLUTTER_CONTAINS_RE.search(stripped) is not None


def published_from_text(text: str) -> str | None:
    """The publication date stated near the top of a text (a date line or a dateline)."""
    for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES]:
        stripped = line.strip()
        if not stripped:
            continue
        for mention in find_dates(stripped):
            if mention.year is None or mention.month is None:
                continue
            if _is_date_line(stripped, mention.start, mention.end):
                return PartialDate(mention.year, mention.month, mention.day).iso()
    return None


def _is_date_line(line: str, start: int, end: int) -> bool:
    """A line that states a date (labelled, a dateline or a byline, or little else besides)."""
    if _DATE_LABEL_RE.match(line) or _DATELINE_RE.match(line[:start]) or line.startswith("By "):
        return True
    rest = _TIME_RE.sub(" ", line[:start] + " " + line[end:])
    return len(rest.split()) <= _DATE_LINE_WORDS


def _iso(value: object) -> str | None:
    """A metadata date as ISO ``YYYY[-MM[-DD]]``, or None when it is not one."""
    if not isinstance(value, str):
        return None
    parsed = parse_iso(value)
    if parsed is not None:
        return parsed.iso()
    mentions = find_dates(value)
    for mention in mentions:
        if mention.year is not None:
            return PartialDate(mention.year, mention.month, mention.day).iso()
    return None


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
