"""Peer for `lede-microbench summarize`: summa's TextRank (`summa.summarizer.summarize`).

summa picks sentences by a ratio, not a count, so it is asked to score every sentence
(`ratio=1.0, scores=True`) and the best N by score are kept, N being the reference summary's
sentence count; ties keep document order, as summa's own stable sort does. summa splits
sentences with its own rules.
"""

from summa import summarizer

import common


def summarize_body(body, count):
    """The `count` highest-scoring sentences, in document order."""
    scored = summarizer.summarize(body, ratio=1.0, scores=True)
    order = sorted(range(len(scored)), key=lambda index: -scored[index][1])[:count]
    return [scored[index][0] for index in sorted(order)]


def main():
    arguments = common.summarization_arguments(__doc__.splitlines()[0])
    common.run_summarizer(arguments, summarize_body)


if __name__ == "__main__":
    main()
