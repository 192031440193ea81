"""A sumy tokenizer that needs no NLTK data download.

sumy's own `Tokenizer("english")` loads NLTK's punkt model, which must be downloaded at run
time and cannot be here (only PyPI is reachable). This object gives sumy the same two methods
it calls: sentences come from pysbd's rule-based English segmenter and words from a regular
expression, filtered by the rule sumy applies to its own word tokens (a word starts with a
letter and holds only letters, apostrophes and hyphens).
"""

import re

import pysbd

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-])*")


class PysbdTokenizer:
    """Sentence and word tokenizer for sumy's parsers and summarizers."""

    language = "english"

    def __init__(self):
        self._segmenter = pysbd.Segmenter(language="en", clean=False)

    def to_sentences(self, paragraph):
        """The sentences of one paragraph, stripped."""
        return tuple(s.strip() for s in self._segmenter.segment(paragraph) if s.strip())

    def to_words(self, sentence):
        """The words of one sentence; numbers and punctuation are dropped."""
        return tuple(_WORD.findall(sentence))
