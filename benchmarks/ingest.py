"""Ingest throughput: in-process against a Dask LocalCluster, and time per chunk as the store grows.

Usage:
  python benchmarks/ingest.py [--docs 3000] [--workers 2] [--repeat 3]  # documents/second, speed-up
  python benchmarks/ingest.py --grow 200000 [--chunk 10000] [--dask local:2]

The database is PostgreSQL when RAPPORT_DATABASE_URL is set (each measurement gets a fresh
database on that server), else a fresh SQLite file. The corpus comes from ``make_corpus.py``.
Each measurement runs in a child process (a clean Django, and the ``__main__`` guard Dask
needs); schema creation and cluster start-up are timed apart from the ingest itself.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import make_corpus

HERE = Path(__file__).resolve()


def machine() -> str:
    """One line naming this machine: platform, Python, CPU count and model."""
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), "")
    return (f"{platform.platform()}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs{' (' + model + ')' if model else ''}, load {_load()}")


def _machine_cpu() -> tuple[float, float, float]:
    """(busy, total, stolen) CPU-seconds of the whole machine so far, from /proc/stat (zeros elsewhere).

    The workers, the writer and the database server are separate processes: only the machine's
    counters show how much CPU a measurement used in all, and how busy it kept the cores.
    "Stolen" is time a virtual machine's cores were runnable but the host ran something else;
    it counts as busy here, and explains a run that needed far more CPU-seconds than its twin.
    """
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0, 0.0, 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    steal = fields[7] if len(fields) > 7 else 0
    return (sum(fields[:8]) - idle) / ticks, sum(fields[:8]) / ticks, steal / ticks


def _load() -> str:
    """The 1-minute load average: other processes on the machine skew every figure below."""
    return f"{os.getloadavg()[0]:.2f}"


def _fresh_database(workdir: Path, name: str) -> dict[str, str]:
    """Environment variables naming a new, empty database for one measurement."""
    url = os.environ.get("RAPPORT_DATABASE_URL", "")
    if not url:
        return {"RAPPORT_DB": str(workdir / f"{name}.sqlite3")}
    import psycopg

    base, _, _ = url.rpartition("/")
    database = f"bench_{name}_{os.getpid()}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{database}"')
        conn.execute(f'CREATE DATABASE "{database}"')
    return {"RAPPORT_DATABASE_URL": f"{base}/{database}"}


def _child(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """Run this script as a child measurement and return the JSON it prints last."""
    done = subprocess.run([sys.executable, str(HERE), *args], env={**os.environ, **env},
                          check=True, stdout=subprocess.PIPE, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def measure(paths: list[str], dask: str | None, batch_size: int) -> dict[str, Any]:
    """In the child: migrate, then ingest ``paths`` (on ``dask`` when given) and time each part."""
    from rapport.cli.django_setup import setup_django

    setup_django()
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    migrated = time.perf_counter()
    return _ingest(paths, dask, batch_size) | {"migrate_s": migrated - started}


def _timed_store(result: dict[str, Any]) -> None:
    """Count the seconds spent writing batches (``store.store_batch``) into ``result['store_s']``."""
    from rapport.ingest import store

    original = store.store_batch
    result["store_s"] = result["store_cpu_s"] = 0.0

    def timed(**kwargs: Any) -> Any:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            return original(**kwargs)
        finally:
            result["store_s"] += time.perf_counter() - started
            result["store_cpu_s"] += time.process_time() - cpu  # this process only, not the server

    store.store_batch = timed  # both runners import it from the module at call time


def _ingest(paths: list[str], dask: str | None, batch_size: int) -> dict[str, Any]:
    from rapport.ingest.runner import ingest_paths
    from rapport.web.core.actor import acting_as

    result: dict[str, Any] = {}
    _timed_store(result)
    with acting_as(label="bench:ingest"):
        if dask is None:
            started, cpu_at_start = time.perf_counter(), _machine_cpu()
            summary = ingest_paths(paths, batch_size=batch_size)
        else:
            from rapport.ingest.dask_runner import dask_client, ingest_paths_dask, parse_cluster

            booting = time.perf_counter()
            with dask_client(parse_cluster(dask)) as client:
                client.run(_warm_up)  # import the pipeline on every worker, as a long run would
                started, cpu_at_start = time.perf_counter(), _machine_cpu()
                result["cluster_s"] = started - booting
                summary = ingest_paths_dask(paths, client=client, batch_size=batch_size)
    busy, total, stolen = _machine_cpu()
    result.update(seconds=time.perf_counter() - started, counts=dict(summary.counts),
                  cpu_s=busy - cpu_at_start[0], busy=(busy - cpu_at_start[0]) / max(1e-9, total - cpu_at_start[1]),
                  stolen_s=stolen - cpu_at_start[2])
    return result


def _warm_up() -> None:
    from rapport.ingest.batches import extract_one
    from rapport.pipeline.types import RawDocument

    extract_one(RawDocument(origin="-", text="warm-up: the EU-Kazakhstan Human Rights Dialogue."))


def extraction_rate(path: str, limit: int = 400) -> float:
    """In the child: documents/second of extraction alone (no database), after a warm-up."""
    from rapport.ingest.batches import extract_batch
    from rapport.pipeline.fetch import iter_jsonl
    from rapport.pipeline.types import RawDocument

    raws = [item for item in iter_jsonl(path) if isinstance(item, RawDocument)][:limit]
    extract_batch(raws[:5])
    started = time.perf_counter()
    extract_batch(raws)
    return len(raws) / (time.perf_counter() - started)


def speed(args: argparse.Namespace, workdir: Path) -> None:
    """Documents/second in-process and on a LocalCluster, and the speed-up."""
    corpus = workdir / "corpus.jsonl"
    with corpus.open("wb") as handle:
        make_corpus.write_jsonl(make_corpus.iter_documents(args.docs, args.seed), handle)
    extract = _child(["--child-extract", str(corpus)], {})["rate"]
    print(f"extraction alone (1 process, no database): {extract:8.1f} documents/s")
    ways = (("in-process", None), (f"dask local:{args.workers}", f"local:{args.workers}"))
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in ways}
    for round_number in range(1, args.repeat + 1):
        # The two ways alternate, so that a slow spell of a shared machine hits both alike.
        for label, dask in ways:
            env = _fresh_database(workdir, label.split()[0].replace("-", "_"))
            extra = ["--child-dask", dask] if dask else []
            out = _child(["--child-ingest", str(corpus), "--batch-size", str(args.batch_size), *extra], env)
            runs[label].append(out)
            boot = f", cluster start {out['cluster_s']:.1f} s apart" if "cluster_s" in out else ""
            print(f"round {round_number}: {label:<16} {args.docs / out['seconds']:8.1f} documents/s "
                  f"({args.docs} in {out['seconds']:.1f} s, writing {out['store_s']:.1f} s{boot}; "
                  f"{out['cpu_s']:.1f} CPU-seconds in all processes ({out['stolen_s']:.1f} stolen), "
                  f"cores {out['busy']:.0%} busy) "
                  f"{out['counts']}", flush=True)
    (inproc, inproc_runs), (dask_label, dask_runs) = runs.items()
    seconds = {label: statistics.median(out["seconds"] for out in outs) for label, outs in runs.items()}
    ratios = [a["seconds"] / b["seconds"] for a, b in zip(inproc_runs, dask_runs, strict=True)]
    print(f"median of {args.repeat}: in-process {args.docs / seconds[inproc]:.1f} documents/s, "
          f"{dask_label} {args.docs / seconds[dask_label]:.1f} documents/s")
    print(f"speed-up: {seconds[inproc] / seconds[dask_label]:.2f}x with {args.workers} workers "
          f"(ratio of the medians; round by round {min(ratios):.2f}x to {max(ratios):.2f}x)")
    # With every core busy, a run can be no faster than its CPU-seconds shared among them.
    cpu = statistics.median(out["cpu_s"] for out in dask_runs)
    bound = seconds[inproc] / (cpu / (os.cpu_count() or 1))
    print(f"bound on this machine: {bound:.2f}x (the Dask runs' median CPU-seconds spread over "
          f"{os.cpu_count()} fully busy cores)")


def grow(args: argparse.Namespace, workdir: Path) -> None:
    """Seconds per chunk of ``--chunk`` documents as the store grows to ``--grow`` documents."""
    chunks = []
    docs = make_corpus.iter_documents(args.grow, args.seed)
    for index in range(0, args.grow, args.chunk):
        path = workdir / f"chunk-{index // args.chunk + 1:03d}.jsonl"
        with path.open("wb") as handle:
            make_corpus.write_jsonl((next(docs) for _ in range(min(args.chunk, args.grow - index))), handle)
        chunks.append(path)
    env = _fresh_database(workdir, "grow")
    print(f"database: {'PostgreSQL' if 'RAPPORT_DATABASE_URL' in env else 'SQLite'}; "
          f"{'dask ' + args.dask if args.dask else 'in-process'}; chunks of {args.chunk}", flush=True)
    times: list[float] = []
    stores: list[float] = []
    cpus: list[float] = []
    for number, path in enumerate(chunks, 1):
        extra = ["--child-dask", args.dask] if args.dask else []
        out = _child(["--child-ingest", str(path), "--batch-size", str(args.batch_size), *extra], env)
        times.append(out["seconds"])
        stores.append(out["store_s"])
        cpus.append(out["store_cpu_s"])
        print(f"chunk {number:3d}: {out['seconds']:7.1f} s ({args.chunk / out['seconds']:5.1f} docs/s), "
              f"writing {out['store_s']:6.1f} s (writer CPU {out['store_cpu_s']:6.1f} s); "
              f"store holds {number * args.chunk:>7} docs; load {_load()}; {out['counts']}", flush=True)
        print(f"  last/first chunk: {times[-1] / times[0]:.2f} (total), {stores[-1] / stores[0]:.2f} "
              f"(writing), {cpus[-1] / cpus[0]:.2f} (writer CPU)", flush=True)
    print(f"store kept for the web benchmark: {env.get('RAPPORT_DATABASE_URL') or env['RAPPORT_DB']}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen benchmark (or one child measurement)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="corpus size for the speed test")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the speed test (median taken)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=100, help="documents per transaction")
    parser.add_argument("--grow", type=int, metavar="N", help="time chunks while ingesting N documents")
    parser.add_argument("--chunk", type=int, default=10_000, help="documents per chunk (--grow)")
    parser.add_argument("--dask", metavar="CLUSTER", help="--grow on a cluster (local:2, tcp://...)")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (corpus, SQLite files)")
    parser.add_argument("--child-ingest", help=argparse.SUPPRESS)
    parser.add_argument("--child-dask", help=argparse.SUPPRESS)
    parser.add_argument("--child-extract", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_extract:
        print(json.dumps({"rate": extraction_rate(args.child_extract)}))
        return 0
    if args.child_ingest:
        print(json.dumps(measure([args.child_ingest], args.child_dask, args.batch_size)))
        return 0
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="rapport-bench-") as scratch:
        workdir = Path(args.keep or scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        if args.grow:
            grow(args, workdir)
        else:
            speed(args, workdir)
    print(f"load average at the end: {_load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
