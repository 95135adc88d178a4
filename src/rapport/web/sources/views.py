"""Pages of sources: a source's clean text with its evidence highlighted; adding sources."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from rapport.ingest.lock import IngestBusy
from rapport.web.accounts.decorators import editor_view, public_view
from rapport.web.core.users import SignedInRequest
from rapport.web.dialogues.selectors import meetings_by_ids
from rapport.web.sources import selectors
from rapport.web.sources.forms import AddSourcesForm
from rapport.web.sources.models import Report
from rapport.web.sources.upload import ingest_folder, save_inputs
from rapport.web.ui.highlight import Highlight, split_text

FIELD_LABELS = {
    "mechanism": "dialogue", "parties": "parties", "round": "round", "date": "date",
    "place": "place", "chairs": "chairs", "themes": "themes", "instruments": "instruments",
    "next_meeting": "next meeting",
}


def report_highlights(report: Report, *, link: bool = True) -> list[Highlight]:
    """The evidence spans of one report, labelled with their field and linked to the meeting."""
    evidence = (report.record or {}).get("evidence") or {}
    meeting_url = reverse("dialogues:meeting", args=[report.meeting_id]) if link and report.meeting_id else ""
    spans = []
    for field, span in evidence.items():
        # Chairs and the like may carry one span or a list of spans.
        for start, end in _spans(span):
            label = FIELD_LABELS.get(field.split(".")[0], field)
            href = f"{meeting_url}#field-{field.split('.')[0]}" if meeting_url else ""
            spans.append(Highlight(start, end, label, href, f"ev-{report.pk}-{field}"))
    return spans


def _spans(value: object) -> list[tuple[int, int]]:
    """``[s, e]`` or ``[[s, e], ...]`` as a list of integer pairs (anything else is skipped)."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return [(int(value[0]), int(value[1]))]
    if isinstance(value, (list, tuple)):
        return [pair for item in value for pair in _spans(item)]
    return []


@public_view
def source_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A source's metadata, its meetings, and its clean text with evidence spans highlighted."""
    source = get_object_or_404(selectors.source_visible(user=request.user, source_id=pk))
    reports = selectors.source_reports(user=request.user, source=source)
    highlights = [h for r in reports for h in report_highlights(r)]
    return render(request, "sources/detail.html", {
        "source": source, "reports": reports, "segments": split_text(source.text, highlights),
    })


@editor_view
def source_add(request: SignedInRequest) -> HttpResponse:
    """Upload files or paste a readout; ingest them as ``rapport ingest`` would; show the summary."""
    result = None
    posted = request.method == "POST"
    form = AddSourcesForm(request.POST, request.FILES) if posted else AddSourcesForm()
    if posted and form.is_valid():
        data = form.cleaned_data
        pasted = {k: data[k] for k in ("text", "title", "outlet", "published", "url")}
        folder = save_inputs(user=request.user, files=data["files"], pasted=pasted)
        try:
            result = ingest_folder(folder=folder, user=request.user)
            form = AddSourcesForm()
        except IngestBusy as error:  # the form keeps what was typed, to send again
            form.add_error(None, str(error))
    meetings = meetings_by_ids(meeting_ids=result.meeting_ids) if result else []
    return render(request, "sources/add.html", {
        "form": form, "result": result, "meetings": meetings,
        "max_mb": settings.RAPPORT_MAX_UPLOAD_BYTES / 1024 / 1024, "max_bytes": settings.DATA_UPLOAD_MAX_MEMORY_SIZE,
    })
