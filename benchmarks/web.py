"""Latency of the web pages on a large synthetic database.

Builds (or reuses, with ``--db``) a SQLite database of 10,000 meetings from 50,000 sources,
bulk-created, then times the dialogue, meeting and search pages through Django's test client
and prints the median and 95th percentile of each. ``--database-url`` times an existing
PostgreSQL database instead, such as the one ``ingest.py --grow`` fills; where no meeting is
published yet (a fresh ingest), the pages are timed for a signed-in editor, who sees drafts.

    .venv/bin/python benchmarks/web.py                   # build in a temp folder, then time
    .venv/bin/python benchmarks/web.py --db /tmp/big.sqlite3 --requests 200
    .venv/bin/python benchmarks/web.py --database-url postgresql://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_P95_MS = 200.0


def _setup(db: Path | None, url: str | None = None) -> None:
    """Point Django at ``db`` (SQLite) or the PostgreSQL database at ``url``, and start it."""
    if url:
        os.environ["RAPPORT_DATABASE_URL"] = url
    else:
        os.environ["RAPPORT_DB"] = str(db)
        os.environ.pop("RAPPORT_DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rapport.web.settings")
    import django

    django.setup()


def _time(client: object, urls: list[str]) -> list[float]:
    """Milliseconds per GET, failing loudly on anything but 200."""
    times = []
    for url in urls:
        start = time.perf_counter()
        response = client.get(url)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"GET {url} answered {response.status_code}")
    return times


def _report(name: str, times: list[float]) -> bool:
    """Print median and p95; True when p95 meets the target."""
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    ok = p95 < TARGET_P95_MS
    print(f"{name:<22} n={len(times):<4} median {statistics.median(times):7.1f} ms   p95 {p95:7.1f} ms   {'ok' if ok else 'SLOW'}")
    return ok


def _editor() -> object:
    """A benchmark user with the editor role (created once)."""
    from django.contrib.auth import get_user_model

    from rapport.web.accounts.roles import EDITOR, set_role

    user, _ = get_user_model().objects.get_or_create(username="benchmark-editor")
    set_role(user, EDITOR)
    return user


def main() -> int:
    """Build if needed, warm up, time each page kind, and exit 1 if any p95 misses the target."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="SQLite file to build or reuse (default: a temp folder)")
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=100, help="requests per page kind")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", help="time this existing PostgreSQL database (nothing is built)")
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="rapport-bench-")) / "web.sqlite3"
    fresh = not args.database_url and not db.exists()
    _setup(db, args.database_url)
    from web_data import build

    if fresh:
        started = time.perf_counter()
        build(meetings=args.meetings, sources=args.sources, seed=args.seed)
        print(f"built {db} in {time.perf_counter() - started:.1f} s")
    from django.test import Client
    from web_data import WORDS

    from rapport.web.dialogues.models import Mechanism, Meeting

    rng = random.Random(args.seed)
    meetings = list(Meeting.objects.filter(published=True).values_list("pk", flat=True))
    # A visitor sees the dialogues with a published round; the others answer 404 to them.
    mechanisms = list(Mechanism.objects.filter(meetings__published=True).distinct().values_list("pk", flat=True))
    client = Client()
    visitor = "anonymous visitor"
    if not meetings:  # a fresh ingest publishes nothing: time the pages as an editor sees them
        client.force_login(_editor())
        meetings, visitor = list(Meeting.objects.values_list("pk", flat=True)), "signed-in editor (drafts shown)"
        mechanisms = list(Mechanism.objects.values_list("pk", flat=True))
    n = args.requests
    pages = {
        "dialogue page": [f"/dialogues/{rng.choice(mechanisms)}/" for _ in range(n)],
        "meeting page": [f"/meetings/{rng.choice(meetings)}/" for _ in range(n)],
        "search page": [f"/search/?q={rng.choice(WORDS)}+{rng.choice(WORDS)}" for _ in range(n)],
        "search, filtered": [f"/search/?q={rng.choice(WORDS)}&year={rng.randint(2005, 2025)}" for _ in range(n)],
        "home page": ["/"] * max(10, n // 5),
        "dialogue list": ["/dialogues/"] * max(10, n // 5),
    }
    _time(client, [urls[0] for urls in pages.values()])  # warm caches and the FTS index
    print(f"{Meeting.objects.count()} meetings, {len(mechanisms)} dialogues; {visitor}")
    results = [_report(name, _time(client, urls)) for name, urls in pages.items()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
