"""Lede's side of the scaling section: the `lede` command a user runs, timed, with the contract JSON.

    python lede_scale.py train --lede PATH --data TRAIN.jsonl --model OUT [lede train options…]
    python lede_scale.py classify --lede PATH --model MODEL --data TEST.jsonl --predictions OUT.jsonl

`train` runs `lede train DATA -o MODEL` (streaming: it reads the data in bounded batches);
`classify` runs `lede classify -m MODEL --format jsonl DATA`, its output going to a file. Each
prints one JSON object with `total_seconds` (the command, process start to exit) and, for
`classify`, accuracy and macro-F1 computed afterwards, line by line, from the predictions and the
data's labels (peers/common.py's definitions). The peak memory the suite reads from GNU time is
that of the largest process, which is `lede` (this wrapper stays under 20 MB: it holds only
labels).
"""

import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "peers"))
import common  # noqa: E402


def count_lines(path):
    """Non-blank lines of a JSON Lines file: its documents."""
    with open(path, "rb") as handle:
        return sum(1 for line in handle if line.strip())


def run(argv, stdout=subprocess.DEVNULL):
    """Runs `argv`, returns its wall time; stops with its stderr when it fails."""
    started = time.perf_counter()
    completed = subprocess.run(argv, stdout=stdout, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise SystemExit(f"`{' '.join(argv)}` exited with {completed.returncode}: {completed.stderr.strip()[-2000:]}")
    return seconds


def labels_in_order(path):
    """The `label` field of every record of a JSON Lines file, read one line at a time."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["label"] for line in handle if line.strip()]


def predicted_labels(path):
    """The best label of every record `lede classify --format jsonl` wrote, in input order."""
    labels = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                labels.append(record["topic"]["label"])
    return labels


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("verb", choices=("train", "classify"))
    parser.add_argument("--lede", required=True, help="the lede command-line program")
    parser.add_argument("--data", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--predictions", help="classify: where lede's JSON Lines output goes")
    arguments, extra = parser.parse_known_args()

    if arguments.verb == "train":
        seconds = run([arguments.lede, "train", arguments.data, "-o", arguments.model, *extra])
        common.emit({"total_seconds": seconds, "train_documents": count_lines(arguments.data),
                     "model_bytes": os.path.getsize(arguments.model)})
        return

    if not arguments.predictions:
        raise SystemExit("classify needs --predictions")
    with open(arguments.predictions, "w", encoding="utf-8") as output:
        seconds = run([arguments.lede, "classify", "-m", arguments.model, "--format", "jsonl", arguments.data, *extra],
                      stdout=output)
    truth, predicted = labels_in_order(arguments.data), predicted_labels(arguments.predictions)
    os.remove(arguments.predictions)
    if len(truth) != len(predicted):
        raise SystemExit(f"lede classify answered {len(predicted)} of {len(truth)} records of {arguments.data}")
    accuracy, macro_f1 = common.accuracy_and_macro_f1(truth, predicted)
    common.emit({"total_seconds": seconds, "accuracy": accuracy, "macro_f1": macro_f1,
                 "test_documents": len(truth)})


if __name__ == "__main__":
    main()
