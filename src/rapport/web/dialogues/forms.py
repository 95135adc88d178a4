"""Forms of the editor's actions on a meeting: correct a field, merge, split, review."""

from __future__ import annotations

from django import forms

from rapport.web.dialogues.refresh import CORRECTABLE_FIELDS

FIELD_NAMES = {"date": "Date (YYYY-MM-DD, YYYY-MM or YYYY)", "round": "Round", "place_city": "City", "place_country": "Country (ISO code)"}


class CorrectForm(forms.Form):
    """Set one field by hand; an empty value with ``clear`` lets the reports decide again."""

    field = forms.ChoiceField(choices=[(f, FIELD_NAMES.get(f, f)) for f in CORRECTABLE_FIELDS])
    value = forms.CharField(required=False, max_length=200)
    clear = forms.BooleanField(required=False)


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
