#!/usr/bin/env python3
"""Interleaved A/B timing of two `parallax` builds on one corpus.

This VM's speed drifts by about ±10 % from minute to minute, so two builds are
compared run by run, alternating, and each is summarised by its median and
minimum wall time and CPU time (user + system, from the kernel's accounting).

    python3 scripts/ab_time.py OLD_BINARY NEW_BINARY RUNS [CORPUS...]

With no corpus the bundled seeds are collated. Each run is
`BINARY report [CORPUS...] -o <temporary file>`.
"""

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(binary, args, out):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([binary, "report", *args, "-o", out], check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    old, new, runs, corpus = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    times = {old: ([], []), new: ([], [])}
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "report.json")
        for _ in range(runs):
            for binary in (old, new):
                wall, cpu = run_once(binary, corpus, out)
                times[binary][0].append(wall)
                times[binary][1].append(cpu)
    for binary, (walls, cpus) in times.items():
        print(
            f"{binary:40} wall median {statistics.median(walls) * 1e3:8.1f} ms"
            f"  min {min(walls) * 1e3:8.1f} ms"
            f" | cpu median {statistics.median(cpus) * 1e3:8.1f} ms"
            f"  min {min(cpus) * 1e3:8.1f} ms"
        )


if __name__ == "__main__":
    main()
