"""Display names: theme ids as words, party codes as country names (from the pipeline's data)."""

from __future__ import annotations

from functools import cache
from importlib import resources

THEMES: dict[str, str] = {
    "rule_of_law": "Rule of law",
    "justice_reform": "Justice reform",
    "torture": "Torture and ill-treatment",
    "arbitrary_detention": "Arbitrary detention",
    "death_penalty": "Death penalty",
    "freedom_of_expression": "Freedom of expression",
    "media_freedom": "Media freedom",
    "internet_freedom": "Internet freedom",
    "freedom_of_assembly": "Freedom of assembly",
    "freedom_of_association": "Freedom of association",
    "freedom_of_religion": "Freedom of religion",
    "civil_society": "Civil society",
    "elections": "Elections",
    "democratic_reform": "Democratic reform",
    "corruption": "Anti-corruption",
    "asset_recovery": "Asset recovery",
    "labour_rights": "Labour rights",
    "trafficking": "Trafficking in persons",
    "women_rights": "Women's rights",
    "violence_against_women": "Violence against women",
    "domestic_violence": "Domestic violence",
    "children_rights": "Children's rights",
    "disability_rights": "Disability rights",
    "lgbti_rights": "LGBTI rights",
    "minorities": "Minorities",
    "refugees_migrants": "Refugees and migrants",
    "non_discrimination": "Non-discrimination",
    "economic_social_rights": "Economic and social rights",
    "business_human_rights": "Business and human rights",
    "environment": "Environment",
    "counter_terrorism": "Counter-terrorism",
    "national_institutions": "National human-rights institutions",
    "multilateral_cooperation": "Multilateral cooperation",
}


def theme_label(theme: str) -> str:
    """A theme id as words (the id itself when unknown)."""
    return THEMES.get(theme, theme.replace("_", " ").capitalize())


@cache
def country_spellings() -> dict[str, tuple[str, ...]]:
    """Code → every name, adjective and demonym the pipeline's countries table lists for it."""
    spellings: dict[str, tuple[str, ...]] = {}
    text = resources.files("rapport.pipeline").joinpath("resources/countries.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        code, names = line.split("\t", 1)
        spellings.setdefault(code.strip(), tuple(n.strip() for n in names.split("|") if n.strip()))
    return spellings


@cache
def _country_names() -> dict[str, str]:
    """Code → first name listed in the pipeline's countries table."""
    return {code: names[0] for code, names in country_spellings().items() if names}


def country_name(code: str) -> str:
    """The country (or EU) name for an ISO code, or the code itself when unknown."""
    return _country_names().get(code, code) if code else ""
