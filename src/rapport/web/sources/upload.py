"""Keep what an editor adds (files, pasted text) in an uploads folder and ingest it from there,
through ``rapport.ingest.runner.ingest_paths`` — the very path ``rapport ingest`` takes, into
``ingest_items`` as every door — so each source's origin names a file that still exists.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

from rapport.ingest.runner import ingest_paths
from rapport.web.core.actor import acting_as
from rapport.web.sources.models import Report

if TYPE_CHECKING:
    from django.contrib.auth.models import User

LOCK_WAIT_SECONDS = 30
"""How long an addition waits for a running ingest (``lock.IngestBusy`` after that)."""
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def uploads_root() -> Path:
    """Beside the SQLite database, or ``~/.rapport/uploads`` with PostgreSQL."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3") and not str(db["NAME"]).startswith(":memory:") and "mode=memory" not in str(db["NAME"]):
        return Path(db["NAME"]).resolve().parent / "uploads"
    return Path.home() / ".rapport" / "uploads"


def _safe_name(name: str) -> str:
    """A file name without folders or odd characters (the suffix kept)."""
    base = _UNSAFE.sub("_", Path(name).name).strip("._") or "upload"
    return base[-120:]


@dataclass
class AddResult:
    """What an addition did: the ingest summary and the meetings its new sources report."""

    counts: dict[str, int]
    rejections: list[str]
    promises: dict[str, int]
    meeting_ids: list[int] = field(default_factory=list)
    folder: str = ""


def save_inputs(*, user: User, files: list[UploadedFile[bytes]], pasted: dict[str, str] | None) -> Path:
    """Write the files and the pasted text (as a one-line JSONL record) into a new folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    folder = uploads_root() / f"{stamp}-{_safe_name(user.get_username())}-{secrets.token_hex(3)}"
    folder.mkdir(parents=True, exist_ok=False)
    for index, upload in enumerate(files):
        target = folder / f"{index:02d}-{_safe_name(upload.name or 'upload.txt')}"
        with target.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
    if pasted and pasted.get("text", "").strip():
        record = {k: v for k, v in pasted.items() if v}
        (folder / "pasted.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    return folder


def ingest_folder(*, folder: Path, user: User) -> AddResult:
    """Ingest everything in ``folder`` as ``user`` and list the meetings of its new sources."""
    with acting_as(user=user, label=None):
        summary = ingest_paths([str(folder)], wait_seconds=LOCK_WAIT_SECONDS)
    c = summary.counts
    counts = {"read": c["read"], "new": c["new"], "duplicate": c["duplicate"] + c["skipped"], "rejected": c["rejected"]}
    meeting_ids = list(
        Report.objects.filter(source__origin__startswith=str(folder))
        .values_list("meeting_id", flat=True).distinct().order_by("meeting_id")
    )
    return AddResult(
        counts=counts,
        rejections=[r.message().replace(str(folder) + "/", "") for r in summary.rejections],
        promises=dict(summary.promises),
        meeting_ids=meeting_ids,
        folder=str(folder),
    )
