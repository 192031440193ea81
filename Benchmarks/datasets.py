"""The benchmark's inputs: the shared corpora as files every system reads, full or cut down.

Everything derived (the AG News split, quick-mode subsets, the scaling copies) is written into
one temporary directory that the caller removes; the corpora themselves are never modified.
"""

import hashlib
import json
import os
import random
import shutil
from dataclasses import dataclass, field


@dataclass
class ClassificationData:
    """A train/test pair of JSON Lines files with `label` and `text` fields."""

    name: str
    train: str
    test: str


@dataclass
class ScalingStep:
    """One size of the scaling series: `factor` times the base train and test sets, as files."""

    factor: int
    train: str
    test: str
    train_documents: int
    test_documents: int


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


SCALING_FACTORS = (1, 2, 4, 8, 16, 32)
SCALING_FACTORS_QUICK = (1, 2)


def recombined_document(text, partner, rng):
    """A new document from two of one label: the head of `text` and the tail of `partner`.

    Documents are cut between lines (20news posts keep their header block and paragraphs), or
    between words when either is a single line; the cut falls between 30% and 70% of each.
    """
    own, other = text.split("\n"), partner.split("\n")
    separator = "\n"
    if len(own) < 2 or len(other) < 2:
        own, other, separator = text.split(" "), partner.split(" "), " "
    cut = rng.uniform(0.3, 0.7)
    head = own[:max(1, round(len(own) * cut))]
    tail = other[min(len(other) - 1, round(len(other) * cut)):]
    return separator.join(head + tail)


def write_recombined_copy(records, copy, path, seen):
    """Writes copy number `copy` (1, 2, …) of `records`: one new document per record, with that
    record's label, made by `recombined_document` with a partner of the same label chosen by a
    generator seeded by (copy, index). A document whose text is already in `seen` (hashes of every
    text written so far) is made again with another partner, so no two documents of the series are
    the same; returns how many could not be made distinct in 20 tries (kept, and reported)."""
    by_label = {}
    for index, record in enumerate(records):
        by_label.setdefault(record["label"], []).append(index)
    repeated = 0
    with open(path, "w", encoding="utf-8") as handle:
        for index, record in enumerate(records):
            rng = random.Random(copy * 1_000_003 + index)
            siblings = by_label[record["label"]]
            for _ in range(20):
                partner = records[siblings[rng.randrange(len(siblings))]]["text"]
                text = recombined_document(record["text"], partner, rng)
                digest = hashlib.blake2b(text.encode("utf-8"), digest_size=12).digest()
                if digest not in seen:
                    break
            else:
                repeated += 1
            seen.add(digest)
            handle.write(json.dumps({"label": record["label"], "text": text}, ensure_ascii=False))
            handle.write("\n")
    return repeated


def _concatenate(parts, path):
    with open(path, "wb") as output:
        for part in parts:
            with open(part, "rb") as source:
                shutil.copyfileobj(source, output, 1 << 20)
    return path


def scaling_series(base, directory, factors):
    """The scaling section's inputs: for each factor f, a train and a test file of f times the base
    sets' documents, every one distinct.

    No larger labelled set with 20news's labels exists, so beyond the originals each further
    copy holds new documents recombined from two originals of the same label
    (`write_recombined_copy`); the f-times file is the originals plus copies 1 … f−1, so each
    step contains the one before. The test copies are made the same way from the test set alone.
    """
    steps = []
    for name in ("train", "test"):
        records = [json.loads(line) for line in _read_lines(getattr(base, name))]
        seen = {hashlib.blake2b(record["text"].encode("utf-8"), digest_size=12).digest() for record in records}
        copies = []
        for copy in range(1, max(factors)):
            path = os.path.join(directory, f"{base.name}-{name}-copy{copy}.jsonl")
            repeated = write_recombined_copy(records, copy, path, seen)
            if repeated:
                print(f"datasets: {repeated} documents of {name} copy {copy} repeat an earlier one", flush=True)
            copies.append(path)
        for index, factor in enumerate(factors):
            path = getattr(base, name) if factor == 1 else _concatenate(
                [getattr(base, name), *copies[:factor - 1]],
                os.path.join(directory, f"{base.name}-{name}-x{factor}.jsonl"))
            if name == "train":
                steps.append(ScalingStep(factor, path, "", len(records) * factor, 0))
            else:
                steps[index].test, steps[index].test_documents = path, len(records) * factor
    return steps


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
        scaling = scaling_series(base, directory, SCALING_FACTORS_QUICK if quick else SCALING_FACTORS)

    return BenchmarkData(
        classification=pairs,
        summaries=os.path.join(corpora, "bbc-summary", "all.jsonl"),
        summary_limit=quick_summaries if quick else None,
        scaling=scaling,
        keyphrases=os.path.join(corpora, "keyphrases-news", "duc2001.jsonl"),
        keyphrase_limit=quick_keyphrases if quick else None,
    )
