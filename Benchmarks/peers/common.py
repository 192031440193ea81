"""Helpers every peer script shares, so all peers read, write and report the same way.

Each peer script prints exactly one JSON object on stdout with the field names of Lede's
`lede-microbench` contract; stage times are taken with `time.perf_counter` inside the process,
so interpreter start-up and library imports are not counted (the runner measures them
separately as wall time).
"""

import json
import re
import sys
import time


def read_jsonl(path, limit=None):
    """Returns the records of a JSON Lines file, at most `limit` of them."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def texts_and_labels(records):
    """Splits classification records into parallel text and label lists."""
    return [record["text"] for record in records], [record["label"] for record in records]


def accuracy_and_macro_f1(truth, predicted):
    """Accuracy and macro-averaged F1 over the union of true and predicted labels.

    Same definition as scikit-learn's `f1_score(average="macro")`; written out here so that
    every peer (fastText included) is scored by one function and no metric import is timed.
    """
    labels = sorted(set(truth) | set(predicted))
    true_positive = dict.fromkeys(labels, 0)
    predicted_count = dict.fromkeys(labels, 0)
    true_count = dict.fromkeys(labels, 0)
    correct = 0
    for expected, guess in zip(truth, predicted):
        true_count[expected] += 1
        predicted_count[guess] += 1
        if expected == guess:
            true_positive[expected] += 1
            correct += 1
    f1_sum = 0.0
    for label in labels:
        denominator = true_count[label] + predicted_count[label]
        f1_sum += 2.0 * true_positive[label] / denominator if denominator else 0.0
    return correct / len(truth), f1_sum / len(labels)


# A summary sentence ends at . ! or ? glued directly to the next sentence's capital letter,
# quote or digit. A digit only counts when the terminator does not follow a digit (so "$10.9bn"
# stays whole), and a single capital letter before the full stop is an initial or acronym piece
# ("U.S"), not a sentence end. A quote right after the terminator closes the sentence when the
# sentence has an unclosed quote, and otherwise opens the next one.
_GLUED_BOUNDARY = re.compile(
    r"""(?<![\s.][A-Z])(?<!^[A-Z])[.!?]"""
    r"""(?=["'\u201c\u201d\u2018\u2019]{0,2}[A-Z]|(?<!\d\.)(?<!\d[!?])["\u201d]?\d)"""
)
_QUOTES = "\"\u201c\u201d"


def reference_sentences(summary):
    """Splits a BBC summary whose sentences were glued together without spaces.

    Follows `corpora/bbc-summary/README.md`: cut after a terminator that is directly followed
    by a capital letter, quote or digit. Only the count is used (it sets how many sentences every
    system extracts); ROUGE is computed against the summary string as published.
    """
    pieces = []
    start = 0
    for match in _GLUED_BOUNDARY.finditer(summary):
        end = match.end()
        if end < len(summary) and summary[end] in _QUOTES:
            if sum(summary.count(quote, start, end) for quote in _QUOTES) % 2 == 1:
                end += 1
        if end <= start:
            continue
        pieces.append(summary[start:end].strip())
        start = end
    pieces.append(summary[start:].strip())
    return [piece for piece in pieces if piece]


def article_body(article):
    """The article without its headline (first line): headlines are never candidate sentences."""
    _, _, body = article.partition("\n")
    return body.strip()


def write_candidates(path, candidates):
    """Writes one `{"candidate": ...}` JSON line per summary, in article order.

    This is the summaries file every summariser of the benchmark writes (Lede's
    `lede-microbench summarize --summaries` too); the suite scores all of them afterwards with
    one scorer, so no peer scores its own summaries.
    """
    with open(path, "w", encoding="utf-8") as handle:
        for candidate in candidates:
            handle.write(json.dumps({"candidate": candidate}, ensure_ascii=False))
            handle.write("\n")


def read_candidates(path):
    """The candidate summaries of a summaries file written by `write_candidates`, in order."""
    return [record["candidate"] for record in read_jsonl(path)]


def run_summarizer(arguments, summarize_body):
    """Shared main loop of the summarisation peers.

    `summarize_body(body, count)` returns the chosen sentences (document order) of one article
    body. Only that call is timed as `seconds`; reading the data and writing the summaries file
    are reported separately. The summaries are written to `arguments.summaries`, one line per
    article with the chosen sentences joined by newlines, and scored later by the suite.
    """
    started = time.perf_counter()
    records = read_jsonl(arguments.data, arguments.limit)
    read_seconds = time.perf_counter() - started
    candidates = []
    seconds = 0.0
    for record in records:
        count = len(reference_sentences(record["summary"]))
        body = article_body(record["article"])
        started = time.perf_counter()
        chosen = summarize_body(body, count)
        seconds += time.perf_counter() - started
        candidates.append("\n".join(chosen))
    started = time.perf_counter()
    write_candidates(arguments.summaries, candidates)
    emit({
        "seconds": seconds,
        "articles": len(records),
        "read_seconds": read_seconds,
        "write_seconds": time.perf_counter() - started,
    })


def summarization_arguments(description, extra=None):
    """Parses `--data all.jsonl --summaries OUT.jsonl [--limit N]` (plus peer-specific options)."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", required=True, help="bbc-summary all.jsonl")
    parser.add_argument("--summaries", required=True, help="where to write the summaries (JSON Lines)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    if extra:
        extra(parser)
    return parser.parse_args()


def classification_arguments(description, algorithms=None):
    """Parses `--train T.jsonl --test S.jsonl [--algorithm NAME]`."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    if algorithms:
        parser.add_argument("--algorithm", choices=algorithms, default=algorithms[0])
    return parser.parse_args()


def emit(result):
    """Prints the one JSON object the runner reads."""
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    sys.stdout.flush()


def run_keyword_extractor(arguments, extract):
    """Shared main loop of the keyword peers.

    `extract(text, count)` returns the `count` best keywords of one story (headline, blank line,
    body, as the data gives it), best first. Only that call is timed as `seconds`. The keywords
    are written to `arguments.predictions`, one `{"keywords": [...]}` line per story, and scored
    later by the suite with one scorer.
    """
    started = time.perf_counter()
    records = read_jsonl(arguments.data, arguments.limit)
    read_seconds = time.perf_counter() - started
    predictions = []
    seconds = 0.0
    for record in records:
        started = time.perf_counter()
        keywords = extract(record["article"], 10)
        seconds += time.perf_counter() - started
        predictions.append(keywords)
    with open(arguments.predictions, "w", encoding="utf-8") as handle:
        for keywords in predictions:
            handle.write(json.dumps({"keywords": keywords}, ensure_ascii=False))
            handle.write("\n")
    emit({"seconds": seconds, "stories": len(records), "read_seconds": read_seconds})


def keyword_arguments(description):
    """Parses `--data duc2001.jsonl --predictions OUT.jsonl [--limit N]`."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", required=True, help="keyphrases-news duc2001.jsonl")
    parser.add_argument("--predictions", required=True, help="where to write the keywords (JSON Lines)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    return parser.parse_args()
