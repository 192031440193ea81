"""Writes expected.json: scikit-learn's TfidfVectorizer output on a small invented corpus,
for TfidfVectorizerTests to compare Lede against.

Run from the repository root with a Python that has scikit-learn:
    python Tests/LedeCoreTests/Fixtures/tfidf/make_expected.py

The snippets are fictional, ASCII only, and free of apostrophes, hyphens and underscores, so
that scikit-learn's token pattern and Lede's tokenizer split them identically. Lede's English
stop-word list is read from StopWords.swift so both sides remove the same words.
"""

import json
import pathlib
import re
import warnings

import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[3]

TRAIN = [
    "The city council approved a new budget for public transport on Monday.",
    "Council members argued for hours before the budget vote passed.",
    "A storm flooded the harbour and closed the coastal road for two days.",
    "Fishermen in the harbour said the storm was the worst in 40 years.",
    "The national football team won the final match 3 to 1 in extra time.",
    "Fans celebrated the football victory in the main square until midnight.",
    "Shares in the mining company fell after the quarterly report missed forecasts.",
    "The mining company plans to cut 200 jobs, the report said.",
    "A new bridge over the river will open to traffic next spring.",
    "Traffic on the old bridge has doubled since the river ferry stopped.",
    "The central bank raised interest rates for the third time this year.",
    "Higher interest rates hit mortgage holders and small business owners.",
    "Researchers found a rare orchid growing in the mountain forest.",
    "The mountain forest is home to birds, orchids and a small herd of deer.",
    "Voters in the northern district elect a new mayor on Sunday.",
    "The mayor promised cheaper public transport and more bus lanes.",
    "A fire destroyed a warehouse near the port, but nobody was hurt.",
    "Firefighters worked through the night to stop the warehouse fire spreading.",
    "The museum reopened with an exhibition of maps from the old port.",
    "School pupils visited the museum exhibition and drew their own maps.",
    "Farmers fear the dry summer will ruin the wheat harvest.",
    "Rain finally arrived, but the wheat harvest is still expected to be small.",
    "The team coach resigned after the final, saying the season was long.",
    "Bus drivers will strike next week over pay and working hours.",
    "The strike will close bus routes across the city and the northern district.",
]

TEST = [
    "The council said the budget for the bridge and the river ferry is final.",
    "Storm clouds gathered as the football team trained in the rain.",
    "Quantum zebras juggle violet teacups.",
    "Interest rates and interest payments worry bus drivers and farmers.",
    "",
]

# Each case: Lede-neutral settings. min_df / max_df are {"count": n} or {"fraction": f}.
CASES = [
    {"name": "defaults without stop words"},
    {"name": "sublinear tf", "sublinear_tf": True},
    {"name": "plain idf", "smooth_idf": False},
    {"name": "l1 norm", "norm": "l1"},
    {"name": "no norm", "norm": None},
    {"name": "unigrams and bigrams", "ngram_range": [1, 2]},
    {"name": "minimum document frequency 2", "min_df": {"count": 2}},
    {"name": "maximum document frequency one half", "max_df": {"fraction": 0.5}},
    {"name": "11 most frequent terms", "max_features": 11},
    {"name": "Lede English stop words", "stop_words": "english"},
    {"name": "stop words with bigrams and sublinear tf", "stop_words": "english",
     "ngram_range": [1, 2], "sublinear_tf": True, "min_df": {"count": 2}},
]


def lede_english_stop_words():
    source = (ROOT / "Sources/LedeCore/Text/StopWords.swift").read_text()
    body = re.search(r"englishWords: \[String\] = \[(.*?)\]", source, re.S).group(1)
    return re.findall(r'"([^"]*)"', body)


def limit(spec, default):
    if spec is None:
        return default
    return spec["count"] if "count" in spec else float(spec["fraction"])


def csr(matrix):
    matrix = matrix.tocsr()
    matrix.sort_indices()
    return {
        "rowOffsets": matrix.indptr.tolist(),
        "columnIndices": matrix.indices.tolist(),
        "values": [float(v) for v in matrix.data],
    }


def run(case, stop_words):
    settings = {
        "sublinear_tf": case.get("sublinear_tf", False),
        "smooth_idf": case.get("smooth_idf", True),
        "norm": case.get("norm", "l2"),
        "ngram_range": tuple(case.get("ngram_range", [1, 1])),
        "min_df": limit(case.get("min_df"), 1),
        "max_df": limit(case.get("max_df"), 1.0),
        "max_features": case.get("max_features"),
        "stop_words": stop_words if case.get("stop_words") == "english" else None,
    }
    vectorizer = TfidfVectorizer(**settings)
    train = vectorizer.fit_transform(TRAIN)
    test = vectorizer.transform(TEST)
    terms = vectorizer.get_feature_names_out().tolist()
    if settings["max_features"] is not None:
        # scikit-learn breaks ties at the cut with an unstable sort; keep the cut unambiguous.
        counting = CountVectorizer(ngram_range=settings["ngram_range"], stop_words=settings["stop_words"])
        totals = sorted(counting.fit_transform(TRAIN).sum(axis=0).A1.tolist(), reverse=True)
        cut = settings["max_features"]
        assert totals[cut - 1] != totals[cut], f"tie at the max_features cut: {totals[:cut + 1]}"
    return {
        "name": case["name"],
        # Every setting spelled out, so the Swift side needs no knowledge of defaults.
        "settings": {
            "sublinear_tf": settings["sublinear_tf"],
            "smooth_idf": settings["smooth_idf"],
            "norm": settings["norm"] or "none",
            "ngram_range": list(settings["ngram_range"]),
            "min_df": case.get("min_df", {"count": 1}),
            "max_df": case.get("max_df", {"fraction": 1.0}),
            "max_features": settings["max_features"],
            "stop_words": case.get("stop_words", "none"),
        },
        "vocabulary": terms,
        "idf": vectorizer.idf_.tolist(),
        "train": csr(train),
        "test": csr(test),
    }


def main():
    # The contractions in Lede's list tokenise differently in scikit-learn; they never occur in
    # this apostrophe-free corpus, so the consistency warning says nothing here.
    warnings.filterwarnings("ignore", message="Your stop_words may be inconsistent")
    stop_words = lede_english_stop_words()
    expected = {
        "generator": f"make_expected.py with scikit-learn {sklearn.__version__}",
        "train": TRAIN,
        "test": TEST,
        "cases": [run(case, stop_words) for case in CASES],
    }
    (HERE / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")


if __name__ == "__main__":
    main()
