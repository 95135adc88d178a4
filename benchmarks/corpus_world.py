"""The synthetic world behind the benchmark corpus: parties, dialogue series and their meetings.

Every series is consistent with itself (rounds count up, places alternate between the hosts,
chairs hold office for a few rounds, each meeting announces the real next one), so that a
merge has true answers to find. Everything is drawn from one seeded ``random.Random``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

# (code, name, adjective, capital, second city, name pool)
PARTIES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("EU", "the European Union", "EU", "Brussels", "Strasbourg", "eu"),
    ("US", "the United States", "U.S.", "Washington", "New York", "en"),
    ("GB", "the United Kingdom", "British", "London", "Edinburgh", "en"),
    ("CH", "Switzerland", "Swiss", "Bern", "Geneva", "eu"),
    ("NO", "Norway", "Norwegian", "Oslo", "Bergen", "eu"),
    ("DE", "Germany", "German", "Berlin", "Bonn", "eu"),
    ("JP", "Japan", "Japanese", "Tokyo", "Osaka", "jp"),
    ("AU", "Australia", "Australian", "Canberra", "Sydney", "en"),
    ("CA", "Canada", "Canadian", "Ottawa", "Montreal", "en"),
    ("NL", "the Netherlands", "Dutch", "The Hague", "Amsterdam", "eu"),
    ("KZ", "Kazakhstan", "Kazakh", "Astana", "Almaty", "ca"),
    ("UZ", "Uzbekistan", "Uzbek", "Tashkent", "Samarkand", "ca"),
    ("KG", "Kyrgyzstan", "Kyrgyz", "Bishkek", "Osh", "ca"),
    ("TJ", "Tajikistan", "Tajik", "Dushanbe", "Khujand", "ca"),
    ("TM", "Turkmenistan", "Turkmen", "Ashgabat", "Mary", "ca"),
    ("AM", "Armenia", "Armenian", "Yerevan", "Gyumri", "cau"),
    ("GE", "Georgia", "Georgian", "Tbilisi", "Batumi", "cau"),
    ("AZ", "Azerbaijan", "Azerbaijani", "Baku", "Ganja", "cau"),
    ("MD", "Moldova", "Moldovan", "Chisinau", "Balti", "eu"),
    ("UA", "Ukraine", "Ukrainian", "Kyiv", "Lviv", "sl"),
    ("BY", "Belarus", "Belarusian", "Minsk", "Brest", "sl"),
    ("VN", "Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City", "vn"),
    ("CN", "China", "Chinese", "Beijing", "Shanghai", "cn"),
    ("LA", "Laos", "Lao", "Vientiane", "Luang Prabang", "vn"),
    ("KH", "Cambodia", "Cambodian", "Phnom Penh", "Siem Reap", "vn"),
    ("MM", "Myanmar", "Myanmar", "Naypyidaw", "Yangon", "vn"),
    ("ID", "Indonesia", "Indonesian", "Jakarta", "Bali", "id"),
    ("PH", "the Philippines", "Philippine", "Manila", "Cebu", "es"),
    ("MN", "Mongolia", "Mongolian", "Ulaanbaatar", "Darkhan", "ca"),
    ("PK", "Pakistan", "Pakistani", "Islamabad", "Lahore", "ar"),
    ("BD", "Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", "ar"),
    ("LK", "Sri Lanka", "Sri Lankan", "Colombo", "Kandy", "id"),
    ("EG", "Egypt", "Egyptian", "Cairo", "Alexandria", "ar"),
    ("MA", "Morocco", "Moroccan", "Rabat", "Casablanca", "ar"),
    ("TN", "Tunisia", "Tunisian", "Tunis", "Sfax", "ar"),
    ("JO", "Jordan", "Jordanian", "Amman", "Aqaba", "ar"),
    ("LB", "Lebanon", "Lebanese", "Beirut", "Tripoli", "ar"),
    ("TR", "Turkey", "Turkish", "Ankara", "Istanbul", "ar"),
    ("ET", "Ethiopia", "Ethiopian", "Addis Ababa", "Bahir Dar", "af"),
    ("KE", "Kenya", "Kenyan", "Nairobi", "Mombasa", "af"),
    ("NG", "Nigeria", "Nigerian", "Abuja", "Lagos", "af"),
    ("ZA", "South Africa", "South African", "Pretoria", "Cape Town", "af"),
    ("RW", "Rwanda", "Rwandan", "Kigali", "Butare", "af"),
    ("CU", "Cuba", "Cuban", "Havana", "Santiago de Cuba", "es"),
    ("CO", "Colombia", "Colombian", "Bogota", "Medellin", "es"),
    ("MX", "Mexico", "Mexican", "Mexico City", "Guadalajara", "es"),
    ("BR", "Brazil", "Brazilian", "Brasilia", "Rio de Janeiro", "es"),
    ("AR", "Argentina", "Argentine", "Buenos Aires", "Cordoba", "es"),
    ("VE", "Venezuela", "Venezuelan", "Caracas", "Maracaibo", "es"),
    ("GT", "Guatemala", "Guatemalan", "Guatemala City", "Quetzaltenango", "es"),
    ("IN", "India", "Indian", "New Delhi", "Mumbai", "in"),
    ("NP", "Nepal", "Nepali", "Kathmandu", "Pokhara", "in"),
    ("RS", "Serbia", "Serbian", "Belgrade", "Novi Sad", "sl"),
    ("AL", "Albania", "Albanian", "Tirana", "Durres", "eu"),
    ("BA", "Bosnia and Herzegovina", "Bosnian", "Sarajevo", "Mostar", "sl"),
)
DONORS = ("EU", "US", "GB", "CH", "NO", "DE", "JP", "AU", "CA", "NL")

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "eu": ("Anna", "Marc", "Elena", "Lukas", "Sofia", "Pieter", "Ingrid", "Jean", "Dorota", "Henrik", "Clara", "Tomas"),
    "en": ("Robert", "Uzra", "Sarah", "Michael", "Jennifer", "David", "Laura", "Scott", "Karen", "Thomas", "Emily", "James"),
    "jp": ("Hiroshi", "Yuko", "Takeshi", "Akiko", "Kenji", "Naoko", "Shinji", "Mariko"),
    "ca": ("Yerzhan", "Aibek", "Gulnara", "Timur", "Saltanat", "Bakhtiyor", "Dilnoza", "Nurlan", "Akylbek", "Aigerim"),
    "cau": ("Armen", "Vahan", "Nino", "Giorgi", "Anahit", "Elnur", "Leyla", "Davit"),
    "sl": ("Aleksandr", "Olga", "Dmitry", "Natalia", "Sergey", "Yulia", "Mykola", "Ivana", "Milan"),
    "vn": ("Pham Hai", "Nguyen Van", "Tran Thi", "Le Minh", "Vo Thanh", "Sok", "Chanthavy", "Kyaw"),
    "cn": ("Li", "Wang", "Zhang", "Liu", "Chen", "Yang"),
    "id": ("Budi", "Siti", "Dewi", "Agus", "Nimal", "Kumari"),
    "es": ("Maria", "Jose", "Carlos", "Lucia", "Fernando", "Ana", "Rodrigo", "Isabel"),
    "ar": ("Mohammed", "Fatima", "Ahmed", "Leila", "Omar", "Yasmin", "Karim", "Nadia"),
    "af": ("Amina", "Kwame", "Tesfaye", "Grace", "Chinedu", "Wanjiru", "Jean-Paul", "Thandiwe"),
    "in": ("Rajesh", "Priya", "Anil", "Sunita", "Vikram", "Meera"),
}
SURNAMES: dict[str, tuple[str, ...]] = {
    "eu": ("Dlouhy", "Lambrinidis", "Meyer", "Jansen", "Rossi", "Dupont", "Novak", "Lindqvist", "Kovacs", "Moreau"),
    "en": ("Zeya", "Destro", "Johnson", "Harris", "Miller", "Carter", "Walsh", "Bennett", "Hughes", "Brooks"),
    "jp": ("Tanaka", "Suzuki", "Yamamoto", "Kobayashi", "Watanabe", "Ito"),
    "ca": ("Kazykhan", "Tileuberdi", "Saidov", "Abdrakhmanov", "Karimova", "Nurmatov", "Ismoilov", "Bekova"),
    "cau": ("Kostanyan", "Ghazaryan", "Beridze", "Mammadov", "Aliyeva", "Sargsyan", "Kapanadze"),
    "sl": ("Kovalenko", "Petrov", "Shevchenko", "Ivanova", "Markovic", "Bondarenko", "Sidorov"),
    "vn": ("Anh", "Hung", "Lan", "Duc", "Sovann", "Phommachanh", "Thura"),
    "cn": ("Jun", "Wei", "Ming", "Hua", "Qiang", "Xiaoling"),
    "id": ("Santoso", "Wijaya", "Rahman", "Perera", "Fernando", "Silva"),
    "es": ("Garcia", "Rodriguez", "Lopez", "Martinez", "Hernandez", "Gomez", "Diaz", "Morales"),
    "ar": ("Al-Hassan", "Benali", "Haddad", "Mansour", "Khalil", "Farouk", "Yilmaz", "Demir"),
    "af": ("Mensah", "Okafor", "Bekele", "Kamau", "Ndlovu", "Uwimana", "Adeyemi", "Otieno"),
    "in": ("Sharma", "Patel", "Gupta", "Singh", "Rao", "Thapa"),
}
# Transliterations and typos that reprints use for the same person.
NAME_VARIANTS: dict[str, str] = {
    "Yerzhan": "Erzhan", "Aleksandr": "Alexander", "Sergey": "Sergei", "Dmitry": "Dmitri",
    "Mohammed": "Muhammad", "Yulia": "Yuliya", "Mykola": "Nikolai", "Dlouhy": "Dlouhý",
    "Tileuberdi": "Tileuberdy", "Ghazaryan": "Gazaryan", "Mammadov": "Mamedov", "Uzra": "Uzry",
    "Shevchenko": "Shevchenco", "Abdrakhmanov": "Abdrahmanov", "Saidov": "Sayidov",
}
DONOR_TITLES: dict[str, tuple[str, ...]] = {
    "EU": ("Head of the Human Rights Division at the European External Action Service",
           "EU Special Representative for Human Rights", "Deputy Managing Director for Europe and Central Asia of the EEAS"),
    "US": ("Assistant Secretary of State for Democracy, Human Rights, and Labor",
           "Deputy Assistant Secretary of State for Democracy, Human Rights, and Labor",
           "Under Secretary of State for Civilian Security, Democracy, and Human Rights"),
}
GENERIC_TITLES = (
    "Deputy Minister of Foreign Affairs", "Director of the Department of International Organizations",
    "Ambassador-at-Large for Human Rights", "Director General for Multilateral Affairs",
    "Deputy Foreign Minister", "Head of the Human Rights Department of the Foreign Ministry",
    "Assistant to the President for International Affairs", "Commissioner for Human Rights",
)
MECHANISM_KINDS = (
    "{A}-{B} Human Rights Dialogue", "{A}-{B} Human Rights Consultations",
    "High-Level Dialogue on Human Rights and Democratic Reforms", "{A}-{B} Subcommittee on Human Rights, Democracy and Governance",
    "{A}-{B} Expert Dialogue on Human Rights", "{A}-{B} Joint Working Group on Human Rights and Governance",
)
THEMES = (
    "rule_of_law", "justice_reform", "torture", "arbitrary_detention", "death_penalty",
    "freedom_of_expression", "media_freedom", "internet_freedom", "freedom_of_assembly",
    "freedom_of_association", "freedom_of_religion", "civil_society", "elections",
    "democratic_reform", "corruption", "labour_rights", "trafficking", "women_rights",
    "violence_against_women", "domestic_violence", "children_rights", "disability_rights",
    "lgbti_rights", "minorities", "refugees_migrants", "non_discrimination",
    "economic_social_rights", "business_human_rights", "environment", "counter_terrorism",
    "national_institutions", "multilateral_cooperation",
)
LAST_YEAR = 2025


@dataclass(frozen=True)
class Party:
    """A country or the EU, with the words texts use for it."""

    code: str
    name: str
    adjective: str
    capital: str
    city2: str
    pool: str


@dataclass(frozen=True)
class Person:
    """A head of delegation and the position they hold."""

    first: str
    last: str
    position: str

    @property
    def name(self) -> str:
        """The person's name as officials spell it."""
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Meeting:
    """One real round of a dialogue series."""

    series: Series
    round: int
    date: dt.date
    days: int
    city: str
    country: str
    chairs: tuple[Person, Person]
    themes: tuple[str, ...]
    next_date: dt.date | None
    next_city: str | None
    next_country: str | None


