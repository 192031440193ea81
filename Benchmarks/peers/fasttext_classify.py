"""Peer for `lede-microbench classify`: fastText supervised (lr 1.0, epoch 25, wordNgrams 2).

fastText reads a `__label__X text` file, so its "vectorize" stage is writing that file (into a
temporary directory) plus preparing the test lines. fastText trains on the lines in file order
without shuffling, and the corpora are sorted by label (which leaves 20news at 25% accuracy), so
the training examples are shuffled with a fixed seed first; the text is lower-cased with punctuation
split off, as in fastText's own classification example, and newlines become spaces because
fastText reads one example per line. `--threads` defaults to 2, the cores of the reference
machine; results vary slightly from run to run with more than one thread.
"""

import argparse
import os
import random
import re
import tempfile
import time

import fasttext

import common

_PUNCTUATION = re.compile(r"([.!?,'/()])")
_WHITESPACE = re.compile(r"\s+")
SHUFFLE_SEED = 20


def normalized(text):
    """One line of lower-case text with punctuation as separate tokens."""
    return _WHITESPACE.sub(" ", _PUNCTUATION.sub(r" \1 ", text.lower())).strip()


def label_token(label):
    """fastText's label prefix; labels must not contain whitespace."""
    return "__label__" + _WHITESPACE.sub("_", label)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--threads", type=int, default=2)
    arguments = parser.parse_args()

    started = time.perf_counter()
    train_texts, train_labels = common.texts_and_labels(common.read_jsonl(arguments.train))
    test_texts, test_labels = common.texts_and_labels(common.read_jsonl(arguments.test))
    read = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="lede-fasttext-") as directory:
        train_path = os.path.join(directory, "train.txt")
        examples = [f"{label_token(label)} {normalized(text)}\n"
                    for text, label in zip(train_texts, train_labels)]
        random.Random(SHUFFLE_SEED).shuffle(examples)
        with open(train_path, "w", encoding="utf-8") as handle:
            handle.writelines(examples)
        test_lines = [normalized(text) for text in test_texts]
        vectorized = time.perf_counter()

        model = fasttext.train_supervised(
            input=train_path, lr=1.0, epoch=25, wordNgrams=2, thread=arguments.threads, verbose=0
        )
        trained = time.perf_counter()

    by_token = {label_token(label): label for label in set(train_labels)}
    predicted_tokens, _ = model.predict(test_lines, k=1)
    predicted = [by_token[tokens[0]] for tokens in predicted_tokens]
    predicted_at = time.perf_counter()

    accuracy, macro_f1 = common.accuracy_and_macro_f1(test_labels, predicted)
    common.emit({
        "read_seconds": read - started,
        "vectorize_seconds": vectorized - read,
        "train_seconds": trained - vectorized,
        "predict_seconds": predicted_at - trained,
        "total_seconds": predicted_at - started,
        "accuracy": accuracy,
        "macro_f1": macro_f1,
        "train_documents": len(train_texts),
        "test_documents": len(test_texts),
        "threads": arguments.threads,
    })


if __name__ == "__main__":
    main()
