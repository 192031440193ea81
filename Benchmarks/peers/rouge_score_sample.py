"""Google's rouge-score on the first articles of summaries files: the cross-check of the one scorer.

The suite scores every summariser's summaries with Lede's `RougeScorer`
(`lede-microbench score-summaries`). To show that scorer agrees with the reference
implementation, `python rouge_score_sample.py --data all.jsonl --articles 100 FILE…` scores the
first `--articles` summaries of each summaries file exactly as the peers scored themselves before
scoring moved out of their processes — `RougeScorer(["rouge1", "rouge2", "rougeL"],
use_stemmer=True).score(reference, candidate)` — and prints one JSON object mapping each file
to its per-article `[rouge1, rouge2, rougeL]` F1 (0–1 scale). Not a measurement.
"""

import argparse
import json

from rouge_score import rouge_scorer

import common

VARIANTS = ("rouge1", "rouge2", "rougeL")


def f1_rows(scorer, references, candidates):
    """Per-article `[rouge1, rouge2, rougeL]` F1 of each candidate against its reference."""
    rows = []
    for reference, candidate in zip(references, candidates):
        scores = scorer.score(reference, candidate)
        rows.append([scores[variant].fmeasure for variant in VARIANTS])
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="bbc-summary all.jsonl")
    parser.add_argument("--articles", type=int, required=True, help="how many leading articles to score")
    parser.add_argument("summaries", nargs="+", help="summaries files written by the summarisers")
    arguments = parser.parse_args()

    references = [record["summary"] for record in common.read_jsonl(arguments.data, arguments.articles)]
    scorer = rouge_scorer.RougeScorer(list(VARIANTS), use_stemmer=True)
    rows_by_file = {}
    for path in arguments.summaries:
        candidates = common.read_candidates(path)[:arguments.articles]
        if len(candidates) < len(references):
            raise SystemExit(f"{path}: {len(candidates)} summaries, fewer than the {len(references)} to check")
        rows_by_file[path] = f1_rows(scorer, references, candidates)
    common.emit(rows_by_file)


if __name__ == "__main__":
    main()
