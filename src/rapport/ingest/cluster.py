"""Where ``rapport ingest --dask`` extracts: the cluster an option names, read without Dask or Django."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterSpec:
    """Where to extract: ``workers`` local processes, or the scheduler at ``address``."""

    address: str | None = None
    workers: int | None = None


def parse_cluster(spec: str) -> ClusterSpec:
    """``local``, ``local:N`` or ``tcp://HOST:PORT`` as a ClusterSpec; ValueError saying what is wrong."""
    text = spec.strip()
    if text == "local":
        return ClusterSpec(workers=os.cpu_count() or 1)
    if text.startswith("local:"):
        count = text.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--dask {spec!r}: after 'local:' give a number of workers, e.g. local:2")
        return ClusterSpec(workers=int(count))
    if "://" in text and text.split("://", 1)[1]:
        return ClusterSpec(address=text)
    raise ValueError(f"--dask {spec!r}: use local, local:N or the scheduler's address tcp://HOST:PORT")
