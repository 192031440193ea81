"""Peer for the scaling section: scikit-learn trained on a growing corpus and applied to one.

    python sklearn_scale.py train --data TRAIN.jsonl --model OUT.pickle --mode tfidf|hashing
    python sklearn_scale.py classify --data TEST.jsonl --model MODEL.pickle

`train --mode tfidf` is the usual pipeline, `TfidfVectorizer()` + `ComplementNB()` fitted on
all texts in memory, pickled. `--mode hashing` is scikit-learn's documented way to train on
more data than fits in memory ("out-of-core" learning): `HashingVectorizer(alternate_sign=False)`
(2^20 features, l2 norm, no idf: hashing has no vocabulary to keep idf in) and
`ComplementNB().partial_fit` on chunks of 10,000 documents, after a first pass that collects
the labels (`partial_fit` needs every class on its first call). `classify` loads a pickled
pipeline and predicts the data in chunks of 10,000 documents, as a user streaming a large file
would. Each prints one JSON object; `total_seconds` covers reading, vectorising, fitting or
predicting, and pickling, not the interpreter start-up and imports.
"""

import argparse
import json
import os
import pickle
import time

from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import make_pipeline

import common

CHUNK = 10_000


def chunks(path):
    """(texts, labels) of consecutive chunks of CHUNK records of a JSON Lines file."""
    texts, labels = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            texts.append(record["text"])
            labels.append(record["label"])
            if len(texts) == CHUNK:
                yield texts, labels
                texts, labels = [], []
    if texts:
        yield texts, labels


def train_in_memory(path):
    texts, labels = common.texts_and_labels(common.read_jsonl(path))
    pipeline = make_pipeline(TfidfVectorizer(), ComplementNB())
    pipeline.fit(texts, labels)
    return pipeline, len(texts)


def train_out_of_core(path):
    classes = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                classes.add(json.loads(line)["label"])
    classes = sorted(classes)
    vectorizer = HashingVectorizer(alternate_sign=False)
    classifier = ComplementNB()
    documents = 0
    for texts, labels in chunks(path):
        classifier.partial_fit(vectorizer.transform(texts), labels, classes=classes)
        documents += len(texts)
    return make_pipeline(vectorizer, classifier), documents


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("verb", choices=("train", "classify"))
    parser.add_argument("--data", required=True)
    parser.add_argument("--model", required=True)
    parser.add_argument("--mode", choices=("tfidf", "hashing"), default="tfidf")
    arguments = parser.parse_args()

    started = time.perf_counter()
    if arguments.verb == "train":
        pipeline, documents = (train_in_memory if arguments.mode == "tfidf" else train_out_of_core)(arguments.data)
        with open(arguments.model, "wb") as handle:
            pickle.dump(pipeline, handle, protocol=pickle.HIGHEST_PROTOCOL)
        common.emit({"total_seconds": time.perf_counter() - started, "train_documents": documents,
                     "model_bytes": os.path.getsize(arguments.model)})
        return

    with open(arguments.model, "rb") as handle:
        pipeline = pickle.load(handle)
    truth, predicted = [], []
    for texts, labels in chunks(arguments.data):
        predicted.extend(pipeline.predict(texts))
        truth.extend(labels)
    seconds = time.perf_counter() - started
    accuracy, macro_f1 = common.accuracy_and_macro_f1(truth, [str(label) for label in predicted])
    common.emit({"total_seconds": seconds, "accuracy": accuracy, "macro_f1": macro_f1,
                 "test_documents": len(truth)})


if __name__ == "__main__":
    main()
