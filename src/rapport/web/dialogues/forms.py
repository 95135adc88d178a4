"""Forms of the editor's actions on a meeting: correct a field, merge, split, review."""

from __future__ import annotations

from django import forms

from rapport.web.dialogues.corrections import FIELD_HELP, FIELD_LABELS
from rapport.web.dialogues.refresh import CORRECTABLE_FIELDS

FIELD_NAMES = {f: f"{FIELD_LABELS[f]} ({FIELD_HELP[f]})" if f in FIELD_HELP else FIELD_LABELS[f] for f in CORRECTABLE_FIELDS}


class CorrectForm(forms.Form):
    """Set one field by hand; an empty value with ``clear`` lets the reports decide again."""

    FIELD_CHOICES: list[tuple[str, str]] = [(f, FIELD_NAMES.get(f, f)) for f in CORRECTABLE_FIELDS]
    field = forms.ChoiceField(choices=FIELD_CHOICES)
    value = forms.CharField(required=False, max_length=2000)
    clear = forms.BooleanField(required=False)


class ChairForm(forms.Form):
    """Add a chair by name (and party), or take one off by person number."""

    name = forms.CharField(required=False, max_length=200)
    party = forms.CharField(required=False, max_length=2)
    position = forms.CharField(required=False, max_length=400)
    remove = forms.IntegerField(required=False, min_value=1)


class MergeForm(forms.Form):
    """The meeting to fold into this one."""

    other = forms.IntegerField(min_value=1, label="Meeting number to merge into this one")


class SplitForm(forms.Form):
    """The report to take out into a meeting of its own."""

    report = forms.IntegerField(min_value=1)


class ReviewForm(forms.Form):
    """A review decision with an optional note."""

    decision = forms.ChoiceField(choices=[("accept", "accept"), ("reject", "reject"), ("draft", "back to draft")])
    note = forms.CharField(required=False, max_length=500)
