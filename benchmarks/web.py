"""Latency of the web pages on a large synthetic database.

Builds (or reuses, with ``--db``) a SQLite database of 10,000 meetings from 50,000 sources,
bulk-created, then times the dialogue, meeting and search pages through Django's test client
and prints the median and 95th percentile of each.

    .venv/bin/python benchmarks/web.py                   # build in a temp folder, then time
    .venv/bin/python benchmarks/web.py --db /tmp/big.sqlite3 --requests 200
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


def _setup(db: Path) -> None:
    """Point Django at ``db`` (SQLite) and start it."""
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


def main() -> int:
    """Build if needed, warm up, time each page kind, and exit 1 if any p95 misses the target."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, help="SQLite file to build or reuse (default: a temp folder)")
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=100, help="requests per page kind")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="rapport-bench-")) / "web.sqlite3"
    fresh = not db.exists()
    _setup(db)
    from web_data import build

    if fresh:
        started = time.perf_counter()
        build(meetings=args.meetings, sources=args.sources, seed=args.seed)
        print(f"built {db} in {time.perf_counter() - started:.1f} s")
    from django.test import Client
    from web_data import WORDS

    from rapport.web.dialogues.models import Mechanism, Meeting

    rng = random.Random(args.seed)
    mechanisms = list(Mechanism.objects.values_list("pk", flat=True))
    meetings = list(Meeting.objects.filter(published=True).values_list("pk", flat=True))
    n = args.requests
    pages = {
        "dialogue page": [f"/dialogues/{rng.choice(mechanisms)}/" for _ in range(n)],
        "meeting page": [f"/meetings/{rng.choice(meetings)}/" for _ in range(n)],
        "search page": [f"/search/?q={rng.choice(WORDS)}+{rng.choice(WORDS)}" for _ in range(n)],
        "search, filtered": [f"/search/?q={rng.choice(WORDS)}&year={rng.randint(2005, 2025)}" for _ in range(n)],
        "home page": ["/"] * max(10, n // 5),
        "dialogue list": ["/dialogues/"] * max(10, n // 5),
    }
    client = Client()
    _time(client, [urls[0] for urls in pages.values()])  # warm caches and the FTS index
    print(f"{Meeting.objects.count()} meetings, {len(mechanisms)} dialogues; anonymous visitor")
    results = [_report(name, _time(client, urls)) for name, urls in pages.items()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
