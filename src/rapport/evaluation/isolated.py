"""Run the extractor built from another copy of its resource files, in a process of its own.

The extractor reads its rules once, when ``rapport.pipeline.extract`` is first imported, from
the package ``rapport.pipeline.resources``. A fresh Python process that resolves that package
to another directory (an import-system finder, installed before anything is imported) builds
the extractor from that directory's files; the code itself is untouched. The parent sends the
documents as JSON on stdin and reads each document's meetings, as contract JSON, on stdout.

Run as ``python -m rapport.evaluation.isolated RESOURCE_DIR``.
"""

from __future__ import annotations

import dataclasses
import importlib.abc
import importlib.machinery
import importlib.util
import json
import subprocess
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from rapport.pipeline.schema import dict_to_meeting, meeting_to_dict
from rapport.pipeline.types import MeetingRecord, RawDocument

RESOURCE_PACKAGE = "rapport.pipeline.resources"


class IsolatedRunError(RuntimeError):
    """The extractor process failed, or did not read the resources it was given."""


def extract_with_resources(
    documents: Sequence[RawDocument], resource_dir: Path
) -> list[tuple[tuple[MeetingRecord, ...], str | None]]:
    """Each document's meetings (and error, or None) by an extractor built from ``resource_dir``."""
    payload = json.dumps([dataclasses.asdict(document) for document in documents])
    command = [sys.executable, "-m", __name__, str(resource_dir)]
    done = subprocess.run(command, input=payload, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise IsolatedRunError(done.stderr.strip() or f"exit status {done.returncode}")
    rows = json.loads(done.stdout)
    return [
        (tuple(dict_to_meeting(meeting) for meeting in row["meetings"]), row["error"])
        for row in rows
    ]


class _ResourceFinder(importlib.abc.MetaPathFinder):
    """Resolves the resource package, and only it, to another directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != RESOURCE_PACKAGE:
            return None
        init = self.directory / "__init__.py"
        if not init.exists():
            init.write_text("", encoding="utf-8")
        return importlib.util.spec_from_file_location(
            fullname, init, submodule_search_locations=[str(self.directory)]
        )


def _main(argv: Sequence[str]) -> int:
    """The child process: install the finder, then extract every document read from stdin."""
    directory = Path(argv[0]).resolve()
    if RESOURCE_PACKAGE in sys.modules:
        print(f"{RESOURCE_PACKAGE} was imported before its directory was set", file=sys.stderr)
        return 3
    sys.meta_path.insert(0, _ResourceFinder(directory))
    # only now: the finder above must serve the resources before the extractor loads them
    from rapport.pipeline.process import process_document

    used = str(resources.files(RESOURCE_PACKAGE))
    if str(directory) not in used:
        print(f"the extractor reads {used}, not {directory}", file=sys.stderr)
        return 3
    rows = []
    for fields in json.load(sys.stdin):
        meetings: list[dict[str, object]] = []
        error = None
        try:
            result = process_document(RawDocument(**fields))
            meetings = [meeting_to_dict(meeting) for meeting in result.meetings]
        except Exception as failure:  # one crash must not hide the other documents
            error = f"{type(failure).__name__}: {failure}"
        rows.append({"meetings": meetings, "error": error})
    json.dump(rows, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
