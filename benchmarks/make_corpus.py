"""Write a synthetic JSONL (or WARC) corpus of N readouts, joint statements, news and reprints.

Usage: python benchmarks/make_corpus.py N [-o FILE] [--seed S] [--warc]

About 70% of the documents report a meeting of one of many dialogue series (country pairs and
mechanisms over many years, consistent rounds, places, chairs and next rounds); each meeting
gets an official readout and often a second readout, a joint statement, news stories and
reprints with small edits. The rest is unrelated news; about 2% are exact duplicates of an
earlier document under another URL. The same N and seed always give the same bytes. Each
record carries ``event`` (``series#round``, or null) as the true answer for merge checks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import io
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from corpus_news import unrelated_story
from corpus_texts import (
    NEWS_OUTLETS,
    joint_statement,
    news_story,
    official_outlet,
    official_readout,
    reprint,
)
from corpus_world import Meeting, build_meetings, build_series

UNRELATED_SHARE = 0.3
DUPLICATE_SHARE = 0.02
DOCS_PER_SERIES = 45
"""Documents a series yields on average before the cut; sizes the world to the corpus."""

Document = dict[str, Any]


def world(n: int, seed: int) -> list[Meeting]:
    """Every meeting of a world sized for ``n`` documents, in date order."""
    rng = random.Random(f"world:{seed}")
    series = build_series(max(4, n // DOCS_PER_SERIES + 2), rng)
    meetings = [m for s in series for m in build_meetings(s, random.Random(f"{seed}:{s.key}"))]
    meetings.sort(key=lambda m: (m.date, m.series.key))
    return meetings


def meeting_documents(meeting: Meeting, seed: int) -> list[Document]:
    """The documents that report ``meeting``: readouts, a joint statement, news and reprints."""
    rng = random.Random(f"{seed}:{meeting.series.key}#{meeting.round}")
    s = meeting.series
    event = f"{s.key}#{meeting.round}"
    issuers = [s.a, s.b] if rng.random() < 0.5 else [s.b]
    docs: list[Document] = []
    for issuer in issuers:
        outlet, domain = official_outlet(issuer)
        title, text = official_readout(meeting, issuer, rng)
        docs.append(_doc(outlet, domain, title, text, meeting.date, 0, event, rng))
    if rng.random() < 0.25:
        outlet, domain = official_outlet(s.a)
        docs.append(_doc(outlet, domain, *joint_statement(meeting, rng), meeting.date, 1, event, rng))
    for _ in range(rng.choice((0, 0, 1, 1, 2))):
        outlet, domain = rng.choice(NEWS_OUTLETS)
        docs.append(_doc(outlet, domain, *news_story(meeting, outlet, rng), meeting.date, 1, event, rng))
    original = docs[0]
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        outlet, domain = rng.choice(NEWS_OUTLETS)
        title, text = reprint(meeting, original["title"], original["text"], original["outlet"], rng)
        docs.append(_doc(outlet, domain, title, text, meeting.date, 4, event, rng))
    return docs


def _doc(outlet: str, domain: str, title: str, text: str, date: dt.date, lag: int,
         event: str | None, rng: random.Random) -> Document:
    published = date + dt.timedelta(days=rng.randint(0, lag + 1))
    slug = "-".join(title.lower().replace(":", "").split()[:8])
    return {
        "id": None,
        "url": f"https://{domain}/{published:%Y/%m}/{slug}-{rng.randrange(10**6):06d}",
        "outlet": outlet,
        "title": title,
        "published": published.isoformat() if rng.random() < 0.92 else None,
        "text": text,
        "event": event,
    }


def iter_documents(n: int, seed: int = 1) -> Iterator[Document]:
    """The ``n`` documents of the corpus for ``seed``, in publication order, numbered ``syn-...``."""
    rng = random.Random(f"mix:{seed}")
    meetings = iter(world(n, seed))
    pending: list[Document] = []
    recent: list[Document] = []
    date = dt.date(1996, 1, 1)
    for index in range(n):
        roll = rng.random()
        if roll < DUPLICATE_SHARE and recent:
            doc = dict(rng.choice(recent), url=f"https://mirror.example/{index}")
        elif roll < UNRELATED_SHARE + DUPLICATE_SHARE:
            title, text = unrelated_story(date, rng)
            outlet, domain = rng.choice(NEWS_OUTLETS)
            doc = _doc(outlet, domain, title, text, date, 2, None, rng)
        else:
            while not pending:
                meeting = next(meetings)
                date = meeting.date
                pending = meeting_documents(meeting, seed)
            doc = pending.pop(0)
        doc["id"] = f"syn-{seed}-{index + 1:07d}"
        recent = [*recent[-50:], doc]
        yield doc


def to_html(doc: Document) -> str:
    """The document as the web page a crawler would have fetched."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in doc["text"].split("\n\n"))
    meta = f'<meta property="og:site_name" content="{html.escape(doc["outlet"])}">'
    if doc["published"]:
        meta += f'\n<meta property="article:published_time" content="{doc["published"]}">'
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<title>{html.escape(doc["title"])}'
        f"</title>\n{meta}\n</head><body>\n<nav><a href=\"/\">Home</a> | <a href=\"/news\">News</a></nav>\n"
        f"<article><h1>{html.escape(doc['title'])}</h1>\n{body}\n</article>\n"
        "<footer>Contact | Privacy | Terms</footer>\n</body></html>\n"
    )


def write_jsonl(docs: Iterator[Document], handle: IO[bytes]) -> int:
    """Write ``docs`` one JSON object a line; returns how many were written."""
    count = 0
    for doc in docs:
        handle.write(json.dumps(doc, ensure_ascii=False).encode("utf-8") + b"\n")
        count += 1
    return count


def write_warc(docs: Iterator[Document], handle: IO[bytes]) -> int:
    """Write ``docs`` as a gzipped WARC of request/response records, like a crawl; returns the count."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(handle, gzip=True)
    writer.write_record(writer.create_warcinfo_record("corpus.warc.gz", {"software": "rapport make_corpus"}))
    count = 0
    for doc in docs:
        payload = to_html(doc).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        date = f"{doc['published'] or '2000-01-01'}T12:00:00Z"
        request = writer.create_warc_record(doc["url"], "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                            warc_headers_dict={"WARC-Date": date})
        response = writer.create_warc_record(doc["url"], "response", payload=io.BytesIO(payload),
                                             http_headers=headers, warc_headers_dict={"WARC-Date": date})
        writer.write_request_response_pair(request, response)
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("-o", "--output", help="output file (.jsonl, .jsonl.gz, .warc.gz); default stdout")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--warc", action="store_true", help="write HTML pages as a gzipped WARC")
    args = parser.parse_args(argv)
    docs = iter_documents(args.n, args.seed)
    write = write_warc if args.warc else write_jsonl
    if args.output is None:
        count = write(docs, sys.stdout.buffer)
    else:
        opener = gzip.open if args.output.endswith(".jsonl.gz") else open
        with opener(Path(args.output), "wb") as handle:
            count = write(docs, handle)
    print(f"wrote {count} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
