"""Text templates of the benchmark corpus: readouts, joint statements, news, reprints, other news.

Each function returns ``(title, text)`` for one document about a :class:`Meeting`; ``rng``
picks among wordings, so outlets describe the same meeting in visibly different styles.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from corpus_world import PARTY, Meeting, Party, variant_name

THEME_PHRASES: dict[str, tuple[str, ...]] = {
    "rule_of_law": ("the rule of law", "constitutional reform"),
    "justice_reform": ("judicial independence", "reform of the courts", "police reform"),
    "torture": ("the prevention of torture", "conditions of detention"),
    "arbitrary_detention": ("political prisoners", "cases of arbitrary detention"),
    "death_penalty": ("the abolition of the death penalty", "capital punishment"),
    "freedom_of_expression": ("freedom of expression", "freedom of speech"),
    "media_freedom": ("the safety of journalists", "independent media"),
    "internet_freedom": ("online freedoms", "internet shutdowns and digital rights"),
    "freedom_of_assembly": ("freedom of peaceful assembly", "the right to protest"),
    "freedom_of_association": ("freedom of association", "the registration of NGOs"),
    "freedom_of_religion": ("freedom of religion or belief",),
    "civil_society": ("the role of civil society", "the protection of human rights defenders"),
    "elections": ("the conduct of elections", "political participation"),
    "democratic_reform": ("democratic reforms", "the political reform agenda"),
    "corruption": ("the fight against corruption", "anti-corruption measures"),
    "labour_rights": ("labour rights", "the elimination of forced labour"),
    "trafficking": ("combating trafficking in persons", "human trafficking"),
    "women_rights": ("gender equality", "women's economic empowerment"),
    "violence_against_women": ("violence against women", "gender-based violence"),
    "domestic_violence": ("domestic violence",),
    "children_rights": ("the rights of the child", "violence against children"),
    "disability_rights": ("the rights of persons with disabilities",),
    "lgbti_rights": ("the rights of LGBTI persons",),
    "minorities": ("the rights of national minorities", "minority languages"),
    "refugees_migrants": ("the protection of refugees and migrants", "asylum procedures"),
    "non_discrimination": ("non-discrimination", "hate speech"),
    "economic_social_rights": ("the right to health and education", "social protection"),
    "business_human_rights": ("business and human rights", "responsible supply chains"),
    "environment": ("climate change and human rights",),
    "counter_terrorism": ("human rights in counter-terrorism",),
    "national_institutions": ("the work of the Ombudsman", "the national human rights institution"),
    "multilateral_cooperation": ("cooperation at the UN Human Rights Council", "the Universal Periodic Review"),
}
FILLER = (
    "Relations between {A} and {B} have developed steadily in recent years, covering trade, energy, "
    "connectivity and people-to-people contacts. Both sides noted that an open and frank exchange on "
    "human rights is an integral part of a mature partnership and of mutual trust.",
    "The delegations held the discussions in an open and constructive atmosphere. They agreed that "
    "regular dialogue allows concerns to be raised directly and progress to be measured over time, and "
    "that follow-up between rounds should involve the relevant ministries and agencies.",
    "In the margins of the meeting, the visiting delegation met representatives of civil society "
    "organisations, lawyers and journalists, as well as members of parliament, to hear their views on "
    "the situation on the ground and on the implementation of recent reforms.",
    "{A} underlined its support for the reform process and its readiness to share expertise through "
    "technical assistance programmes, including training for judges, prosecutors and police officers, "
    "and support for the modernisation of the penitentiary system.",
    "The sides exchanged views on the situation in the wider region and on cooperation in international "
    "organisations, including the United Nations and the Organization for Security and Co-operation in "
    "Europe, and agreed to continue close consultations ahead of major multilateral events.",
    "Both sides reviewed the implementation of the recommendations discussed at previous rounds and "
    "took stock of legislative changes adopted since then. They agreed that the dialogue should remain "
    "results-oriented and that concrete steps should follow the exchange of views.",
    "{B} presented the measures taken to bring national legislation in line with international "
    "standards and its plans for the coming years. The delegation also briefed on the work of the "
    "inter-agency commission responsible for human rights policy.",
    "The meeting was preceded by a seminar bringing together experts, academics and practitioners, "
    "whose conclusions were presented to the delegations at the opening session. Its recommendations "
    "will feed into the work programme agreed between the two sides.",
    "The delegations discussed the follow-up to the recommendations of United Nations treaty bodies and "
    "special procedures, and the preparation of national reports. {B} informed about visits by special "
    "rapporteurs planned for the coming year and about the invitations it has extended.",
    "Both sides stressed the importance of education and awareness-raising, including human rights "
    "training for civil servants and teachers, and the role of universities and research centres in "
    "monitoring the implementation of international commitments.",
    "{A} raised a number of individual cases of concern and asked for information on their status. "
    "{B} provided explanations on several of them and agreed to keep the other side informed through "
    "diplomatic channels in the period between the meetings.",
    "The parties also looked at cooperation on development assistance, noting projects on access to "
    "justice, legal aid and the digitalisation of public services, and agreed that donors and national "
    "authorities should coordinate closely to avoid duplication.",
)
NEWS_OUTLETS = (
    ("Eurasia Wire", "eurasiawire.example"), ("The Capital Herald", "capitalherald.example"),
    ("Diplomat Weekly", "diplomatweekly.example"), ("Global Rights Report", "globalrights.example"),
    ("Asia Pacific Monitor", "apmonitor.example"), ("Balkan Review", "balkanreview.example"),
    ("Africa News Desk", "africanewsdesk.example"), ("Latin Press Agency", "latinpress.example"),
    ("Daily Meridian", "dailymeridian.example"), ("Trend Courier", "trendcourier.example"),
    ("Central Asia Times", "catimes.example"), ("Policy Observer", "policyobserver.example"),
)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth")


def official_outlet(party: Party) -> tuple[str, str]:
    """The name and web domain of ``party``'s foreign ministry."""
    if party.code == "EU":
        return "European External Action Service", "eeas.europa.example"
    if party.code == "US":
        return "U.S. Department of State", "state.gov.example"
    return f"Ministry of Foreign Affairs of {party.name.removeprefix('the ')}", f"mfa.{party.code.lower()}.example"


