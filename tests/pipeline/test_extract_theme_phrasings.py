"""The theme lexicon covers the usual phrasings of each subject, not only one wording (issue 13).

Each phrase is put in the same minimal readout: a held dialogue and "The two sides discussed
<phrase>." The phrases are common ways readouts name the subjects of record-schema.md.
"""

from __future__ import annotations

import pytest

from rapport.pipeline.extract import extract_meetings
from rapport.pipeline.extract.lexicon import THEME_IDS
from rapport.pipeline.types import CleanDocument

PHRASINGS: dict[str, tuple[str, ...]] = {
    "torture": ("prison conditions", "the prevention of torture", "cruel, inhuman or degrading treatment", "deaths in custody", "prison overcrowding"),
    "death_penalty": ("capital punishment", "a moratorium on executions"),
    "internet_freedom": ("internet shutdowns", "the blocking of websites", "freedom of expression online", "online censorship", "data protection", "the draft law on cybercrime"),
    "freedom_of_assembly": ("the right to peaceful assembly", "restrictions on demonstrations", "public gatherings", "deaths during the social protests", "the freedom to demonstrate"),
    "freedom_of_religion": ("religious freedom", "freedom of worship", "religious tolerance", "interfaith dialogue", "restrictions on religious practice", "restrictions on independent Protestant churches"),
    "elections": ("electoral reform", "political participation"),
    "labour_rights": ("forced labour in the cotton sector", "independent trade unions", "the kafala system", "decent work", "the rights of domestic workers", "trade unionists in detention", "the rights of expatriate workers"),
    "trafficking": ("trafficking in persons", "anti-trafficking efforts"),
    "women_rights": ("gender equality", "women's participation in political life", "the participation of women in public life", "women, peace and security", "empowering Bahraini women"),
    "violence_against_women": ("gender-based violence", "femicide", "female genital mutilation", "early and forced marriage"),
    "domestic_violence": ("family violence", "the criminalisation of domestic violence"),
    "lgbti_rights": ("sexual orientation and gender identity", "the decriminalisation of same-sex relations", "sexual minorities", "the marriage equality law"),
    "minorities": ("indigenous peoples", "the situation of the Roma", "ethnic and religious components of society"),
    "refugees_migrants": ("asylum seekers", "statelessness", "stateless residents", "the rights of expatriate workers", "persons in situation of human mobility", "the system for accepting foreign workers"),
    "non_discrimination": ("hate speech", "xenophobia", "equal treatment", "intolerance"),
    "economic_social_rights": ("the right to adequate housing", "economic, social and cultural rights", "social and economic rights", "the right to development"),
    "business_human_rights": ("responsible business conduct", "human rights due diligence"),
    "environment": ("climate change", "the right to a healthy environment", "the right to a clean, healthy and sustainable environment", "environmental and land defenders", "defenders of nature"),
    "counter_terrorism": ("countering violent extremism", "the fight against terrorism"),
    "national_institutions": ("the Ombudsman", "the Paris Principles", "the work of the Commissioner for Human Rights", "the High Commission for Human Rights", "the National Center for the Prevention of Torture"),
    "multilateral_cooperation": ("the Universal Periodic Review", "UN treaty bodies", "the OHCHR", "the Third Committee of the UN General Assembly", "the ratification of international conventions"),
    "civil_society": ("human rights defenders", "civic space"),
    "corruption": ("anti-corruption reforms",),
    "democratic_reform": ("political reforms", "the democratic transition"),
    "rule_of_law": ("the rule of law", "constitutional reform", "the revision of the Constitution"),
    "justice_reform": ("the independence of the judiciary", "the right to a fair trial", "the independence of the legal profession", "alternative sentencing", "the independence of justice"),
    "arbitrary_detention": ("political prisoners", "enforced disappearances", "prisoners of conscience", "administrative detention", "the detention of human rights lawyers", "the detention of Uyghurs", "the arrest of protesters", "journalists who are in detention"),
    "disability_rights": ("the inclusion of people with disabilities", "the rights of persons of determination"),
    "children_rights": ("the rights of the child", "juvenile justice", "child marriage", "birth registration", "the treatment of minors in military detention", "the prevention of child abuse"),
    "media_freedom": ("the safety of journalists", "press freedom", "independent journalism", "the work of foreign correspondents"),
    "freedom_of_expression": ("freedom of speech", "criminal defamation", "the lese majeste law", "access to information"),
    "freedom_of_association": ("the registration of NGOs", "the foreign agents law", "restrictions on civil society organisations", "the suspension of civil society organisations", "the decree on associations"),
    "asset_recovery": ("the return of illegally acquired assets",),
}


@pytest.mark.parametrize(
    ("theme", "phrase"), [(theme, phrase) for theme, phrases in PHRASINGS.items() for phrase in phrases]
)
def test_extract_theme_phrasings_found(theme: str, phrase: str) -> None:
    text = f"The EU and Laos held their Human Rights Dialogue in Vientiane on 3 June 2024. The two sides discussed {phrase}."
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05"))
    assert len(meetings) == 1
    assert theme in meetings[0].themes


def test_extract_theme_phrasings_sexual_minorities_are_not_national_minorities() -> None:
    text = "The EU and Laos held their Human Rights Dialogue in Vientiane on 3 June 2024. The two sides discussed the rights of sexual minorities."
    meetings = extract_meetings(CleanDocument(origin="test", text=text, published="2024-06-05"))
    assert meetings[0].themes == ("lgbti_rights",)


def test_extract_theme_phrasings_cover_every_theme() -> None:
    assert set(PHRASINGS) == set(THEME_IDS)
