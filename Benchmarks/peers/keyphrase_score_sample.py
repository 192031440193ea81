"""Cross-check of `lede-microbench score-keywords`: the same convention written independently.

Lower-case, split at every character that is not a letter or digit, stem each word with NLTK's
Porter stemmer (its default mode), compare the word sequences exactly; the first 10 distinct
predictions; each gold phrase matched once; P = correct / predictions considered,
R = correct / distinct gold phrases. Prints one JSON object: for each predictions file, each
story's [P@10, R@10, F1@10].
"""

import argparse
import json
import re

from nltk.stem.porter import PorterStemmer

STEMMER = PorterStemmer()
WORD = re.compile(r"[^\W_]+")


def normalized(phrase):
    return " ".join(STEMMER.stem(word) for word in WORD.findall(phrase.lower()))


def score(predicted, gold, k):
    gold_forms = {form for form in (normalized(phrase) for phrase in gold) if form}
    gold_count = len(gold_forms)
    seen, considered, correct = set(), 0, 0
    for phrase in predicted:
        if considered == k:
            break
        form = normalized(phrase)
        if not form or form in seen:
            continue
        seen.add(form)
        considered += 1
        if form in gold_forms:
            gold_forms.discard(form)
            correct += 1
    precision = correct / considered if considered else 0.0
    recall = correct / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return [precision, recall, f1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("predictions", nargs="+")
    arguments = parser.parse_args()
    with open(arguments.data, encoding="utf-8") as handle:
        gold = [json.loads(line)["keywords"] for line in handle if line.strip()]
    rows = {}
    for path in arguments.predictions:
        with open(path, encoding="utf-8") as handle:
            predicted = [json.loads(line)["keywords"] for line in handle if line.strip()]
        rows[path] = [score(p, g, 10) for p, g in zip(predicted, gold)]
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
