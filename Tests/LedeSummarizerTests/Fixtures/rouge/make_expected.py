#!/usr/bin/env python3
"""Writes expected.jsonl: Google rouge-score's tokens and rouge1/rouge2/rougeL/rougeLsum scores for every
pair in cases.jsonl, with and without the Porter stemmer.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install rouge-score
    /tmp/venv/bin/python make_expected.py

Each output line is {"id", "stemmed": {...}, "unstemmed": {...}}, where each mode holds
"candidate_tokens", "reference_tokens" and, per ROUGE type, [precision, recall, f1].
Floats are written with repr, so they round-trip exactly.
"""
import json
import os
from importlib.metadata import version

from rouge_score import rouge_scorer, tokenizers

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def mode(use_stemmer, candidate, reference):
    scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=use_stemmer)
    tokenizer = tokenizers.DefaultTokenizer(use_stemmer=use_stemmer)
    # rouge-score's argument order is (target, prediction): the reference comes first.
    scores = scorer.score(reference, candidate)
    result = {
        "candidate_tokens": tokenizer.tokenize(candidate),
        "reference_tokens": tokenizer.tokenize(reference),
    }
    for name in TYPES:
        s = scores[name]
        result[name] = [s.precision, s.recall, s.fmeasure]
    return result


def main():
    with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
        cases = [json.loads(line) for line in f if line.strip()]
    path = os.path.join(HERE, "expected.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for case in cases:
            record = {
                "id": case["id"],
                "stemmed": mode(True, case["candidate"], case["reference"]),
                "unstemmed": mode(False, case["candidate"], case["reference"]),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {path} (rouge-score {version('rouge-score')}, nltk {version('nltk')})")


if __name__ == "__main__":
    main()
