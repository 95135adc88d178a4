"""Synthetic news pages for the extract benchmark: ~9 KB of HTML around ~4 KB of article text.

Each page has the clutter real outlets wrap around a readout — navigation, a sidebar of other
headlines, related links, a footer, inline script and style — and an article about a
human-rights dialogue whose parties, round, city, date, chairs and themes vary by seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

DIALOGUES = [
    ("European Union", "Armenia", "Yerevan", "Brussels"),
    ("European Union", "Moldova", "Chisinau", "Brussels"),
    ("United States", "Kazakhstan", "Astana", "Washington"),
    ("Australia", "Laos", "Vientiane", "Canberra"),
    ("European Union", "Mongolia", "Ulaanbaatar", "Brussels"),
    ("United States", "Vietnam", "Hanoi", "Washington"),
    ("European Union", "Indonesia", "Jakarta", "Brussels"),
]
FIRST = [
    "Anna",
    "Marek",
    "Laila",
    "Tomas",
    "Gulnara",
    "Pierre",
    "Ruth",
    "Bakyt",
    "Elena",
    "Jonas",
    "Nguyen",
    "Sara",
]
LAST = [
    "Kowalska",
    "Durand",
    "Sisoulath",
    "Ibraimova",
    "Lindqvist",
    "Petrosyan",
    "Okafor",
    "Moreau",
    "Tran",
    "Haas",
]
POSITIONS = [
    "Deputy Minister of Foreign Affairs",
    "Managing Director for Europe and Central Asia",
    "Assistant Secretary of State",
    "Head of the Human Rights Division",
    "Ambassador-at-large",
]
THEMES = [
    "freedom of expression and media freedom",
    "the rights of women and girls",
    "the independence of the judiciary",
    "the prevention of torture",
    "freedom of religion or belief",
    "the rights of persons with disabilities",
    "labour rights and the elimination of forced labour",
    "the situation of human rights defenders",
    "trafficking in persons",
    "anti-corruption reforms",
    "cooperation at the UN Human Rights Council",
    "the rights of the child",
    "electoral reform and political participation",
    "business and human rights",
]
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "11th",
    "12th",
    "13th",
    "14th",
    "15th",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FILLER = [
    "Both sides underlined the value of a frank and open exchange and agreed that dialogue remains the best way to address differences.",
    "Representatives of civil society organisations were consulted ahead of the meeting, and their recommendations were shared with the delegations.",
    "The delegations took stock of the commitments made at the previous round and reviewed the progress achieved since then.",
    "Officials noted that the implementation of the national action plan would be monitored jointly over the coming year.",
    "The talks were held in a constructive atmosphere and covered both domestic developments and cooperation in multilateral fora.",
    "Observers said the meeting reflected a growing willingness to discuss sensitive issues in a structured format.",
    "The discussion also touched upon individual cases raised by the delegations, on which further information was requested.",
    "Participants welcomed the legislative amendments adopted in recent months and called for their effective implementation.",
    "Experts from the ministries of justice and interior joined the session to present the ongoing reform of the penitentiary system.",
    "The parties agreed to step up cooperation on training for judges, prosecutors and police officers.",
    "A side event with students and young activists was organised on the margins of the dialogue.",
    "The meeting was preceded by a visit to a detention facility and by consultations with the national ombudsperson.",
    "Technical assistance programmes funded by international partners were presented as examples of good practice.",
    "The delegations also discussed the follow-up to recommendations received during the Universal Periodic Review.",
    "Journalists were briefed after the session, and a joint press release was issued in both languages.",
    "Concerns were expressed about restrictions affecting independent media outlets and online platforms.",
]
HEADLINES = [
    "Parliament passes budget after marathon session",
    "Central bank holds rates steady",
    "Storm disrupts rail traffic in the north",
    "New museum wing opens to the public",
    "Exporters see record grain harvest",
    "Talks on energy corridor resume",
    "City council approves transport plan",
    "University launches climate research centre",
    "Health ministry expands vaccination drive",
    "Local team wins regional championship",
    "Inflation eases for third month",
    "Ministers meet on regional security",
]


@dataclass(frozen=True)
class Page:
    """One synthetic page: its HTML and the article text alone."""

    html: str
    text: str


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article_paragraphs(rng: random.Random) -> tuple[str, list[str]]:
    """A headline and ~4 KB of paragraphs reporting one dialogue round."""
    first, second, city_b, city_a = rng.choice(DIALOGUES)
    city = rng.choice([city_a, city_b])
    ordinal = rng.choice(ORDINALS)
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2014, 2025)
    chair_a, chair_b = _person(rng), _person(rng)
    themes = rng.sample(THEMES, 6)
    headline = f"{first} and {second} hold {ordinal} Human Rights Dialogue in {city}"
    paragraphs = [
        f"{city}, {day} {month} {year} – The {ordinal} round of the {first}–{second} Human Rights Dialogue took place "
        f"in {city} on {day} {month} {year}.",
        f"The {first} delegation was led by {chair_a}, {rng.choice(POSITIONS)}, while the {second} delegation was "
        f"headed by {chair_b}, {rng.choice(POSITIONS)}.",
        f"The two sides discussed {themes[0]}, {themes[1]} and {themes[2]}. They also exchanged views on "
        f"{themes[3]} and {themes[4]}.",
        f"The {first} raised {themes[5]} and encouraged {second} to continue reforms in line with its international obligations.",
        *_filler(rng, 9),
        f"Both sides agreed to hold the next round of the dialogue in {city_a if city == city_b else city_b} in {year + 1}.",
        *_filler(rng, 5),
    ]
    return headline, paragraphs


def _filler(rng: random.Random, count: int) -> list[str]:
    """``count`` paragraphs of two distinct filler sentences each."""
    return [" ".join(rng.sample(FILLER, 2)) for _ in range(count)]


def _links(rng: random.Random, count: int, prefix: str) -> str:
    items = rng.sample(HEADLINES, min(count, len(HEADLINES)))
    return "".join(
        f'<li><a href="/{prefix}/{rng.randint(1000, 99999)}">{escape(h)}</a></li>' for h in items
    )


def page(seed: int) -> Page:
    """The synthetic page number ``seed`` (deterministic)."""
    rng = random.Random(seed)
    headline, paragraphs = article_paragraphs(rng)
    sections = [
        "World",
        "Politics",
        "Business",
        "Europe",
        "Asia",
        "Opinion",
        "Culture",
        "Sport",
        "Science",
        "Video",
    ]
    nav = "".join(f'<li class="nav-item"><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(headline)} | The Daily Courier</title>
<meta name="description" content="{escape(paragraphs[0][:150])}">
<meta property="og:title" content="{escape(headline)}"><meta property="og:site_name" content="The Daily Courier">
<style>body{{font-family:Georgia,serif;margin:0}} .nav-item{{display:inline-block;padding:4px}} .sidebar{{float:right;width:30%}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}};gtag('js',new Date());</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">The Daily Courier</a></div>
<nav class="main-nav"><ul>{nav}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<div class="trending"><span>Trending:</span><ul>{_links(rng, 6, "trending")}</ul></div>
<div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Learn more</a> <button>Accept</button></div>
<main><article class="story">
<h1 class="headline">{escape(headline)}</h1>
<div class="byline">By <span class="author">{_person(rng)}</span> · <time datetime="2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}">Updated</time></div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<div class="story-body">
{body}</div>
<div class="tags">Tags: <a href="/t/human-rights">human rights</a> <a href="/t/diplomacy">diplomacy</a></div>
</article>
<aside class="sidebar"><h3>Most read</h3><ol>{_links(rng, 8, "news")}</ol>
<div class="ad">Advertisement</div><h3>Newsletter</h3><p>Sign up for our morning briefing.</p></aside>
<section class="related"><h3>Related</h3><ul>{_links(rng, 6, "related")}</ul></section>
<section class="comments"><h3>Comments</h3><p>Comments are closed for this article.</p></section></main>
<footer class="site-footer"><ul>{_links(rng, 5, "more")}</ul>
<p>About us · Contact · Advertise · Terms of use · Privacy policy · Cookie settings</p>
<p>© {rng.randint(2015, 2025)} The Daily Courier Media Group. All rights reserved.</p></footer>
<script>document.querySelectorAll('.share a').forEach(function(a){{a.addEventListener('click',function(e){{e.preventDefault();}});}});</script>
</body></html>
"""
    return Page(html=html, text=headline + "\n\n" + "\n\n".join(paragraphs))


def pages(count: int, seed: int = 0) -> list[Page]:
    """``count`` distinct synthetic pages."""
    return [page(seed + number) for number in range(count)]
