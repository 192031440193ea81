"""Scores every keyword system's predictions with one scorer, after all of them have run.

Each keyword system (Lede's `lede-microbench keywords` and the summa and YAKE peers) writes its
ten keywords per story to a file in the run's work directory, one `{"keywords": [...]}` line per
story, and scores nothing itself. Here every file is scored by `lede-microbench score-keywords`
(Lede's `KeyphraseMatcher`: lower-cased, Porter-stemmed word sequences compared exactly, each
prediction once, P/R/F1 at 5 and 10 averaged over stories). As a check on that scorer, every
story of every file is scored again by `peers/keyphrase_score_sample.py` (the same convention
written independently with NLTK's Porter stemmer); the largest absolute difference in a story's
P, R or F1 at 10 is recorded, and one above `CROSS_CHECK_TOLERANCE` fails the run.
"""

import json
import os
import subprocess
import sys

import measure

HERE = os.path.dirname(os.path.abspath(__file__))
CROSS_CHECK_SCRIPT = os.path.join(HERE, "peers", "keyphrase_score_sample.py")
CROSS_CHECK_TOLERANCE = 1e-9


class ScoringError(Exception):
    """Scoring or the cross-check could not be done."""


def score_with_lede(lede, data, limit, predictions, per_story):
    argv = [lede, "score-keywords", "--data", data, "--predictions", predictions, "--per-story", per_story]
    if limit:
        argv += ["--limit", str(limit)]
    completed = subprocess.run(argv, capture_output=True, text=True)
    result = measure.last_json_object(completed.stdout) if completed.returncode == 0 else None
    if result is None:
        raise ScoringError(f"`{' '.join(argv)}` failed (status {completed.returncode}): "
                           f"{(completed.stderr or completed.stdout).strip()[-2000:]}")
    return result


def cross_check(python, data, per_story_by_system):
    files = [predictions for predictions, _ in per_story_by_system.values()]
    completed = subprocess.run([python, CROSS_CHECK_SCRIPT, "--data", data, *files], capture_output=True, text=True)
    reference = measure.last_json_object(completed.stdout) if completed.returncode == 0 else None
    if reference is None:
        raise ScoringError(f"keyphrase cross-check failed (status {completed.returncode}): "
                           f"{(completed.stderr or completed.stdout).strip()[-2000:]}")
    by_system = {}
    for system, (predictions, per_story) in per_story_by_system.items():
        with open(per_story, encoding="utf-8") as handle:
            ours = [json.loads(line) for line in handle if line.strip()]
        theirs = reference[predictions]
        by_system[system] = max((abs(a - b) for row, other in zip(ours, theirs) for a, b in zip(row, other)), default=0.0)
    return {
        "reference": "peers/keyphrase_score_sample.py (NLTK Porter)",
        "max_abs_difference": max(by_system.values()),
        "max_abs_difference_by_system": by_system,
        "tolerance": CROSS_CHECK_TOLERANCE,
    }


def score_keywords(items, lede, data, limit, python, workdir, peers_run):
    """Scores every keywords measurement that ran and cross-checks the scorer; returns
    `(scoring, failures)` like `summary_scoring.score_summaries`."""
    extracted = [item for item in items if item.verb == "keywords" and not item.error]
    if not extracted:
        return None, 0
    print(f"scoring {len(extracted)} systems' keywords ...", file=sys.stderr, flush=True)
    scoring = {"scorer": "lede-microbench score-keywords (LedeSummarizer KeyphraseMatcher)", "cross_check": None}
    failures = 0
    per_story_by_system = {}
    for item in extracted:
        per_story = os.path.join(workdir, os.path.basename(item.predictions) + ".prf")
        try:
            result = score_with_lede(lede, data, limit, item.predictions, per_story)
        except ScoringError as error:
            item.error = str(error)
            failures += 1
            continue
        item.result.update({key: result[key] for key in ("p_at_5", "r_at_5", "f1_at_5", "p_at_10", "r_at_10", "f1_at_10")})
        per_story_by_system[item.system] = (item.predictions, per_story)
    if not per_story_by_system:
        return scoring, failures
    completed = subprocess.run([python, "-c", "import nltk"], capture_output=True)
    if completed.returncode != 0:
        scoring["cross_check"] = {"skipped": f"nltk is not installed for {python}"}
        return scoring, failures + (1 if peers_run else 0)
    try:
        scoring["cross_check"] = cross_check(python, data, per_story_by_system)
    except ScoringError as error:
        scoring["cross_check"] = {"error": str(error)}
        return scoring, failures + 1
    return scoring, failures


def check_agreement(scoring):
    """The message to fail the run with when the scorers disagree, else None."""
    check = (scoring or {}).get("cross_check") or {}
    difference = check.get("max_abs_difference")
    if difference is None or difference <= CROSS_CHECK_TOLERANCE:
        return None
    return (f"keyphrase cross-check FAILED: Lede's scorer and {check['reference']} differ by up to "
            f"{difference:.3g}: {check['max_abs_difference_by_system']}")
