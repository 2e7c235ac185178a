"""Shared helpers of the peer benchmarks: timing with warm-up and medians.

Not part of the product. Every peer script prints one JSON object on stdout.
"""
import json
import statistics
import sys
import time


def measure(fn, runs=3, warmup=True):
    """Run fn once untimed (when warmup), then runs times; return the median
    wall and CPU seconds (time.process_time: user + system of all threads)."""
    if warmup:
        fn()
    walls, cpus = [], []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    return {"wall_s": statistics.median(walls), "cpu_s": statistics.median(cpus), "runs": runs}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def peak_rss_bytes():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def emit(obj):
    json.dump(obj, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def version(dist):
    from importlib.metadata import version as v
    return v(dist)
