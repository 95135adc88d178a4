"""A large synthetic tracker database, bulk-created fast (for ``benchmarks/web.py``)."""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

WORDS = ["torture", "detention", "media", "freedom", "assembly", "association", "religion", "elections", "corruption", "trafficking", "women", "children", "disability", "minorities", "refugees", "migrants", "labour", "environment", "judiciary", "reform", "constitution", "ombudsman", "journalists", "defenders", "prisoners", "registration", "internet", "surveillance", "discrimination", "police", "courts", "penalty", "amnesty", "cooperation", "council"]
FILLER = ["the", "parties", "discussed", "progress", "and", "agreed", "to", "continue", "the", "dialogue", "on", "questions", "of", "mutual", "interest", "including", "the", "implementation", "of", "recommendations", "and", "national", "plans"]
CITIES = [("Astana", "KZ"), ("Brussels", "EU"), ("Tashkent", "UZ"), ("Bishkek", "KG"), ("Hanoi", "VN"),
          ("Geneva", "CH"), ("Washington", "US"), ("London", "GB"), ("Canberra", "AU"), ("Tokyo", "JP")]
CODES = ["EU", "US", "GB", "JP", "AU", "CH", "KZ", "UZ", "KG", "TJ", "TM", "VN", "KH", "CN", "IN", "BR",
         "MX", "NG", "EG", "TR", "AZ", "AM", "GE", "MD", "BY", "ID", "TH", "LA", "MM", "PK"]
THEMES = ["rule_of_law", "torture", "media_freedom", "freedom_of_assembly", "elections", "corruption",
          "women_rights", "children_rights", "civil_society", "death_penalty", "labour_rights", "minorities"]


def _text(rng: random.Random, mechanism: str, city: str, day: date, n: int) -> str:
    """About 1,500 characters of readout-like text, unique per source."""
    sentences = [f"{city}, {day:%d %B %Y}. The {mechanism} met (source {n})."]
    for _ in range(14):
        sentences.append(" ".join(rng.choices(FILLER, k=8) + rng.choices(WORDS, k=4)).capitalize() + ".")
    return " ".join(sentences)


