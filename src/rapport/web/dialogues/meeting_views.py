"""The meeting page and the editor's actions on it: correct, merge, split, review."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from rapport.web.accounts.decorators import editor_view, public_view
from rapport.web.core.history_words import words
from rapport.web.dialogues import services
from rapport.web.dialogues.corrections import FIELD_LABELS, in_the_future
from rapport.web.dialogues.evidence import chair_spellings, meeting_fields
from rapport.web.dialogues.forms import ChairForm, CorrectForm, MergeForm, ReviewForm, SplitForm
from rapport.web.dialogues.models import Meeting, ReviewStatus
from rapport.web.dialogues.selectors import meeting_by_id, meeting_page, merge_candidates
from rapport.web.ui.vocab import THEMES

DECISIONS = {"accept": ReviewStatus.CONFIRMED, "reject": ReviewStatus.REJECTED, "draft": ReviewStatus.DRAFT}


@public_view
def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Each field's value, its sources, conflicting values and the evidence in the text."""
    found = meeting_page(user=request.user, meeting_id=pk)
    if found is None:
        raise Http404("no such meeting")
    meeting, reports, promise = found.meeting, found.reports, found.next_promise
    return render(request, "dialogues/meeting.html", {
        "meeting": meeting,
        "reports": reports,
        "fields": meeting_fields(meeting, reports, promise),
        "next_promise": promise,
        "chairs": found.chairs,
        "spellings": chair_spellings(reports),
        "themes": meeting.themes.all(),
        "instruments": meeting.instruments.all(),
        "promises": found.promises,
        "fulfils": found.fulfils,
        "candidates": merge_candidates(user=request.user, meeting=meeting) if request.user.is_authenticated else [],
        "correctable": CorrectForm.FIELD_CHOICES,
        "corrections": [(FIELD_LABELS.get(k, k), words(k, v)) for k, v in (meeting.corrections or {}).items()],
        "chosen_themes": {t.theme for t in meeting.themes.all()},
        "all_themes": sorted(THEMES.items(), key=lambda t: t[1]),
        "future": in_the_future(meeting.date),
    })


def _back(meeting_pk: int, request: HttpRequest) -> HttpResponseRedirect:
    """Back to where the action came from (the review queue or the meeting page)."""
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(reverse("dialogues:meeting", args=[meeting_pk]))


def _run(request: HttpRequest, action: Callable[[], object], success: str) -> bool:
    """Call a service; a ValidationError becomes an error message the user can read."""
    try:
        action()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    messages.success(request, success)
    return True


def _correction_value(request: HttpRequest, field: str, text: str) -> Any:
    """The value a form sent: the theme boxes, the next meeting's three inputs, or the text."""
    if field == "themes" and "themes_form" in request.POST:
        return request.POST.getlist("theme")
    if field == "next_meeting" and "next_date" in request.POST:
        return {k: request.POST.get(f"next_{k}", "").strip() for k in ("date", "city", "country")}
    return text


@require_POST
@editor_view
def meeting_correct(request: HttpRequest, pk: int) -> HttpResponse:
    """Set a field by hand (or clear the reviewer's value); recorded in the history."""
    meeting = get_object_or_404(Meeting, pk=pk)
    form = CorrectForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a field to correct.")
        return _back(pk, request)
    field = form.cleaned_data["field"]
    value = _correction_value(request, field, form.cleaned_data["value"])
    label = FIELD_LABELS[field]
    if form.cleaned_data["clear"]:
        _run(request, lambda: services.meeting_correction_clear(meeting=meeting, field=field), f"{label} follows the reports again.")
        return _back(pk, request)
    done = _run(request, lambda: services.meeting_field_correct(meeting=meeting, field=field, value=value), f"{label} corrected.")
    if done and field == "date" and in_the_future(meeting.date):
        messages.warning(request, f"The date {meeting.date} is in the future: a meeting held on it cannot have "
                                  "been reported yet. Check the date, or record it as a promised next meeting.")
    return _back(pk, request)


@require_POST
@editor_view
def meeting_chair(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a chair to the meeting, or take one off; recorded in the history."""
    meeting = get_object_or_404(Meeting, pk=pk)
    form = ChairForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    elif form.cleaned_data["remove"]:
        person = form.cleaned_data["remove"]
        _run(request, lambda: services.meeting_chair_remove(meeting=meeting, person_id=person), "Chair removed.")
    elif form.cleaned_data["name"].strip():
        data = form.cleaned_data
        _run(request, lambda: services.meeting_chair_add(meeting=meeting, name=data["name"], party=data["party"] or None,
                                                         position=data["position"]), f"Chair {data['name'].strip()} added.")
    else:
        messages.error(request, "Give the name of the chair to add.")
    return _back(pk, request)


@require_POST
@editor_view
def meeting_merge(request: HttpRequest, pk: int) -> HttpResponse:
    """Fold another meeting into this one."""
    meeting = get_object_or_404(Meeting, pk=pk)
    form = MergeForm(request.POST)
    other = meeting_by_id(meeting_id=form.cleaned_data["other"]) if form.is_valid() else None
    if other is None:
        messages.error(request, "There is no meeting with that number.")
    else:
        _run(request, lambda: services.meeting_merge(target=meeting, other=other), f"Meeting #{other.pk} merged into this one.")
    return _back(pk, request)


@require_POST
@editor_view
def meeting_split(request: HttpRequest, pk: int) -> HttpResponse:
    """Take one report out of this meeting into a new meeting; go to the new one."""
    meeting = get_object_or_404(Meeting, pk=pk)
    form = SplitForm(request.POST)
    report = meeting.reports.filter(pk=form.cleaned_data["report"]).first() if form.is_valid() else None
    if report is None:
        messages.error(request, "That report is not part of this meeting.")
        return _back(pk, request)
    created: list[Meeting] = []
    if _run(request, lambda: created.append(services.report_split(report=report)), "Report split out into a new meeting."):
        return HttpResponseRedirect(reverse("dialogues:meeting", args=[created[0].pk]))
    return _back(pk, request)


@require_POST
@editor_view
def meeting_review(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept (publish), reject or send back to draft."""
    meeting = get_object_or_404(Meeting, pk=pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose accept, reject or back to draft.")
        return _back(pk, request)
    status = DECISIONS[form.cleaned_data["decision"]]
    _run(request, lambda: services.meeting_review(meeting=meeting, status=status, note=form.cleaned_data["note"]),
         f"Meeting #{pk} {status.label}.")
    if request.headers.get("HX-Request"):
        return HttpResponse(status=204, headers={"HX-Refresh": "true"})
    return _back(pk, request)