def ordinal(number: int, rng: random.Random) -> str:
    """``number`` as ``14th`` or, when short enough, as a word."""
    if number <= len(ORDINALS) and rng.random() < 0.4:
        return ORDINALS[number - 1]
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def day_text(date: dt.date, days: int, rng: random.Random) -> str:
    """A meeting's dates in one of the ways readouts write them."""
    month = date.strftime("%B")
    end = date + dt.timedelta(days=days - 1)
    if days > 1 and end.month == date.month:
        return rng.choice((f"{date.day}-{end.day} {month} {date.year}", f"{month} {date.day}-{end.day}, {date.year}"))
    return rng.choice((f"{date.day} {month} {date.year}", f"{month} {date.day}, {date.year}", f"{month} {date.day}"))


def next_round_sentence(meeting: Meeting, rng: random.Random) -> str:
    """The sentence announcing the next round, or "" when the text does not say."""
    if meeting.next_date is None or meeting.next_city is None or rng.random() < 0.35:
        return ""
    when = str(meeting.next_date.year) if rng.random() < 0.6 else meeting.next_date.strftime("%B %Y")
    country = PARTY[meeting.next_country or "EU"].name.removeprefix("the ")
    where = meeting.next_city if rng.random() < 0.7 else country
    return rng.choice((
        f"The sides agreed to hold the next round of the dialogue in {where} in {when}.",
        f"The next meeting is scheduled to take place in {where} in {when}.",
        f"It was agreed that the next session will be held in {when} in {where}.",
    ))


def theme_list(meeting: Meeting, rng: random.Random) -> str:
    """The themes of ``meeting`` as an English list of phrases."""
    phrases = [rng.choice(THEME_PHRASES[theme]) for theme in meeting.themes]
    rng.shuffle(phrases)
    return ", ".join(phrases[:-1]) + (" and " if len(phrases) > 1 else "") + phrases[-1]


def _chair(meeting: Meeting, side: int, rng: random.Random) -> str:
    person = meeting.chairs[side]
    party = (meeting.series.a, meeting.series.b)[side]
    return rng.choice((f"{person.position} {person.name}", f"{person.name}, {person.position}",
                       f"{party.adjective} {person.position} {person.name}"))


def _pad(paragraphs: list[str], meeting: Meeting, rng: random.Random, target: int) -> list[str]:
    fillers = list(FILLER)
    rng.shuffle(fillers)
    a, b = meeting.series.a.name, meeting.series.b.name
    while sum(map(len, paragraphs)) < target and fillers:
        paragraphs.insert(rng.randint(2, len(paragraphs) - 1), _capital(fillers.pop().format(A=a, B=b)))
    return paragraphs


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


