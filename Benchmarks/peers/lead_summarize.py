"""Peer for `lede-microbench summarize`: the lead-k baseline.

Takes the first N sentences of the article body (headline excluded), N being the reference
summary's sentence count, with pysbd as the sentence splitter (the one the sumy peers use).
"""

import pysbd

import common


def main():
    arguments = common.summarization_arguments(__doc__.splitlines()[0])
    segmenter = pysbd.Segmenter(language="en", clean=False)

    def summarize_body(body, count):
        sentences = []
        for paragraph in body.split("\n\n"):
            sentences.extend(s.strip() for s in segmenter.segment(paragraph) if s.strip())
            if len(sentences) >= count:
                break
        return sentences[:count]

    common.run_summarizer(arguments, summarize_body)


if __name__ == "__main__":
    main()
