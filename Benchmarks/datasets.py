"""The benchmark's inputs: the shared corpora as files every system reads, full or cut down.

Everything derived (the AG News split, quick-mode subsets, the scaling copies) is written into
one temporary directory that the caller removes; the corpora themselves are never modified.
"""

import json
import os
from dataclasses import dataclass, field


@dataclass
class ClassificationData:
    """A train/test pair of JSON Lines files with `label` and `text` fields."""

    name: str
    train: str
    test: str


@dataclass
class BenchmarkData:
    """All inputs of one benchmark run."""

    classification: list
    summaries: str
    summary_limit: object
    scaling: list = field(default_factory=list)
    keyphrases: str = ""
    keyphrase_limit: object = None


def _read_lines(path):
    with open(path, encoding="utf-8") as handle:
        return [line for line in handle if line.strip()]


def _write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line if line.endswith("\n") else line + "\n")
    return path


def evenly_spaced(lines, count):
    """`count` lines spread over the whole file, so a subset of a label-sorted corpus keeps every label."""
    if count >= len(lines):
        return list(lines)
    return [lines[index * len(lines) // count] for index in range(count)]


def ag_news_split(corpus_path, directory):
    """AG News has only its official test split here: index % 5 == 4 goes to test, the rest to train.

    Title and description are joined into `text` (headline, blank line, description, the BBC layout).
    """
    train, test = [], []
    for index, line in enumerate(_read_lines(corpus_path)):
        record = json.loads(line)
        joined = {"label": record["label"], "text": record["title"] + "\n\n" + record["text"]}
        (test if index % 5 == 4 else train).append(json.dumps(joined, ensure_ascii=False))
    return (
        _write_lines(os.path.join(directory, "ag-news-train.jsonl"), train),
        _write_lines(os.path.join(directory, "ag-news-test.jsonl"), test),
    )


def prepare(corpora, directory, quick, quick_train=300, quick_test=200, quick_summaries=50, with_scaling=True,
            quick_keyphrases=40):
    """Builds the run's inputs under `directory` from the corpora folder `corpora`; the scaling
    copies (hundreds of MB at full size) only `with_scaling`."""
    missing = [name for name in ("20news", "bbc-news", "ag-news", "bbc-summary")
               if not os.path.isdir(os.path.join(corpora, name))]
    if missing:
        raise SystemExit(f"corpora not found under {corpora}: missing {', '.join(missing)} "
                         "(set LEDE_CORPORA to the shared corpora folder)")

    ag_train, ag_test = ag_news_split(os.path.join(corpora, "ag-news", "test.jsonl"), directory)
    pairs = [
        ClassificationData("20news", os.path.join(corpora, "20news", "train.jsonl"),
                           os.path.join(corpora, "20news", "test.jsonl")),
        ClassificationData("bbc-news", os.path.join(corpora, "bbc-news", "train.jsonl"),
                           os.path.join(corpora, "bbc-news", "test.jsonl")),
        ClassificationData("ag-news", ag_train, ag_test),
    ]
    if quick:
        pairs = [
            ClassificationData(
                pair.name,
                _write_lines(os.path.join(directory, f"{pair.name}-train-quick.jsonl"),
                             evenly_spaced(_read_lines(pair.train), quick_train)),
                _write_lines(os.path.join(directory, f"{pair.name}-test-quick.jsonl"),
                             evenly_spaced(_read_lines(pair.test), quick_test)),
            )
            for pair in pairs
        ]

    scaling = []
    if with_scaling:
        base = pairs[0]
        base_lines = _read_lines(base.train)
        for factor in (1, 2) if quick else (1, 2, 4, 8):
            path = base.train if factor == 1 else _write_lines(
                os.path.join(directory, f"20news-train-x{factor}.jsonl"), base_lines * factor)
            scaling.append((factor, ClassificationData(f"20news x{factor}", path, base.test)))

    return BenchmarkData(
        classification=pairs,
        summaries=os.path.join(corpora, "bbc-summary", "all.jsonl"),
        summary_limit=quick_summaries if quick else None,
        scaling=scaling,
        keyphrases=os.path.join(corpora, "keyphrases-news", "duc2001.jsonl"),
        keyphrase_limit=quick_keyphrases if quick else None,
    )
