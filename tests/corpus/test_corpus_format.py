"""The gold corpus, the tracker scenario and the sample corpus are well-formed data.

These tests check the files themselves (format and annotation conventions, see README.md);
they need no extractor.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).resolve().parent
BLIND_DIR = CORPUS_DIR.parent / "corpus_blind"
STYLES_DIR = CORPUS_DIR.parent / "corpus_styles"
SCENARIO_DIR = CORPUS_DIR / "dialogue_kz_us"
SAMPLE_DIR = CORPUS_DIR.parents[1] / "src" / "rapport" / "sample"

# The theme ids of record-schema.md, copied so that this check runs without the shared docs.
THEMES = frozenset(
    {
        "rule_of_law",
        "justice_reform",
        "torture",
        "arbitrary_detention",
        "death_penalty",
        "freedom_of_expression",
        "media_freedom",
        "internet_freedom",
        "freedom_of_assembly",
        "freedom_of_association",
        "freedom_of_religion",
        "civil_society",
        "elections",
        "democratic_reform",
        "corruption",
        "asset_recovery",
        "labour_rights",
        "trafficking",
        "women_rights",
        "violence_against_women",
        "domestic_violence",
        "children_rights",
        "disability_rights",
        "lgbti_rights",
        "minorities",
        "refugees_migrants",
        "non_discrimination",
        "economic_social_rights",
        "business_human_rights",
        "environment",
        "counter_terrorism",
        "national_institutions",
        "multilateral_cooperation",
    }
)
INSTRUMENT_KINDS = frozenset({"law", "decree", "action_plan", "strategy", "programme", "statement"})
ARTICLE_KEYS = {"id", "url", "outlet", "published", "text", "gold"}
MEETING_KEYS = {
    "event_key",
    "mechanism",
    "parties",
    "round",
    "date",
    "place",
    "chairs",
    "themes",
    "next_meeting",
}
OPTIONAL_MEETING_KEYS = {"instruments"}
JSONL_KEYS = {"id", "text", "published", "url", "outlet", "title"}
PARTY = re.compile(r"^[A-Z]{2}$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EVENT_KEY = re.compile(
    r"^(?P<parties>[A-Z]{2}(?:-[A-Z]{2})+)-(?P<kind>[A-Z]+)-(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)$"
)
README_LINE = re.compile(r"^- (?P<id>\d{3}) \| (?P<outlet>[^|]+) \| (?P<what>.+)$")
PROMISE_STATUSES = frozenset({"pending", "fulfilled", "overdue"})

ARTICLE_FILES = sorted(CORPUS_DIR.glob("[0-9][0-9][0-9].json"))
# The blind corpus (tests/corpus_blind) and the corpus of reporting styles (tests/corpus_styles)
# follow the same format and conventions.
BLIND_FILES = sorted(BLIND_DIR.glob("[0-9][0-9][0-9].json"))
STYLES_FILES = sorted(STYLES_DIR.glob("[0-9][0-9][0-9].json"))


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _is_iso(value: str) -> bool:
    """True for a real calendar date at year, month or day precision."""
    if not ISO_DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _check_place(place: Any, where: str, *, city_required: bool) -> None:
    if place is None:
        return
    assert set(place) == {"city", "country"}, f"{where}: place keys {sorted(place)}"
    assert place["country"] is None or PARTY.match(place["country"]), (
        f"{where}: country {place['country']!r}"
    )
    if city_required:
        assert isinstance(place["city"], str), f"{where}: a meeting place needs a city"
        assert place["country"], f"{where}: a meeting place needs a country"
    else:
        assert place["city"] is None or isinstance(place["city"], str), f"{where}: city"


def _check_meeting(meeting: dict[str, Any], text: str, where: str) -> None:
    keys = set(meeting)
    assert keys >= MEETING_KEYS, f"{where}: missing {sorted(MEETING_KEYS - keys)}"
    assert keys <= MEETING_KEYS | OPTIONAL_MEETING_KEYS, (
        f"{where}: unknown {sorted(keys - MEETING_KEYS - OPTIONAL_MEETING_KEYS)}"
    )
    parties = meeting["parties"]
    assert len(parties) >= 2, f"{where}: parties {parties}"
    assert all(PARTY.match(p) for p in parties), (
        f"{where}: parties {parties} are not ISO-like codes"
    )
    assert parties == sorted(set(parties)), f"{where}: parties must be sorted and unique"
    assert isinstance(meeting["mechanism"], str), f"{where}: mechanism"
    assert meeting["mechanism"], f"{where}: mechanism"
    assert meeting["round"] is None or (
        isinstance(meeting["round"], int) and meeting["round"] > 0
    ), f"{where}: round"
    assert meeting["date"] is None or _is_iso(meeting["date"]), f"{where}: date {meeting['date']!r}"
    _check_place(meeting["place"], where, city_required=True)
    for chair in meeting["chairs"]:
        assert "name" in chair, f"{where}: chair {chair}"
        assert set(chair) <= {"name", "party", "position"}, f"{where}: chair {chair}"
        assert chair["party"] in parties, (
            f"{where}: chair {chair['name']} of a party not in {parties}"
        )
        assert chair["name"] in text, (
            f"{where}: chair {chair['name']!r} is not spelled so in the text"
        )
    themes = meeting["themes"]
    assert themes == sorted(set(themes)), f"{where}: themes must be sorted and unique"
    assert set(themes) <= THEMES, f"{where}: unknown themes {sorted(set(themes) - THEMES)}"
    for instrument in meeting.get("instruments", []):
        assert set(instrument) == {"kind", "title", "date"}, f"{where}: instrument {instrument}"
        assert instrument["kind"] in INSTRUMENT_KINDS, (
            f"{where}: instrument kind {instrument['kind']!r}"
        )
        assert instrument["title"], f"{where}: instrument title"
        assert instrument["date"] is None or _is_iso(instrument["date"]), (
            f"{where}: instrument date"
        )
    nxt = meeting["next_meeting"]
    if nxt is not None:
        assert set(nxt) == {"date", "place"}, f"{where}: next_meeting keys"
        assert nxt["date"] is None or _is_iso(nxt["date"]), f"{where}: next_meeting date"
        _check_place(nxt["place"], where, city_required=False)
        assert nxt["date"] or nxt["place"], f"{where}: an empty next_meeting should be null"
    match = EVENT_KEY.match(meeting["event_key"])
    assert match, f"{where}: event_key {meeting['event_key']!r}"
    assert match["parties"].split("-") == parties, (
        f"{where}: event_key parties differ from {parties}"
    )
    if meeting["date"] is not None:
        assert match["date"] == meeting["date"], (
            f"{where}: event_key date differs from {meeting['date']}"
        )


def test_corpus_has_enough_articles() -> None:
    """At least 40 articles, with meetings and negatives both represented."""
    golds = [_load(p)["gold"]["meetings"] for p in ARTICLE_FILES]
    assert len(golds) >= 40
    assert sum(1 for g in golds if not g) >= 10
    assert sum(1 for g in golds if g) >= 25


def test_styles_corpus_has_enough_articles() -> None:
    """The corpus of reporting styles: at least 45 articles, 10 of them negatives."""
    golds = [_load(p)["gold"]["meetings"] for p in STYLES_FILES]
    assert len(golds) >= 45
    assert sum(1 for g in golds if not g) >= 10


@pytest.mark.parametrize(
    "path", ARTICLE_FILES + BLIND_FILES + STYLES_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_corpus_article_is_well_formed(path: Path) -> None:
    """Each article file has the DEV format and gold that follows the conventions."""
    article = _load(path)
    keys = set(article)
    assert ARTICLE_KEYS <= keys <= ARTICLE_KEYS | {"html"}, f"{path.name}: keys {sorted(keys)}"
    assert article["id"] == path.stem
    assert isinstance(article["text"], str)
    assert article["text"].strip()
    assert isinstance(article["outlet"], str)
    assert article["outlet"]
    assert article["url"] is None or article["url"].startswith("https://")
    assert article["published"] is None or (
        _is_iso(article["published"]) and len(article["published"]) == 10
    ), f"{path.name}: published {article['published']!r}"
    if "html" in article:
        assert "<html" in article["html"]
        assert "</html>" in article["html"]
    assert set(article["gold"]) == {"meetings"}
    for i, meeting in enumerate(article["gold"]["meetings"]):
        _check_meeting(meeting, article["text"], f"{path.name} meeting {i}")


def test_corpus_event_keys_agree_on_parties_and_mechanism() -> None:
    """Records sharing an event_key describe one meeting: same parties, same mechanism."""
    seen: dict[str, tuple[list[str], str]] = {}
    for path in ARTICLE_FILES + BLIND_FILES + STYLES_FILES:
        for meeting in _load(path)["gold"]["meetings"]:
            current = (meeting["parties"], meeting["mechanism"])
            previous = seen.setdefault(meeting["event_key"], current)
            assert previous == current, (
                f"{path.name}: {meeting['event_key']} differs from an earlier file"
            )


@pytest.mark.parametrize(
    "files",
    [ARTICLE_FILES, BLIND_FILES, STYLES_FILES],
    ids=["corpus", "corpus_blind", "corpus_styles"],
)
def test_corpus_readme_lists_every_file_with_its_event_keys(files: list[Path]) -> None:
    """README.md has one line per file, naming its event_keys or why it is a negative."""
    lines = {}
    for line in (files[0].parent / "README.md").read_text(encoding="utf-8").splitlines():
        match = README_LINE.match(line)
        if match:
            lines[match["id"]] = match
    assert sorted(lines) == [p.stem for p in files]
    for path in files:
        article = _load(path)
        entry = lines[path.stem]
        keys = [m["event_key"] for m in article["gold"]["meetings"]]
        if keys:
            assert entry["what"].split(", ") == keys, f"{path.name}: README says {entry['what']!r}"
        else:
            assert entry["what"].startswith("negative: "), f"{path.name}: README should say why"
        assert entry["outlet"].startswith(article["outlet"]), f"{path.name}: outlet"


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        assert set(row) == JSONL_KEYS, f"{path.name}:{number}: keys {sorted(row)}"
        assert row["text"].strip(), f"{path.name}:{number}: empty text"
        assert row["title"].strip(), f"{path.name}:{number}: empty title"
        assert row["published"] is None or _is_iso(row["published"]), (
            f"{path.name}:{number}: published"
        )
        rows.append(row)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"
    return rows


def test_scenario_rounds_match_expected_timeline() -> None:
    """The tracker scenario's expected timeline names only documents that exist, in order."""
    rows = {r["id"]: r for r in _read_jsonl(SCENARIO_DIR / "rounds.jsonl")}
    expected = _load(SCENARIO_DIR / "expected.json")
    assert expected["documents"] == len(rows)
    named = set(expected["unrelated_documents"])
    rounds = [m["round"] for m in expected["meetings"]]
    assert rounds == [1, 2, 3]
    for meeting in expected["meetings"]:
        assert len(meeting["sources"]) >= 3
        named |= set(meeting["sources"])
        assert _is_iso(meeting["date"])
        _check_place(meeting["place"], f"round {meeting['round']}", city_required=True)
        assert set(meeting["themes_in_all_sources"]) <= THEMES
    assert named == set(rows)
    dates = [m["date"] for m in expected["meetings"]]
    assert dates == sorted(dates)
    people = {p["name"] for p in expected["persons"]}
    for person in expected["persons"]:
        spellings = [person["name"], *person["aliases"]]
        assert any(s in r["text"] for s in spellings for r in rows.values())
    for meeting in expected["meetings"]:
        assert set(meeting["chairs"]) <= people
    for promise in expected["promises"]:
        assert set(promise["status"].values()) <= PROMISE_STATUSES
        assert (promise["fulfilled_by_round"] is None) == (
            "fulfilled" not in promise["status"].values()
        )


def test_sample_corpus_is_well_formed() -> None:
    """The bundled sample corpus has the JSONL shape and only example-domain addresses."""
    rows = _read_jsonl(SAMPLE_DIR / "corpus.jsonl")
    assert 40 <= len(rows) <= 60
    assert [r["id"] for r in rows] == [f"sample-{i:03d}" for i in range(1, len(rows) + 1)]
    for row in rows:
        assert re.match(r"^https://[a-z0-9-]+\.example/", row["url"]), row["url"]
    pages = sorted((SAMPLE_DIR / "pages").glob("*.html"))
    assert len(pages) >= 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<html" in html, page.name
        assert 'property="og:url"' in html, page.name
