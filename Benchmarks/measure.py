"""Runs one measurement: a fresh subprocess under `/usr/bin/time`, its JSON answer checked.

Peak resident memory, wall time and CPU time come from GNU time's `%M %e %U %S` (written to a
side file so that the program's own stderr is left alone); the program's own stage timings come
from the one JSON object it prints on stdout. CPU time (user + system) is kept because it is far
less inflated than wall time when other work shares the machine.
"""

import json
import os
import subprocess
import tempfile

GNU_TIME = "/usr/bin/time"

# Fields each `lede-microbench` verb (and its peers) must print.
CONTRACT = {
    "vectorize": ("fit_seconds", "transform_seconds", "total_seconds", "features", "nnz"),
    "classify": ("read_seconds", "vectorize_seconds", "train_seconds", "predict_seconds",
                 "total_seconds", "accuracy", "macro_f1", "train_documents", "test_documents"),
    # ROUGE is not part of it: the suite scores every summariser's written summaries afterwards.
    "summarize": ("seconds", "articles"),
    # Likewise keyphrase quality: the suite scores every system's written keywords afterwards.
    "keywords": ("seconds", "stories"),
    # The scaling section: a command that trains a model on a file, and one that applies it to one.
    "train": ("total_seconds", "train_documents"),
    "apply": ("total_seconds", "accuracy", "macro_f1", "test_documents"),
    "latency": ("median_ms", "p90_ms", "runs"),
    "hotpaths": ("tokenizer_mb_per_second", "tfidf_seconds", "similarity_seconds",
                 "pagerank_seconds"),
}


class MeasurementError(Exception):
    """A measured program failed or broke the output contract."""


def last_json_object(stdout):
    """The last line of `stdout` that parses as a JSON object, or None."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                return value
    return None


def run_measured(argv, verb, timeout=1800):
    """Runs `argv` once; returns `(result, peak_mb, wall_seconds, cpu_seconds)` or raises MeasurementError."""
    if not os.access(GNU_TIME, os.X_OK):
        raise MeasurementError(f"{GNU_TIME} is missing (apt-get install time)")
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        try:
            completed = subprocess.run(
                [GNU_TIME, "-o", timing.name, "-f", "%M %e %U %S", *argv],
                capture_output=True, text=True, timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            raise MeasurementError(f"{' '.join(argv)} did not finish within {timeout} s") from None
        figures = timing.read().split()
    command = " ".join(argv)
    if completed.returncode != 0:
        raise MeasurementError(
            f"`{command}` exited with status {completed.returncode}:\n{_tail(completed.stderr or completed.stdout)}")
    result = last_json_object(completed.stdout)
    if result is None:
        raise MeasurementError(
            f"`{command}` printed no JSON object on stdout; it printed:\n{_tail(completed.stdout)}")
    missing = [name for name in CONTRACT[verb] if name not in result]
    if missing:
        raise MeasurementError(f"`{command}` output lacks contract field(s) {', '.join(missing)}: {result}")
    peak_kb, wall, user, system = _time_figures(figures)
    return result, peak_kb / 1024.0, wall, user + system


def _time_figures(figures):
    # GNU time prefixes a "Command exited with non-zero status" line on failure; the figures are last.
    try:
        peak_kb, wall, user, system = (float(figure) for figure in figures[-4:])
    except ValueError:
        raise MeasurementError(f"could not read GNU time's output: {figures}") from None
    return peak_kb, wall, user, system


def _tail(text, lines=15):
    return "\n".join(text.strip().splitlines()[-lines:]) or "(nothing)"
