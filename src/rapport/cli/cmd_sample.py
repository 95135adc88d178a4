"""``rapport sample``: load the bundled sample corpus and publish its meetings (idempotent)."""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

from rapport.cli.django_setup import setup_django

HELP = "create the schema, ingest the bundled sample corpus and publish its meetings (safe to re-run)"
EXAMPLE = "rapport --db demo.sqlite3 sample && rapport --db demo.sqlite3 serve"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options: the database comes from --db or RAPPORT_DATABASE_URL."""


def sample_paths() -> list[str]:
    """The sample corpus and its raw pages, as paths inside the installed package."""
    root = Path(str(resources.files("rapport").joinpath("sample")))
    return [str(root / "corpus.jsonl"), str(root / "pages")]


def publish_sample_meetings(paths: list[str]) -> int:
    """Confirm every draft meeting reported by a sample source; return how many were confirmed."""
    # Django's models import only once setup_django() has configured Django
    from django.db.models import Q

    from rapport.web.dialogues.models import Meeting, ReviewStatus
    from rapport.web.dialogues.services import meeting_review

    from_sample = Q()
    for path in paths:
        from_sample |= Q(reports__source__origin__startswith=path)
    drafts = Meeting.objects.filter(from_sample, review_status=ReviewStatus.DRAFT).distinct()
    count = 0
    for meeting in drafts:
        meeting_review(meeting=meeting, status=ReviewStatus.CONFIRMED, note="sample corpus")
        count += 1
    return count


def run(args: argparse.Namespace) -> int:
    """Migrate, ingest the sample through the same path as ``rapport ingest``, publish."""
    setup_django(schema=False)
    # Django's models import only once setup_django() has configured Django
    from django.core.management import call_command

    from rapport.ingest.runner import ingest_paths
    from rapport.web.core.actor import acting_as

    call_command("migrate", interactive=False, verbosity=0)
    paths = sample_paths()
    with acting_as(label="cli:sample"):
        summary = ingest_paths(paths)
        published = publish_sample_meetings(paths)
    c = summary.counts
    print(f"read {c['read']}, new {c['new']}, duplicate {c['duplicate'] + c['skipped']} "
          f"({c['skipped']} done in an earlier run), rejected {c['rejected']}")
    for rejection in summary.rejections:
        print(f"rejected {rejection.message()}")
    print(f"published {published} meeting(s); run `rapport serve` and open http://127.0.0.1:8000/")
    return 0