def build(*, meetings: int, sources: int, seed: int) -> None:
    """Migrate and fill the database: parties, dialogues, meetings, people, sources, reports."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    rng = random.Random(seed)
    parties = _parties()
    mechanisms = _mechanisms(rng, parties, count=max(1, meetings // 20))
    meeting_rows = _meetings(rng, mechanisms, parties, meetings)
    _people_and_themes(rng, meeting_rows, parties)
    _sources(rng, meeting_rows, sources)
    _promises_and_reviews(meeting_rows)


def _parties() -> dict[str, object]:
    from rapport.web.core.models import Party

    Party.objects.bulk_create([Party(code=c, name=c) for c in CODES], ignore_conflicts=True)
    return {p.code: p for p in Party.objects.all()}


def _mechanisms(rng: random.Random, parties: dict[str, object], count: int) -> list[object]:
    from rapport.web.dialogues.models import Mechanism

    rows = []
    for i in range(count):
        a, b = sorted(rng.sample(CODES, 2))
        rows.append(Mechanism(name=f"{a}–{b} Human Rights Dialogue {i}", key=f"bench-{i}", party_key=f"{a},{b}"))
    Mechanism.objects.bulk_create(rows, batch_size=1000)
    rows = list(Mechanism.objects.order_by("id"))
    through = Mechanism.parties.through
    through.objects.bulk_create(
        [through(mechanism_id=m.pk, party_id=parties[c].pk) for m in rows for c in m.party_key.split(",")],
        batch_size=2000,
    )
    return rows


def _meetings(rng: random.Random, mechanisms: list[object], parties: dict[str, object], count: int) -> list[object]:
    from rapport.web.dialogues.models import Meeting

    rows = []
    for i in range(count):
        mechanism = mechanisms[i % len(mechanisms)]
        rnd = i // len(mechanisms) + 1
        day = date(2004, 1, 1) + timedelta(days=rnd * 380 + rng.randint(0, 200))
        city, country = rng.choice(CITIES)
        published = rng.random() < 0.9
        rows.append(Meeting(
            mechanism=mechanism, party_key=mechanism.party_key, round=rnd, date=day.isoformat(),
            date_start=day, date_end=day, place_city=city, place_country=country,
            support={"reports": 5, "date": 5, "round": 4, "place": 5},
            review_status="confirmed" if published else "draft", published=published,
        ))
    Meeting.objects.bulk_create(rows, batch_size=2000)
    rows = list(Meeting.objects.select_related("mechanism").order_by("id"))
    through = Meeting.parties.through
    through.objects.bulk_create(
        [through(meeting_id=m.pk, party_id=parties[c].pk) for m in rows for c in m.party_key.split(",")],
        batch_size=5000,
    )
    return rows


def _people_and_themes(rng: random.Random, meetings: list[object], parties: dict[str, object]) -> None:
    from rapport.web.dialogues.models import MeetingTheme, Participation
    from rapport.web.people.models import Person

    Person.objects.bulk_create(
        [Person(name=f"Person {i} {rng.choice(WORDS).title()}ov", party=parties[rng.choice(CODES)]) for i in range(2000)],
        batch_size=2000,
    )
    people = list(Person.objects.values_list("pk", flat=True))
    participations, themes = [], []
    for m in meetings:
        for j, code in enumerate(m.party_key.split(",")):
            person = people[(m.mechanism_id * 2 + j + (m.round or 0) // 4) % len(people)]
            participations.append(Participation(meeting_id=m.pk, person_id=person, party_id=parties[code].pk, position="Deputy Minister"))
        themes.extend(MeetingTheme(meeting_id=m.pk, theme=t, support=rng.randint(1, 5)) for t in rng.sample(THEMES, 3))
    Participation.objects.bulk_create(participations, batch_size=5000, ignore_conflicts=True)
    MeetingTheme.objects.bulk_create(themes, batch_size=5000)


def _sources(rng: random.Random, meetings: list[object], count: int) -> None:
    from rapport.web.sources.models import Report, Source

    for start in range(0, count, 5000):
        batch = []
        for n in range(start, min(count, start + 5000)):
            m = meetings[n % len(meetings)]
            text = _text(rng, m.mechanism.name, m.place_city, m.date_start, n)
            batch.append(Source(
                outlet=f"Outlet {n % 97}", title=f"{m.mechanism.name}: round {m.round}", published=m.date,
                text=text, content_hash=hashlib.sha256(text.encode()).hexdigest(), input_id=f"bench-{n}",
            ))
        Source.objects.bulk_create(batch, batch_size=1000)
    sources = Source.objects.order_by("id").values_list("pk", flat=True)
    reports = []
    for n, pk in enumerate(sources):
        m = meetings[n % len(meetings)]
        record = {"mechanism": m.mechanism.name, "parties": m.party_key.split(","), "round": m.round,
                  "date": m.date, "place": {"city": m.place_city, "country": m.place_country},
                  "chairs": [], "themes": [], "instruments": [], "next_meeting": None,
                  "evidence": {"date": [len(m.place_city) + 2, len(m.place_city) + 12]}}
        reports.append(Report(source_id=pk, position=0, record=record, party_key=m.party_key, meeting_id=m.pk))
    Report.objects.bulk_create(reports, batch_size=5000)


def _promises_and_reviews(meetings: list[object]) -> None:
    from django.contrib.contenttypes.models import ContentType

    from rapport.web.core.models import ChangeRecord
    from rapport.web.dialogues.models import Meeting
    from rapport.web.followup.models import Promise

    Promise.objects.bulk_create([
        Promise(meeting_id=m.pk, kind="next_meeting", due=str(m.date_start.year + 1), due_precision="year",
                due_by=date(m.date_start.year + 1, 12, 31), place_city="Geneva", place_country="CH", status="pending")
        for m in meetings
    ], batch_size=5000)
    kind = ContentType.objects.get_for_model(Meeting)
    ChangeRecord.objects.bulk_create([
        ChangeRecord(actor_label="bench", action="review", content_type=kind, object_id=m.pk, object_repr=str(m.pk))
        for m in meetings if m.published
    ], batch_size=5000)
