"""Peer for `lede-microbench keywords`: summa's TextRank keywords (`summa.keywords.keywords`).

summa returns its keywords and key phrases best first with `scores=True`; the first ten are kept.
"""

from summa import keywords as summa_keywords

import common


def extract(text, count):
    """The `count` best keywords of `text`, best first."""
    return [keyword for keyword, _ in summa_keywords.keywords(text, scores=True)[:count]]


def main():
    common.run_keyword_extractor(common.keyword_arguments(__doc__.splitlines()[0]), extract)


if __name__ == "__main__":
    main()