@dataclass(frozen=True)
class Series:
    """A recurring dialogue between two parties."""

    key: str
    name: str
    a: Party
    b: Party
    themes: tuple[str, ...]


PARTY = {row[0]: Party(*row) for row in PARTIES}


def build_series(count: int, rng: random.Random) -> list[Series]:
    """``count`` distinct dialogue series over many pairs of parties and kinds of mechanism."""
    partners = [code for code in PARTY if code not in DONORS]
    seen: set[tuple[str, str, int]] = set()
    series: list[Series] = []
    while len(series) < count:
        a = rng.choice(DONORS) if rng.random() < 0.85 else rng.choice(partners)
        b = rng.choice(partners)
        kind = rng.randrange(len(MECHANISM_KINDS))
        if a == b or (a, b, kind) in seen:
            if len(seen) > 8000:
                raise ValueError("not enough distinct dialogue series for this corpus size")
            continue
        seen.add((a, b, kind))
        pa, pb = PARTY[a], PARTY[b]
        name = MECHANISM_KINDS[kind].format(A=_short(pa), B=_short(pb))
        themes = tuple(sorted(rng.sample(THEMES, rng.randint(7, 12))))
        series.append(Series(key=f"{a}-{b}-{kind}", name=name, a=pa, b=pb, themes=themes))
    return series


