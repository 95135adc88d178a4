"""What a reviewer's corrections put in place of the reports' values when a meeting is refreshed.

``Meeting.corrections`` holds, besides the scalar fields (date, round, city, country):
``mechanism`` (a dialogue id), ``parties`` (codes), ``themes`` (theme ids), ``instruments``
(``{"kind", "title", "date"}``), ``next_meeting`` (``{"date", "city", "country"}``) and
``chairs`` (``{"person", "name", "party", "position"}``). Each replaces what the reports say,
until the reviewer lets the field follow the reports again.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from rapport.pipeline.types import NextMeeting, Place
from rapport.web.core.services import party_ensure
from rapport.web.dialogues.models import Mechanism, Meeting, Participation


def corrected_mechanism(meeting: Meeting) -> Mechanism | None:
    """The dialogue a reviewer put the meeting in, if any (and still there)."""
    pk = meeting.corrections.get("mechanism")
    return Mechanism.objects.filter(pk=pk).first() if pk else None


def corrected_parties(meeting: Meeting, reported: tuple[str, ...]) -> tuple[str, ...]:
    """The meeting's parties: the reviewer's, else the ones the reports give."""
    codes = meeting.corrections.get("parties")
    return tuple(codes) if codes else reported


def corrected_themes(meeting: Meeting, counts: Counter[str]) -> Counter[str]:
    """Theme → reports saying so: the reviewer's themes (with the reports' support), else the reports'."""
    themes = meeting.corrections.get("themes")
    if themes is None:
        return counts
    return Counter({theme: counts.get(theme, 0) for theme in themes})


def corrected_instruments(
    meeting: Meeting, wanted: dict[tuple[str, str], tuple[str, str, int]]
) -> dict[tuple[str, str], tuple[str, str, int]]:
    """(kind, folded title) → (title, date, support): the reviewer's list, else the reports'."""
    items = meeting.corrections.get("instruments")
    if items is None:
        return wanted
    result = {}
    for item in items:
        key = (str(item["kind"])[:50], " ".join(str(item["title"]).casefold().split()))
        reported = wanted.get(key)
        result[key] = (str(item["title"])[:500], item.get("date") or (reported[1] if reported else ""),
                       reported[2] if reported else 0)
    return result


def corrected_next_meeting(meeting: Meeting, chosen: NextMeeting | None) -> NextMeeting | None:
    """The next meeting the reviewer set, else the one chosen from the reports."""
    value = meeting.corrections.get("next_meeting")
    if value is None:
        return chosen
    city, country = value.get("city") or None, value.get("country") or None
    return NextMeeting(date=value.get("date") or None, place=Place(city, country) if city or country else None)


def corrected_chairs(meeting: Meeting, rows: list[dict[str, Any]]) -> list[Participation]:
    """Make the meeting's chairs the reviewer's list; changed rows are saved, new ones returned unsaved."""
    current = {p.person_id: p for p in meeting.participations.all() if p.role == "chair"}
    wanted = {int(row["person"]): row for row in rows}
    gone = [p.pk for person, p in current.items() if person not in wanted]
    if gone:
        Participation.objects.filter(pk__in=gone).delete()
    new = []
    for person, row in wanted.items():
        party = party_ensure(code=row["party"]) if row.get("party") else None
        participation = current.get(person)
        position = (row.get("position") or (participation.position if participation else ""))[:400]
        if participation is None:
            new.append(Participation(meeting=meeting, person_id=person, role="chair", party=party,
                                     position=position, support=0))
        elif (participation.party_id, participation.position) != (party.pk if party else None, position):
            participation.party, participation.position = party, position
            participation.save(update_fields=["party", "position"])
    return new
