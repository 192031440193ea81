"""Peer for `lede-microbench vectorize`: scikit-learn's TfidfVectorizer with default settings.

Fits on the training texts, transforms the test texts, and prints
`{"fit_seconds","transform_seconds","total_seconds","features","nnz"}` where `nnz` counts the
stored entries of the transformed test matrix.
"""

import time

from sklearn.feature_extraction.text import TfidfVectorizer

import common


def main():
    arguments = common.classification_arguments(__doc__.splitlines()[0])
    train_texts, _ = common.texts_and_labels(common.read_jsonl(arguments.train))
    test_texts, _ = common.texts_and_labels(common.read_jsonl(arguments.test))

    vectorizer = TfidfVectorizer()
    started = time.perf_counter()
    vectorizer.fit(train_texts)
    fitted = time.perf_counter()
    test_matrix = vectorizer.transform(test_texts)
    transformed = time.perf_counter()

    common.emit({
        "fit_seconds": fitted - started,
        "transform_seconds": transformed - fitted,
        "total_seconds": transformed - started,
        "features": len(vectorizer.vocabulary_),
        "nnz": int(test_matrix.nnz),
    })


if __name__ == "__main__":
    main()
