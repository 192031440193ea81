"""Peer for `lede-microbench keywords`: YAKE (`yake.KeywordExtractor`, English, n ≤ 3, top 10).

YAKE's defaults except the language and count, as the keyphrases-news README's reference point
(YAKE 0.7.3, n ≤ 3) was measured; lower YAKE scores are better and come first.
"""

import yake

import common

EXTRACTOR = yake.KeywordExtractor(lan="en", n=3, top=10)


def extract(text, count):
    """The `count` best keywords of `text`, best first."""
    return [keyword for keyword, _ in EXTRACTOR.extract_keywords(text)[:count]]


def main():
    common.run_keyword_extractor(common.keyword_arguments(__doc__.splitlines()[0]), extract)


if __name__ == "__main__":
    main()
