"""The Add sources form: uploaded files (type- and size-checked) or pasted text."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator

from rapport.pipeline.fetch import WEB_SCHEMES, binary_kind, validate_published

ALLOWED_SUFFIXES = (".html", ".htm", ".txt", ".jsonl")
MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    """A file input that accepts several files."""

    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field whose cleaned value is a list of files."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(ALLOWED_SUFFIXES)}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile[bytes]]:
        """Each file cleaned by FileField; an empty input is an empty list."""
        items = data if isinstance(data, (list, tuple)) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in items]


def check_upload(upload: UploadedFile[bytes]) -> str | None:
    """Why an uploaded file cannot be ingested (type, size, binary content), or None."""
    name = upload.name or ""
    limit = settings.RAPPORT_MAX_UPLOAD_BYTES
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        return f"{name}: only {', '.join(ALLOWED_SUFFIXES)} files can be added (got {PurePath(name).suffix or 'no extension'})."
    if upload.size is not None and upload.size > limit:
        return f"{name}: {upload.size:,} bytes is over the {limit:,}-byte limit; split it or use `rapport ingest`."
    head = upload.read(8192)
    upload.seek(0)
    if kind := binary_kind(head):
        return f"{name}: this is not text ({kind}); save the page as HTML or text first."
    return None


class AddSourcesForm(forms.Form):
    """Files to upload and/or one pasted readout with its metadata."""

    # The stubs take this for BaseForm.files; the form's metaclass moves fields off the class.
    files = MultipleFileField(required=False, label="Files (.html, .htm, .txt, .jsonl)")  # type: ignore[assignment]
    text = forms.CharField(required=False, widget=forms.Textarea, label="Or paste the text of a readout")
    title = forms.CharField(required=False, max_length=1000)
    outlet = forms.CharField(required=False, max_length=300)
    published = forms.CharField(required=False, max_length=25, help_text="YYYY-MM-DD; relative dates in the text are read against it")
    url = forms.URLField(required=False, max_length=2000, assume_scheme="https",
                         validators=[URLValidator(schemes=list(WEB_SCHEMES))])

    def clean_files(self) -> list[UploadedFile[bytes]]:
        """At most ``MAX_FILES`` files, each of an allowed type and size."""
        files = self.cleaned_data.get("files") or []
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"Add at most {MAX_FILES} files at a time (got {len(files)}).")
        errors = [e for e in (check_upload(f) for f in files) if e]
        if errors:
            raise forms.ValidationError(errors)
        return files

    def clean_published(self) -> str:
        """A date ``YYYY-MM-DD`` or ``YYYY-MM``, or empty."""
        value = self.cleaned_data.get("published", "").strip()
        try:
            return validate_published(value) or ""
        except Exception as error:  # the pipeline's InputError: say what is expected
            raise forms.ValidationError(f"{value!r} is not a date YYYY-MM-DD.") from error

    def clean(self) -> dict[str, Any]:
        """Something must be given: files or text."""
        data = super().clean() or self.cleaned_data
        if not data.get("files") and not (data.get("text") or "").strip() and not self.errors:
            raise forms.ValidationError("Choose files to upload or paste a text.")
        if len((data.get("text") or "").encode()) > settings.RAPPORT_MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The pasted text is over the size limit; upload it as a file.")
        return data
