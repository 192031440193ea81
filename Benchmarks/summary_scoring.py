"""Scores every summariser's summaries with one scorer, after all of them have run.

Each summariser (Lede's `lede-microbench summarize` and every peer script) writes its summaries
to a file in the run's work directory, one `{"candidate": ...}` JSON line per article, and
scores nothing itself, so its timed process does only what its time column says. Here every
file is scored by `lede-microbench score-summaries` (Lede's `RougeScorer`: rouge-score's
ROUGE-1/2/L F1 with Porter stemming), so all systems are scored by the same code. As a check on
that scorer, the first `CROSS_CHECK_ARTICLES` articles of every file are scored again with
Google's rouge-score (`peers/rouge_score_sample.py`, in the peers' environment); the largest
absolute difference in F1 is recorded, and one above `CROSS_CHECK_TOLERANCE` fails the run.
"""

import json
import os
import subprocess
import sys

import measure

HERE = os.path.dirname(os.path.abspath(__file__))
CROSS_CHECK_SCRIPT = os.path.join(HERE, "peers", "rouge_score_sample.py")
CROSS_CHECK_ARTICLES = 100
# F1 on rouge-score's 0–1 scale. Lede's tests hold the two scorers to 1e-6; 1e-4 leaves room for
# rounding but not for one token tokenised or stemmed differently, which moves a summary's F1 by
# about 1 / (its token count), 1e-3 or more here.
CROSS_CHECK_TOLERANCE = 1e-4


class ScoringError(Exception):
    """Scoring or the cross-check could not be done, or the scorers disagree."""


def score_with_lede(lede, data, limit, summaries, per_article):
    """Mean ROUGE F1 × 100 of one summaries file by `lede-microbench score-summaries`.

    Writes each article's F1 to `per_article` for the cross-check; returns the printed JSON
    (`rouge1`, `rouge2`, `rougeL`, `articles`, `seconds`).
    """
    argv = [lede, "score-summaries", "--data", data, "--summaries", summaries, "--per-article", per_article]
    if limit:
        argv += ["--limit", str(limit)]
    completed = subprocess.run(argv, capture_output=True, text=True)
    result = measure.last_json_object(completed.stdout) if completed.returncode == 0 else None
    if result is None:
        raise ScoringError(f"`{' '.join(argv)}` failed (status {completed.returncode}): "
                           f"{(completed.stderr or completed.stdout).strip()[-2000:]}")
    return result


