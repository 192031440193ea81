import Foundation
import LedeSummarizer
import Testing

/// The keyphrase convention, checked against cases worked by hand.
@Suite("Keyphrase evaluation")
struct KeyphraseEvaluationTests {
    private let matcher = KeyphraseMatcher()

    @Test("phrases are lower-cased, split at punctuation and Porter-stemmed word by word")
    func normalisation() {
        #expect(matcher.normalized("Insurance Claims") == "insur claim")
        #expect(matcher.normalized("insurance claim") == "insur claim")
        #expect(matcher.normalized("property-casualty INDUSTRY") == "properti casualti industri")
        #expect(matcher.normalized("  ") == "")
    }

    // Gold: 5 phrases. Predictions in order: "Insurance claims" (right), "insurance claim" (the
    // same phrase again: dropped, not counted), "hurricane andrew" (right), "florida" (right),
    // "storm" (wrong), "louisiana" (right).
    private let predicted = ["Insurance claims", "insurance claim", "hurricane andrew", "florida", "storm", "louisiana"]
    private let gold = ["Hurricane Andrew", "insurance claims", "Louisiana", "Florida", "emergency relief"]

    @Test("at k = 3: three distinct predictions, all right: P 1, R 3/5, F1 0.75")
    func cutoffThree() {
        let score = matcher.score(predicted: predicted, gold: gold, k: 3)
        #expect(score.precision == 1)
        #expect(score.recall == 0.6)
        #expect(abs(score.f1 - 0.75) < 1e-12)
    }

    @Test("at k = 5: the repeat is skipped, four of five right: P 0.8, R 0.8, F1 0.8")
    func cutoffFive() {
        let score = matcher.score(predicted: predicted, gold: gold, k: 5)
        #expect(score.precision == 0.8)
        #expect(score.recall == 0.8)
        #expect(abs(score.f1 - 0.8) < 1e-12)
    }

    @Test("at k = 10 with five distinct predictions, precision divides by the five made")
    func fewerPredictionsThanK() {
        let score = matcher.score(predicted: predicted, gold: gold, k: 10)
        #expect(score.precision == 0.8)
        #expect(score.recall == 0.8)
    }

    @Test("a gold phrase is matched once even when two predictions stem to it")
    func goldMatchedOnce() {
        let score = matcher.score(predicted: ["claims", "claim", "claiming"], gold: ["claim"], k: 3)
        #expect(score.precision == 1)
        #expect(score.recall == 1)
        let twice = matcher.score(predicted: ["tax", "claims", "taxes"], gold: ["claim", "tax"], k: 3)
        #expect(twice.precision == 1)
    }

    @Test("no predictions or no gold phrases score 0, never NaN")
    func degenerate() {
        #expect(matcher.score(predicted: [], gold: ["a b"], k: 5) == KeyphraseScore(precision: 0, recall: 0, f1: 0))
        #expect(matcher.score(predicted: ["storm"], gold: [], k: 5) == KeyphraseScore(precision: 0, recall: 0, f1: 0))
    }

    @Test("the report averages per-story scores, and the TF-IDF baseline prefers words rare across stories")
    func reportAveragesStories() throws {
        let location = SourceLocation(path: "fixture", line: 1)
        // Story 1: "volcano" is frequent here and absent elsewhere; "island" is everywhere.
        let examples = [
            KeyphraseExample(article: "Volcano erupts\n\nThe volcano erupted on the island. Ash from the volcano fell.", keyphrases: ["volcano"], location: location),
            KeyphraseExample(article: "Island vote\n\nThe island voted. Island leaders met.", keyphrases: ["election"], location: location),
            KeyphraseExample(article: "Island ferry\n\nA ferry reached the island.", keyphrases: ["ferry"], location: location),
        ]
        let report = KeyphraseEvaluationReport(examples: examples, extractor: KeywordExtractor(), cutoffs: [1], threads: 1)
        #expect(report.stories == 3)
        #expect(report.systems.map(\.system) == ["lede", "first-phrases", "tfidf-words"])
        let tfidf = try #require(report.systems.last?.scores.first)
        // Top word per story: "volcano" (right), "island" (wrong: no better word), "ferry" (right).
        #expect(abs(tfidf.precision - 2.0 / 3.0) < 1e-12)
        #expect(abs(tfidf.recall - 2.0 / 3.0) < 1e-12)
    }
}
