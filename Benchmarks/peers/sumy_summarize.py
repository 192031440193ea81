"""Peer for `lede-microbench summarize`: sumy's TextRank or LexRank.

Uses sumy's English Snowball stemmer and stop list, with `PysbdTokenizer` in place of the
NLTK punkt tokenizer (see sentence_tokenizer.py). sumy returns the chosen sentences in
document order.
"""

from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

import common
from sentence_tokenizer import PysbdTokenizer

SUMMARIZERS = {"textrank": TextRankSummarizer, "lexrank": LexRankSummarizer}


def main():
    arguments = common.summarization_arguments(
        __doc__.splitlines()[0],
        lambda parser: parser.add_argument("--algorithm", choices=list(SUMMARIZERS), default="textrank"),
    )
    tokenizer = PysbdTokenizer()
    summarizer = SUMMARIZERS[arguments.algorithm](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def summarize_body(body, count):
        document = PlaintextParser.from_string(body, tokenizer).document
        return [str(sentence) for sentence in summarizer(document, count)]

    common.run_summarizer(arguments, summarize_body)


if __name__ == "__main__":
    main()
