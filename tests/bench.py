"""make bench: run every benchmark in tests/benchmarks, each in its own process.

Each module ``tests/benchmarks/bench_<topic>.py`` defines ``run(bench)``; it
times its own code and, in the same process, a baseline (QGIS's native
algorithm or a naive reference) and reports both, so the printed ratio does
not depend on how fast this machine is today. Peak memory is the child
process's maximum resident set size, checked against the module's ``PEAK_MEMORY_GOAL_MB`` when it
has one.

    make bench                      # all
    make bench BENCH_ARGS=network   # modules whose name contains "network"
"""

import importlib.util
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH_DIR = HERE / "benchmarks"


class Bench:
    """What a benchmark module reports through."""

    def __init__(self, module_name):
        self.module_name = module_name
        self.shared_data = HERE.parent.parent / "shared" / "data"

    @staticmethod
    def time(function, *args, repeat=1, **kwargs):
        """Best wall time of ``repeat`` calls, and the last result."""
        best = float("inf")
        result = None
        for _ in range(repeat):
            start = time.perf_counter()
            result = function(*args, **kwargs)
            best = min(best, time.perf_counter() - start)
        return best, result

    def report(self, what, seconds, baseline=None, baseline_name="", goal=None, goal_ratio=None):
        """One line: the measure, the baseline and their ratio, and the goal when there is one (``goal``
        in seconds, or ``goal_ratio``: at least so many times faster than the baseline)."""
        line = f"{self.module_name:<18} {what:<58} {seconds:9.3f} s"
        ratio = None
        if baseline is not None:
            ratio = baseline / seconds if seconds > 0 else float("inf")
            comparison = f"{ratio:7.1f}x faster" if ratio >= 1 else f"{1 / ratio:7.1f}x slower"
            line += f"   baseline {baseline_name}: {baseline:8.3f} s   {comparison}"
        if goal is not None:
            line += f"   goal <= {goal:g} s: {'met' if seconds <= goal else 'MISSED'}"
        if goal_ratio is not None and ratio is not None:
            line += f"   goal >= {goal_ratio:g}x: {'met' if ratio >= goal_ratio else 'MISSED'}"
        print(line, flush=True)

    def note(self, text):
        print(f"{self.module_name:<18} {text}", flush=True)

    def memory(self, what, megabytes, goal_mb=None):
        """A note of ``megabytes`` measured, and whether the goal (at most ``goal_mb``) is met."""
        line = f"{what}: {megabytes:.0f} MB"
        if goal_mb is not None:
            line += f"   goal <= {goal_mb:g} MB: {'met' if megabytes <= goal_mb else 'NOT met'}"
        self.note(line)


def peak_memory_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_one(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bench = Bench(path.stem.replace("bench_", ""))
    module.run(bench)
    goal = getattr(module, "PEAK_MEMORY_GOAL_MB", None)
    bench.memory("peak memory (max RSS of this benchmark's process)", peak_memory_mb(), goal)


def main(argv):
    if len(argv) == 2 and argv[0] == "--one":
        run_one(Path(argv[1]))
        return 0
    modules = sorted(BENCH_DIR.glob("bench_*.py"))
    if argv:
        modules = [path for path in modules if any(word in path.stem for word in argv)]
    if not modules:
        print("bench: no benchmark matches", argv)
        return 1
    failed = []
    for path in modules:
        print(f"--- {path.stem}", flush=True)
        code = subprocess.call([sys.executable, "-P", __file__, "--one", str(path)], env=os.environ.copy())
        if code:
            failed.append(path.stem)
    if failed:
        print("bench: failed:", ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