def read_f1_rows(path, count):
    """The first `count` `[rouge1, rouge2, rougeL]` rows of a `--per-article` file."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if len(rows) == count:
                break
            rows.append(json.loads(line))
    return rows


def rouge_score_version(python):
    """rouge-score's version in `python`'s environment, or None when it is not installed there."""
    completed = subprocess.run(
        [python, "-c", "import importlib.metadata as m; print(m.version('rouge-score'))"],
        capture_output=True, text=True)
    return completed.stdout.strip() if completed.returncode == 0 else None


def cross_check(python, data, articles, per_article_by_system):
    """Scores the first `articles` articles of each summaries file with rouge-score and compares
    them with Lede's scorer's per-article F1; returns the figures for the results file.

    `per_article_by_system` maps a system's name to `(summaries file, per-article file)`.
    Raises ScoringError when the check cannot run.
    """
    files = [summaries for summaries, _ in per_article_by_system.values()]
    argv = [python, CROSS_CHECK_SCRIPT, "--data", data, "--articles", str(articles), *files]
    completed = subprocess.run(argv, capture_output=True, text=True)
    reference_rows = measure.last_json_object(completed.stdout) if completed.returncode == 0 else None
    if reference_rows is None:
        raise ScoringError(f"rouge-score cross-check failed (status {completed.returncode}): "
                           f"{(completed.stderr or completed.stdout).strip()[-2000:]}")
    by_system = {}
    for system, (summaries, per_article) in per_article_by_system.items():
        expected = reference_rows[summaries]
        actual = read_f1_rows(per_article, len(expected))
        by_system[system] = max(abs(ours - theirs) for row, other in zip(actual, expected)
                                for ours, theirs in zip(row, other))
    return {
        "reference": f"rouge-score {rouge_score_version(python)}",
        "articles_per_system": articles,
        "max_abs_difference_f1": max(by_system.values()),
        "max_abs_difference_f1_by_system": by_system,
        "tolerance": CROSS_CHECK_TOLERANCE,
    }


def score_summaries(items, lede, data, limit, python, workdir, peers_run):
    """Scores every summarize measurement that ran and cross-checks the scorer.

    Fills in `rouge1`, `rouge2` and `rougeL` of each item's result (marking an item failed when
    its file cannot be scored) and returns `(scoring, failures)`: the `summary_scoring` section of
    the results (None when nothing was summarised) and how many items or checks failed. Without
    rouge-score in `python`'s environment the cross-check is skipped, which is a failure only when
    peers run (their environment has it).
    """
    summarized = [item for item in items if item.verb == "summarize" and not item.error]
    if not summarized:
        return None, 0
    print(f"scoring {len(summarized)} systems' summaries ...", file=sys.stderr, flush=True)
    scoring = {"scorer": "lede-microbench score-summaries (LedeSummarizer RougeScorer, use_stemmer)",
               "cross_check": None}
    failures = 0
    per_article_by_system = {}
    for item in summarized:
        per_article = os.path.join(workdir, os.path.basename(item.summaries) + ".f1")
        try:
            result = score_with_lede(lede, data, limit, item.summaries, per_article)
        except ScoringError as error:
            item.error = str(error)
            failures += 1
            print(f"scoring {item.system} FAILED: {error}", file=sys.stderr, flush=True)
            continue
        if result["articles"] != item.result.get("articles"):
            item.error = (f"scored {result['articles']} articles but the summariser reported "
                          f"{item.result.get('articles')}")
            failures += 1
            continue
        item.result.update(rouge1=result["rouge1"], rouge2=result["rouge2"], rougeL=result["rougeL"],
                           scoring_seconds=result["seconds"])
        per_article_by_system[item.system] = (item.summaries, per_article)
    if not per_article_by_system:
        return scoring, failures

    if not rouge_score_version(python):
        scoring["cross_check"] = {"skipped": f"rouge-score is not installed for {python}"}
        print(f"ROUGE cross-check skipped: {scoring['cross_check']['skipped']}", file=sys.stderr, flush=True)
        return scoring, failures + (1 if peers_run else 0)
    try:
        articles = min(CROSS_CHECK_ARTICLES, *(item.result["articles"] for item in summarized))
        scoring["cross_check"] = cross_check(python, data, articles, per_article_by_system)
    except ScoringError as error:
        scoring["cross_check"] = {"error": str(error)}
        print(f"ROUGE cross-check FAILED: {error}", file=sys.stderr, flush=True)
        return scoring, failures + 1
    print(f"ROUGE cross-check against {scoring['cross_check']['reference']}: largest difference "
          f"{scoring['cross_check']['max_abs_difference_f1']:.1e}", file=sys.stderr, flush=True)
    return scoring, failures


def check_agreement(scoring):
    """The message to fail the run with when the scorers disagree beyond the tolerance, else None."""
    check = (scoring or {}).get("cross_check") or {}
    difference = check.get("max_abs_difference_f1")
    if difference is None or difference <= CROSS_CHECK_TOLERANCE:
        return None
    return (f"ROUGE cross-check FAILED: Lede's scorer and {check['reference']} differ by up to "
            f"{difference:.3g} F1 on the first {check['articles_per_system']} articles "
            f"(tolerance {CROSS_CHECK_TOLERANCE:g}): {check['max_abs_difference_f1_by_system']}")
