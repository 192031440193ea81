"""Start-to-output latency of one command, measured the same way for Lede and for its peers.

`python process_latency.py --repeat N -- COMMAND ARGS…` runs the command once to warm the file
cache (and to let a peer build what it caches, e.g. a pickled model), then N more times, each a
fresh process, and prints one JSON object: median and 90th-percentile wall milliseconds from
process start until it has exited with its output written. A failed run stops the measurement.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time


def timed_run(command):
    """Wall seconds of one run of `command`; raises SystemExit when it fails or prints nothing."""
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0 or not completed.stdout.strip():
        sys.stderr.write(completed.stderr.decode(errors="replace"))
        raise SystemExit(f"`{' '.join(command)}` failed (status {completed.returncode}) or printed nothing")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command to time")
    arguments = parser.parse_args()
    command = arguments.command[1:] if arguments.command[:1] == ["--"] else arguments.command
    if not command:
        raise SystemExit("no command given")
    timed_run(command)
    times = sorted(timed_run(command) * 1000 for _ in range(arguments.repeat))
    print(json.dumps({
        "median_ms": statistics.median(times),
        "p90_ms": times[min(len(times) - 1, int(round(0.9 * (len(times) - 1))))],
        "runs": len(times),
    }))


if __name__ == "__main__":
    main()