def official_readout(meeting: Meeting, issuer: Party, rng: random.Random) -> tuple[str, str]:
    """A foreign ministry's press release on the meeting."""
    s = meeting.series
    place = PARTY[meeting.country].name.removeprefix("the ")
    lead = rng.choice((
        f"On {day_text(meeting.date, meeting.days, rng)}, the {ordinal(meeting.round, rng)} round of the {s.name} "
        f"took place in {meeting.city}, {place}.",
        f"{meeting.city} hosted the {ordinal(meeting.round, rng)} meeting of the {s.name} on "
        f"{day_text(meeting.date, meeting.days, rng)}.",
        f"The {ordinal(meeting.round, rng)} {s.name} was held in {meeting.city} on {day_text(meeting.date, meeting.days, rng)}.",
    ))
    paragraphs = [
        lead,
        f"The {s.a.adjective} delegation was led by {_chair(meeting, 0, rng)}, and the {s.b.adjective} "
        f"delegation was headed by {_chair(meeting, 1, rng)}.",
        f"The parties discussed {theme_list(meeting, rng)}.",
        f"{_capital(s.a.name)} welcomed the progress made by {s.b.name} and encouraged further "
        f"steps on {theme_list(meeting, rng)}.",
        next_round_sentence(meeting, rng),
    ]
    paragraphs = _pad([p for p in paragraphs if p], meeting, rng, rng.randint(3700, 4700))
    title = rng.choice((f"{s.name}: {ordinal(meeting.round, rng)} round held in {meeting.city}",
                        f"Joint press release following the {s.name}", f"{issuer.adjective} readout: {s.name}"))
    return title, "\n\n".join(paragraphs)


def joint_statement(meeting: Meeting, rng: random.Random) -> tuple[str, str]:
    """A joint statement issued by both delegations."""
    s = meeting.series
    paragraphs = [
        f"Joint Statement on the {ordinal(meeting.round, rng)} {s.name}",
        f"{_capital(s.a.name)} and {s.b.name} held the {ordinal(meeting.round, rng)} session of "
        f"their dialogue in {meeting.city} on {day_text(meeting.date, meeting.days, rng)}.",
        f"The meeting was co-chaired by {_chair(meeting, 0, rng)} and {_chair(meeting, 1, rng)}.",
        f"Both delegations reaffirmed their commitment to {theme_list(meeting, rng)}.",
        next_round_sentence(meeting, rng),
    ]
    paragraphs = _pad([p for p in paragraphs if p], meeting, rng, rng.randint(3500, 4500))
    return f"Joint Statement: {s.name} ({meeting.date.year})", "\n\n".join(paragraphs)


def news_story(meeting: Meeting, outlet: str, rng: random.Random) -> tuple[str, str]:
    """A news agency's story on the meeting, with quotes and context."""
    s = meeting.series
    when = rng.choice(("this week", "on " + meeting.date.strftime("%A"), "on " + day_text(meeting.date, 1, rng)))
    paragraphs = [
        f"{meeting.city.upper()} ({outlet}) - Officials from {s.a.name} and {s.b.name} met {when} for "
        f"the {ordinal(meeting.round, rng)} round of talks on human rights, a format both sides describe as the {s.name}.",
        f"\"We had a frank exchange on {theme_list(meeting, rng)},\" said {meeting.chairs[0].name}, who led "
        f"the {s.a.adjective} side. {meeting.chairs[1].name}, {meeting.chairs[1].position}, headed the "
        f"{s.b.adjective} delegation.",
        f"Rights groups had urged the delegations to raise {theme_list(meeting, rng)}.",
        next_round_sentence(meeting, rng),
        f"(Reporting by {outlet} staff; editing by the {meeting.city} desk)",
    ]
    paragraphs = _pad([p for p in paragraphs if p], meeting, rng, rng.randint(3700, 4700))
    title = rng.choice((f"{s.a.adjective}, {s.b.adjective} officials hold human rights talks in {meeting.city}",
                        f"Rights dialogue: {s.a.name.removeprefix('the ')} presses {s.b.name.removeprefix('the ')} on reforms"))
    return title, "\n\n".join(paragraphs)


_SPELLING = (("programme", "program"), ("organisation", "organization"), ("co-chaired", "cochaired"),
             ("modernisation", "modernization"), ("labour", "labor"), ("Ombudsman", "ombudsman"))


def reprint(meeting: Meeting, title: str, text: str, original: str, rng: random.Random) -> tuple[str, str]:
    """``text`` (first published by ``original``) as republished: spellings varied, a name respelled, a line cut."""
    for british, american in _SPELLING:
        if rng.random() < 0.5:
            text = text.replace(british, american)
    for person in meeting.chairs:
        if rng.random() < 0.4:
            text = text.replace(person.name, variant_name(person.name, rng))
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 4 and rng.random() < 0.5:
        del paragraphs[rng.randrange(2, len(paragraphs) - 1)]
    paragraphs.append(rng.choice((f"Source: {original}", f"This article was first published by {original}.",
                                  f"(C) {original}. Republished with permission.")))
    return re.sub(r"\s+$", "", title) + rng.choice(("", " | " + original)), "\n\n".join(paragraphs)
