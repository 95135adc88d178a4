"""Unrelated news for the benchmark corpus: trade, sport, weather, culture, energy stories.

Some name the same countries and even "dialogue" or "round" (trade talks), so an extractor
must tell a human-rights meeting from other diplomacy; none reports such a meeting.
"""

from __future__ import annotations

import datetime as dt
import random

from corpus_world import PARTY

TOPICS: dict[str, tuple[str, ...]] = {
    "trade": (
        "{A} and {B} held the {n}th round of trade talks in {city} on {date}, focusing on tariffs, "
        "customs procedures and access for agricultural products.",
        "Negotiators said progress had been made on rules of origin, while differences remain over "
        "public procurement and the protection of geographical indications.",
        "Bilateral trade reached a record level last year, driven by exports of machinery, chemicals and "
        "food products, according to figures released by the statistics office.",
    ),
    "sport": (
        "{B} beat {A} 3-1 in a friendly football match played in {city} on {date} in front of a "
        "crowd of more than forty thousand spectators.",
        "The visitors took the lead after twenty minutes, but the hosts equalised before half-time and "
        "scored twice in the second half, the winning goal coming from a header at a corner.",
        "Both coaches said the match was useful preparation for the qualifying campaign, which resumes in "
        "the autumn with away games for both teams.",
    ),
    "weather": (
        "Heavy rain and strong winds hit {city} on {date}, flooding streets and disrupting flights at the "
        "main airport, the national weather service of {B} said.",
        "Emergency services rescued dozens of residents from flooded houses, and schools in the affected "
        "districts were closed for two days as a precaution.",
        "Forecasters expect the unsettled weather to continue through the weekend before temperatures rise "
        "again early next week.",
    ),
    "culture": (
        "A festival of {A_adj} cinema opened in {city} on {date}, presenting twenty films by directors "
        "from both countries and a retrospective of classic productions.",
        "Organisers said the programme includes debates with filmmakers, masterclasses for students and "
        "open-air screenings in the old town.",
        "The festival, now in its {n}th edition, is supported by the ministries of culture and by "
        "private sponsors.",
    ),
    "energy": (
        "{A} and {B} signed an agreement on {date} in {city} on cooperation in renewable energy, "
        "including wind and solar projects and the modernisation of the power grid.",
        "The agreement foresees joint investment of several hundred million over five years and a working "
        "group that will meet twice a year to review progress.",
        "Officials said the projects would create jobs and reduce dependence on imported fuel, while "
        "environmental groups called for transparent tendering.",
    ),
}
BACKGROUND = (
    "Analysts note that the economy has grown by around four percent a year over the past decade, "
    "supported by investment in infrastructure and a growing services sector, although inflation and "
    "high borrowing costs weigh on households and small businesses.",
    "The city, home to more than a million people, has invested heavily in public transport, with a new "
    "metro line due to open next year and hundreds of electric buses already in service.",
    "Tourism has recovered strongly, with arrivals exceeding pre-pandemic levels for the first time, and "
    "hotels in the capital reported occupancy rates above eighty percent during the summer season.",
    "Local officials said preparations were well under way and that additional staff had been deployed "
    "to manage the expected crowds and ensure that visitors can travel safely.",
    "Opposition politicians questioned the timing of the announcement and asked the government to "
    "publish a detailed assessment of the costs, while the finance ministry said the budget impact "
    "would be limited and covered by savings elsewhere.",
    "Residents interviewed in the city centre gave mixed reactions: some welcomed the news as overdue, "
    "others said they were more worried about rents, fuel prices and the cost of food this winter.",
    "Regional experts said the development reflected a broader trend across neighbouring countries, "
    "where governments are seeking new partners and diversifying their economies away from raw materials.",
    "The announcement was welcomed by business associations, which have long called for simpler "
    "procedures and more predictable rules, and by regional authorities hoping to attract investment.",
)


def unrelated_story(date: dt.date, rng: random.Random) -> tuple[str, str]:
    """A ~4 KB news story on a topic other than a human-rights meeting."""
    codes = rng.sample(sorted(PARTY), 2)
    a, b = PARTY[codes[0]], PARTY[codes[1]]
    topic = rng.choice(sorted(TOPICS))
    values = {"A": a.name, "B": b.name, "A_adj": a.adjective, "city": rng.choice((b.capital, b.city2)),
              "date": f"{date.day} {date:%B} {date.year}", "n": rng.randint(4, 19)}
    paragraphs = [line.format(**values) for line in TOPICS[topic]]
    paragraphs[0] = paragraphs[0][0].upper() + paragraphs[0][1:]
    background = list(BACKGROUND)
    rng.shuffle(background)
    target = rng.randint(3600, 4600)
    while sum(map(len, paragraphs)) < target:
        paragraphs.append(background[len(paragraphs) % len(background)])
    title = f"{topic.capitalize()}: {a.name.removeprefix('the ')} and {b.name.removeprefix('the ')} ({values['city']})"
    return title, "\n\n".join(paragraphs)
