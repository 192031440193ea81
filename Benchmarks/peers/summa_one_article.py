"""Peer for one-article latency: summa's TextRank summary of one text file, as a user runs it.

`python summa_one_article.py ARTICLE [-n 3]` prints the best `n` sentences by summa's score in
document order; imports and reading are part of what is timed, as they are for `lede summarize`.
"""

import argparse

from summa import summarizer


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article")
    parser.add_argument("-n", type=int, default=3)
    arguments = parser.parse_args()
    with open(arguments.article, encoding="utf-8") as handle:
        text = handle.read()
    scored = summarizer.summarize(text, ratio=1.0, scores=True)
    best = sorted(range(len(scored)), key=lambda index: -scored[index][1])[:arguments.n]
    for index in sorted(best):
        print(scored[index][0])


if __name__ == "__main__":
    main()