def _short(party: Party) -> str:
    return {"US": "U.S.", "GB": "UK", "EU": "EU"}.get(party.code, party.name.removeprefix("the "))


def build_meetings(series: Series, rng: random.Random) -> list[Meeting]:
    """Every round of ``series`` from its first year to ``LAST_YEAR``, each naming the next."""
    dates = _round_dates(rng)
    first_round = 1 if rng.random() < 0.7 else rng.randint(2, 12)
    hosts = [series.a, series.b] if rng.random() < 0.5 else [series.b, series.a]
    chairs = [_person(series.a, rng), _person(series.b, rng)]
    plain: list[tuple[int, dt.date, int, Party, str, tuple[Person, Person], tuple[str, ...]]] = []
    for index, date in enumerate(dates):
        for side, party in enumerate((series.a, series.b)):
            if index and rng.random() < 0.3:
                chairs[side] = _person(party, rng)
        host = hosts[index % 2]
        city = host.capital if rng.random() < 0.8 else host.city2
        themes = tuple(sorted(rng.sample(series.themes, rng.randint(3, min(7, len(series.themes))))))
        plain.append((first_round + index, date, rng.choice((1, 1, 2)), host, city, (chairs[0], chairs[1]), themes))
    meetings = []
    for index, (number, date, days, host, city, pair, themes) in enumerate(plain):
        after = plain[index + 1] if index + 1 < len(plain) else None
        meetings.append(Meeting(
            series=series, round=number, date=date, days=days, city=city, country=host.code,
            chairs=pair, themes=themes,
            next_date=after[1] if after else None,
            next_city=after[4] if after else None,
            next_country=after[3].code if after else None,
        ))
    return meetings


def _round_dates(rng: random.Random) -> list[dt.date]:
    start = dt.date(rng.randint(1996, 2021), rng.randint(1, 12), rng.randint(1, 28))
    months = rng.choice((12, 12, 12, 12, 6, 24, 0))
    dates = []
    date = start
    while date.year <= LAST_YEAR:
        dates.append(date)
        step = months or rng.randint(9, 30)
        month = date.month - 1 + step + rng.randint(-1, 1)
        date = dt.date(date.year + month // 12, month % 12 + 1, rng.randint(1, 28))
    return dates


def _person(party: Party, rng: random.Random) -> Person:
    title = rng.choice(DONOR_TITLES.get(party.code, GENERIC_TITLES))
    return Person(rng.choice(FIRST_NAMES[party.pool]), rng.choice(SURNAMES[party.pool]), title)


def variant_name(name: str, rng: random.Random) -> str:
    """``name`` as a careless reprint might spell it: a transliteration or a dropped letter."""
    words = [NAME_VARIANTS.get(word, word) if rng.random() < 0.7 else word for word in name.split()]
    return " ".join(words)
