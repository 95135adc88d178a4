"""Display names: theme ids as words, party codes as country names (from the pipeline's data)."""

from __future__ import annotations

from rapport.pipeline.resources import country_names, country_spellings

__all__ = ["THEMES", "country_name", "country_spellings", "theme_label"]

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


def country_name(code: str) -> str:
    """The country (or EU) name for an ISO code, or the code itself when unknown."""
    return country_names().get(code, code) if code else ""
