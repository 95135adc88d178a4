"""A small tracker built directly in the database: the US–Kazakhstan dialogue in three rounds.

Made without the pipeline so that the API, dump and briefing tests do not depend on extraction:
three confirmed rounds with sources, chairs (one known also by a Cyrillic spelling), themes,
instruments and next-round promises, plus one draft meeting of another dialogue that anonymous
callers must not see.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rapport.web.core.models import Party
from rapport.web.dialogues.models import (
    Mechanism,
    Meeting,
    MeetingInstrument,
    MeetingTheme,
    Participation,
)
from rapport.web.followup.models import Promise
from rapport.web.people.models import Person, PersonAlias
from rapport.web.sources.models import Report, Source

HLD = "High-Level Dialogue on Human Rights and Democratic Reforms"
ROUNDS: list[dict[str, Any]] = [
    {"round": 1, "date": "2022-06-14", "city": "Washington", "country": "US",
     "themes": ["democratic_reform", "freedom_of_assembly", "media_freedom", "multilateral_cooperation"],
     "instruments": [("referendum", "constitutional referendum", "2022-06-05")],
     "next": ("2023", "Astana", "KZ"), "kz_chair": "Erzhan Kazykhan",
     "kz_position": "Special Representative of the President for International Cooperation",
     "outlets": [("Astana Ledger", "Kazakhstan and US hold first High-Level Dialogue on human rights in Washington"),
                 ("State Department Digest", "United States and Kazakhstan launch High-Level Dialogue")]},
    {"round": 2, "date": "2023-10-10", "city": "Astana", "country": "KZ",
     "themes": ["civil_society", "democratic_reform", "media_freedom", "torture"],
     "instruments": [("law", "law on the Constitutional Court", "2022-11")],
     "next": ("2024", "Astana", "KZ"), "kz_chair": "Yerzhan Kazykhan",
     "kz_position": "Assistant to the President for International Affairs",
     "outlets": [("Steppe Times", "Second Kazakhstan–US High-Level Dialogue on human rights held in Astana"),
                 ("Қазақ үні", "Ержан Казыхан и Узра Зея провели второй раунд диалога")]},
    {"round": 3, "date": "2024-04-24", "city": "Astana", "country": "KZ",
     "themes": ["children_rights", "democratic_reform", "domestic_violence", "media_freedom", "trafficking"],
     "instruments": [("law", "law toughening penalties for domestic violence", "2024-04-15"),
                     ("action_plan", "Action Plan on human rights and access to justice", "2023-12")],
     "next": ("2025", "Washington", "US"), "kz_chair": "Yerzhan Kazykhan",
     "kz_position": "Assistant to the President for International Affairs",
     "outlets": [("EU Reporter", "Kazakhstan and US hold third High-Level Dialogue on Human Rights and Democratic Reforms"),
                 ("Astana Ledger", "Astana hosts third round of Kazakhstan-US human rights dialogue"),
                 ("Central Asia Wire", "Kazakhstan, US hold third rights dialogue in Astana")]},
]


@dataclass
class Tracker:
    """The records the tests refer to."""

    mechanism: Mechanism
    meetings: list[Meeting]
    draft: Meeting
    draft_source: Source
    kazykhan: Person


def _party(code: str, name: str) -> Party:
    return Party.objects.get_or_create(code=code, defaults={"name": name})[0]


def _record(spec: dict[str, Any]) -> dict[str, Any]:
    """The contract record a report of this round would carry."""
    when, city, country = spec["next"]
    return {
        "mechanism": HLD, "parties": ["KZ", "US"], "round": spec["round"], "date": spec["date"],
        "place": {"city": spec["city"], "country": spec["country"]},
        "chairs": [{"name": spec["kz_chair"], "party": "KZ", "position": spec["kz_position"]},
                   {"name": "Uzra Zeya", "party": "US", "position": "Under Secretary of State"}],
        "themes": spec["themes"],
        "instruments": [{"kind": k, "title": t, "date": d} for k, t, d in spec["instruments"]],
        "next_meeting": {"date": when, "place": {"city": city, "country": country}},
        "evidence": {},
    }


def _meeting(mechanism: Mechanism, spec: dict[str, Any], people: dict[str, Person], parties: list[Party]) -> Meeting:
    day = dt.date.fromisoformat(spec["date"])
    meeting = Meeting.objects.create(
        mechanism=mechanism, party_key="KZ,US", round=spec["round"], date=spec["date"], date_start=day,
        date_end=day, place_city=spec["city"], place_country=spec["country"],
        review_status="confirmed", published=True,
    )
    meeting.parties.set(parties)
    Participation.objects.create(meeting=meeting, person=people["KZ"], party=parties[0], position=spec["kz_position"])
    Participation.objects.create(meeting=meeting, person=people["US"], party=parties[1],
                                 position="Under Secretary of State for Civilian Security, Democracy and Human Rights")
    for theme in spec["themes"]:
        MeetingTheme.objects.create(meeting=meeting, theme=theme)
    for kind, title, date in spec["instruments"]:
        MeetingInstrument.objects.create(meeting=meeting, kind=kind, title=title, date=date)
    for number, (outlet, title) in enumerate(spec["outlets"], start=1):
        source = Source.objects.create(
            url=f"https://news.example/{spec['date']}/{number}", outlet=outlet, title=title,
            published=(day + dt.timedelta(days=1)).isoformat(), text=f"{title}. {outlet} reports the round.",
            content_hash=f"{spec['round']:02d}{number:02d}".ljust(64, "0"), input_id=f"fx-{spec['round']}-{number}",
        )
        Report.objects.create(source=source, position=0, record=_record(spec), party_key="KZ,US", meeting=meeting)
    return meeting


def _promise(meeting: Meeting, spec: dict[str, Any], kept: Meeting | None) -> Promise:
    when, city, country = spec["next"]
    return Promise.objects.create(
        meeting=meeting, kind="next_meeting", due=when, due_precision="year",
        due_by=dt.date(int(when), 12, 31), place_city=city, place_country=country,
        status="fulfilled" if kept else "overdue", fulfilled_by=kept, status_as_of=dt.date(2026, 1, 1),
    )


def _draft(parties: list[Party]) -> tuple[Meeting, Source]:
    """A draft meeting of another dialogue, with a source that reports only it."""
    eu = _party("EU", "European Union")
    other = Mechanism.objects.create(name="EU–Kazakhstan Human Rights Dialogue", key="eu-kz-hrd", party_key="EU,KZ")
    other.parties.set([eu, parties[0]])
    draft = Meeting.objects.create(mechanism=other, party_key="EU,KZ", round=12, date="2025-11",
                                   date_start=dt.date(2025, 11, 1), date_end=dt.date(2025, 11, 30),
                                   place_city="Brussels", place_country="BE")
    draft.parties.set([eu, parties[0]])
    source = Source.objects.create(outlet="Draft Wire", title="EU and Kazakhstan meet in Brussels",
                                   published="2025-11-20", text="EU and Kazakhstan held talks.",
                                   content_hash="f" * 64, input_id="fx-draft")
    Report.objects.create(source=source, position=0, record={"parties": ["EU", "KZ"]}, party_key="EU,KZ", meeting=draft)
    return draft, source


def build_tracker() -> Tracker:
    """Create the US–Kazakhstan dialogue (three confirmed rounds) and one draft meeting."""
    parties = [_party("KZ", "Kazakhstan"), _party("US", "United States")]
    mechanism = Mechanism.objects.create(name=HLD, key="hld-hr-dr-kz-us", party_key="KZ,US",
                                         aliases=["US–Kazakhstan High-Level Dialogue"], cadence="annual")
    mechanism.parties.set(parties)
    kazykhan = Person.objects.create(name="Yerzhan Kazykhan", party=parties[0], name_key="kazykhan")
    for alias in ("Yerzhan Kazykhan", "Erzhan Kazykhan", "Ержан Казыхан"):
        PersonAlias.objects.create(person=kazykhan, name=alias, party=parties[0])
    zeya = Person.objects.create(name="Uzra Zeya", party=parties[1], name_key="zeya")
    PersonAlias.objects.create(person=zeya, name="Uzra Zeya", party=parties[1])
    people = {"KZ": kazykhan, "US": zeya}
    meetings = [_meeting(mechanism, spec, people, parties) for spec in ROUNDS]
    for index, (meeting, spec) in enumerate(zip(meetings, ROUNDS, strict=True)):
        _promise(meeting, spec, meetings[index + 1] if index + 1 < len(meetings) else None)
    draft, draft_source = _draft(parties)
    return Tracker(mechanism=mechanism, meetings=meetings, draft=draft, draft_source=draft_source, kazykhan=kazykhan)
