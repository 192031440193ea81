"""Peer for one-article latency: classify one text file with a saved scikit-learn pipeline.

`python sklearn_one_article.py --model PICKLE --train TRAIN.jsonl ARTICLE` loads the pipeline
(TfidfVectorizer + ComplementNB) from PICKLE and prints the predicted label with its probability,
as `lede classify` does with its shipped model. When PICKLE does not exist yet it is trained on
TRAIN.jsonl and saved first; the latency runner's warm-up run does that, so it is not timed.
"""

import argparse
import os
import pickle


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--train", required=True)
    parser.add_argument("article")
    arguments = parser.parse_args()
    if not os.path.exists(arguments.model):
        import common
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.naive_bayes import ComplementNB
        from sklearn.pipeline import make_pipeline

        texts, labels = common.texts_and_labels(common.read_jsonl(arguments.train))
        pipeline = make_pipeline(TfidfVectorizer(), ComplementNB()).fit(texts, labels)
        with open(arguments.model, "wb") as handle:
            pickle.dump(pipeline, handle)
    with open(arguments.model, "rb") as handle:
        pipeline = pickle.load(handle)
    with open(arguments.article, encoding="utf-8") as handle:
        text = handle.read()
    probabilities = pipeline.predict_proba([text])[0]
    best = probabilities.argmax()
    print(f"{pipeline.classes_[best]}\t{probabilities[best]:.3f}")


if __name__ == "__main__":
    main()
