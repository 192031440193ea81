#!/usr/bin/env python3
"""Writes keyword-background.tsv: the background table Lede's keyword extractor reads.

For every lower-case word seen in at least MIN_DF news documents of the shipped corpora (BBC News,
all 2,225 articles; AG News, the 7,600 test items, title and text; news-summaries' 404 articles,
bodies only), one line `word<TAB>document frequency<TAB>class`, where class is `v` for a word
that reads as a verb or adverb far more often than as a noun or adjective, `n` for one that
reads as a noun or adjective at least half the time, `-` when the contexts are too few to say. The class
comes from the words before it in the same corpora: after "to", a modal or "not" (base form),
after "has/have/had" (participle) or after a subject pronoun (finite form) counts as verbal;
after an article, a demonstrative or a possessive counts as nominal. A word is `v` when at least
VERBAL_SHARE of its such contexts are verbal and it had at least MIN_CONTEXTS of them.
The line `*<TAB>N<TAB>-` gives the number of documents. DUC-2001 (the keyword evaluation set) is not used. Only numbers derived from the texts are
written, never the texts.

    python3 Models/make_keyword_background.py ../shared/corpora Models/keyword-background.tsv
"""
import collections
import json
import os
import re
import sys

MIN_DF = 3
MIN_CONTEXTS = 4
VERBAL_SHARE = 0.75
NOMINAL_SHARE = 0.5
WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|[0-9]+")
VERBAL = {"to", "will", "would", "could", "can", "should", "may", "might", "must", "not", "did", "does",
          "do", "cannot", "has", "have", "had", "he", "she", "it", "they", "we", "i", "you", "who",
          "also", "n't", "never"}
NOMINAL = {"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "my",
           "your", "every", "each", "some", "many", "several", "two", "three", "new"}


def documents(root):
    with open(os.path.join(root, "bbc-news/all.jsonl"), encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]
    with open(os.path.join(root, "ag-news/test.jsonl"), encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            yield record["title"] + "\n" + record["text"]
    with open(os.path.join(root, "news-summaries/dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["article"]


def main(root, out):
    df = collections.Counter()
    verbal = collections.Counter()
    nominal = collections.Counter()
    count = 0
    for text in documents(root):
        count += 1
        words = WORD.findall(text.lower().replace("’", "'"))
        df.update(set(words))
        for previous, word in zip(words, words[1:]):
            if previous in VERBAL:
                verbal[word] += 1
            elif previous in NOMINAL:
                nominal[word] += 1
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# Lede keyword background: {count} news documents (BBC News 2,225; AG News test 7,600; "
                f"news-summaries dev 404); words in at least {MIN_DF}; built by Models/make_keyword_background.py\n")
        f.write(f"*\t{count}\t-\n")
        for word in sorted(w for w, n in df.items() if n >= MIN_DF and not w.isdigit()):
            contexts = verbal[word] + nominal[word]
            if contexts < MIN_CONTEXTS:
                word_class = "-"
            elif verbal[word] >= VERBAL_SHARE * contexts:
                word_class = "v"
            elif nominal[word] >= NOMINAL_SHARE * contexts:
                word_class = "n"
            else:
                word_class = "-"
            f.write(f"{word}\t{df[word]}\t{word_class}\n")
    print(f"{count} documents, {sum(1 for w, n in df.items() if n >= MIN_DF and not w.isdigit())} words written to {out}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
