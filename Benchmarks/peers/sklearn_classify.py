"""Peer for `lede-microbench classify`: TfidfVectorizer + a scikit-learn linear classifier.

`--algorithm multinomial|complement` are the naive-Bayes counterparts of Lede's two models
(default alpha 1.0); `linearsvc` is the discriminative ceiling (LinearSVC, C 1.0). The
vectoriser uses scikit-learn's defaults. Each stage is timed on its own; `vectorize_seconds`
covers fitting on the training texts and transforming both sets.
"""

import time

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.naive_bayes import ComplementNB, MultinomialNB
from sklearn.svm import LinearSVC

import common

CLASSIFIERS = {
    "complement": ComplementNB,
    "multinomial": MultinomialNB,
    "linearsvc": LinearSVC,
}


def main():
    arguments = common.classification_arguments(__doc__.splitlines()[0], list(CLASSIFIERS))

    started = time.perf_counter()
    train_texts, train_labels = common.texts_and_labels(common.read_jsonl(arguments.train))
    test_texts, test_labels = common.texts_and_labels(common.read_jsonl(arguments.test))
    read = time.perf_counter()

    vectorizer = TfidfVectorizer()
    train_matrix = vectorizer.fit_transform(train_texts)
    test_matrix = vectorizer.transform(test_texts)
    vectorized = time.perf_counter()

    classifier = CLASSIFIERS[arguments.algorithm]()
    classifier.fit(train_matrix, train_labels)
    trained = time.perf_counter()

    predicted = list(classifier.predict(test_matrix))
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
    })


if __name__ == "__main__":
    main()
