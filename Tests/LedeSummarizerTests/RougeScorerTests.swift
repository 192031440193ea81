import Foundation
import LedeSummarizer
import LedeTestSupport
import Testing

/// One candidate/reference pair of `Fixtures/rouge/cases.jsonl`.
private struct RougeCase: Decodable {
    let id: String
    let candidate: String
    let reference: String
}

/// What `rouge-score` gave for one case in one mode (`Fixtures/rouge/make_expected.py`).
private struct ExpectedMode: Decodable {
    let candidate_tokens: [String]
    let reference_tokens: [String]
    let rouge1: [Double]
    let rouge2: [Double]
    let rougeL: [Double]
    let rougeLsum: [Double]
}

private struct ExpectedCase: Decodable {
    let id: String
    let stemmed: ExpectedMode
    let unstemmed: ExpectedMode
}

private func fixtureLines<T: Decodable>(_ name: String, as type: T.Type) throws -> [T] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/rouge/\(name)", withExtension: "jsonl"))
    let decoder = JSONDecoder()
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
        try decoder.decode(T.self, from: Data($0.utf8))
    }
}

/// Every case paired with rouge-score's results for it.
private func casesWithExpectations() throws -> [(RougeCase, ExpectedCase)] {
    let cases = try fixtureLines("cases", as: RougeCase.self)
    let expected = try fixtureLines("expected", as: ExpectedCase.self)
    try #require(cases.map(\.id) == expected.map(\.id), "re-run make_expected.py after editing cases.jsonl")
    return Array(zip(cases, expected))
}

private let tolerance = 1e-6

private func isClose(_ score: RougeScore, _ expected: [Double]) -> Bool {
    expected.count == 3 && abs(score.precision - expected[0]) <= tolerance
        && abs(score.recall - expected[1]) <= tolerance && abs(score.f1 - expected[2]) <= tolerance
}

@Test("tokens match rouge-score's tokenizer on every fixture case, with and without stemming")
func tokensMatchRougeScore() throws {
    for (rougeCase, expected) in try casesWithExpectations() {
        for (useStemmer, mode) in [(true, expected.stemmed), (false, expected.unstemmed)] {
            let tokenizer = RougeTokenizer(useStemmer: useStemmer)
            let label = "\(rougeCase.id) stem=\(useStemmer)"
            #expect(tokenizer.tokens(in: rougeCase.candidate) == mode.candidate_tokens, "\(label)")
            #expect(tokenizer.tokens(in: rougeCase.reference) == mode.reference_tokens, "\(label)")
        }
    }
}

@Test("rouge1, rouge2, rougeL and rougeLsum match rouge-score to 1e-6 on every fixture case, with and without stemming")
func scoresMatchRougeScore() throws {
    let pairs = try casesWithExpectations()
    #expect(pairs.count >= 30)
    for (rougeCase, expected) in pairs {
        for (useStemmer, mode) in [(true, expected.stemmed), (false, expected.unstemmed)] {
            let scores = RougeScorer(useStemmer: useStemmer)
                .score(candidate: rougeCase.candidate, reference: rougeCase.reference)
            let label = "\(rougeCase.id) stem=\(useStemmer)"
            #expect(isClose(scores.rouge1, mode.rouge1), "\(label) rouge1 \(scores.rouge1)")
            #expect(isClose(scores.rouge2, mode.rouge2), "\(label) rouge2 \(scores.rouge2)")
            #expect(isClose(scores.rougeL, mode.rougeL), "\(label) rougeL \(scores.rougeL)")
            #expect(isClose(scores.rougeLsum, mode.rougeLsum), "\(label) rougeLsum \(scores.rougeLsum)")
        }
    }
}

@Test("rougeLsum differs from rougeL when sentences on separate lines are matched out of order")
func summaryLevelLCSUnionsOverSentences() {
    // As one sequence, "b c d e a b c" against "a b c b c d e" shares an LCS of 4; sentence by
    // sentence, every reference token is found.
    let scores = RougeScorer(useStemmer: false).score(candidate: "b c d e\na b c", reference: "a b c\nb c d e")
    #expect(scores.rougeLsum.f1 == 1)
    #expect(scores.rougeL.f1 < 1)
}

@Test("precision is measured on the candidate and recall on the reference")
func precisionBelongsToCandidate() {
    let scores = RougeScorer(useStemmer: false).score(candidate: "the cat sat", reference: "the cat sat down")
    #expect(scores.rouge1.precision == 1)
    #expect(scores.rouge1.recall == 0.75)
    #expect(scores.rouge2 == RougeScore(precision: 1, recall: 2.0 / 3.0))
    #expect(scores.rougeL.recall == 0.75)
}

@Test("stemming is on by default and makes inflected forms match")
func stemmingIsTheDefault() {
    let stemmed = RougeScorer().score(candidate: "connections", reference: "connected")
    let plain = RougeScorer(useStemmer: false).score(candidate: "connections", reference: "connected")
    #expect(stemmed.rouge1.f1 == 1)
    #expect(plain.rouge1.f1 == 0)
}

@Test("the accumulator's mean is the plain mean of each value over the fixture cases")
func accumulatorMeanIsPlainMean() throws {
    let pairs = try casesWithExpectations()
    let scorer = RougeScorer(useStemmer: true)
    var accumulator = RougeAccumulator()
    var sums = [Double](repeating: 0, count: 9)
    for (rougeCase, expected) in pairs {
        accumulator.add(scorer.score(candidate: rougeCase.candidate, reference: rougeCase.reference))
        let values = expected.stemmed.rouge1 + expected.stemmed.rouge2 + expected.stemmed.rougeL
        for i in 0 ..< 9 { sums[i] += values[i] }
    }
    let n = Double(pairs.count)
    #expect(accumulator.count == pairs.count)
    #expect(isClose(accumulator.mean.rouge1, sums[0 ..< 3].map { $0 / n }))
    #expect(isClose(accumulator.mean.rouge2, sums[3 ..< 6].map { $0 / n }))
    #expect(isClose(accumulator.mean.rougeL, sums[6 ..< 9].map { $0 / n }))
}

@Test("an empty accumulator has count 0 and an all-zero mean")
func emptyAccumulatorIsZero() {
    let accumulator = RougeAccumulator()
    #expect(accumulator.count == 0)
    #expect(accumulator.mean == RougeScores(rouge1: .zero, rouge2: .zero, rougeL: .zero, rougeLsum: .zero))
}

@Test("scores survive a JSON round trip under the names precision, recall and f1")
func scoresEncodeAsJSON() throws {
    let scores = RougeScorer().score(candidate: "a b c", reference: "a b d")
    let json = try JSONEncoder().encode(scores)
    #expect(String(decoding: json, as: UTF8.self).contains("\"f1\""))
    #expect(try JSONDecoder().decode(RougeScores.self, from: json) == scores)
}

/// One record of the BBC News Summary corpus: the article and its reference summary.
private struct ArticleAndSummary: Decodable {
    let article: String
    let summary: String
}

@Test(
    "over all 2,225 BBC article/summary pairs the mean scores match rouge-score to 1e-6",
    .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
func corpusMeansMatchRougeScore() throws {
    let text = try String(contentsOfFile: SharedCorpora.corpus("bbc-summary/all.jsonl"), encoding: .utf8)
    let decoder = JSONDecoder()
    let records = try text.split(separator: "\n").map {
        try decoder.decode(ArticleAndSummary.self, from: Data($0.utf8))
    }
    #expect(records.count == 2_225)
    // Means of rouge-score 0.1.2 (nltk 3.10.4) with the article as prediction and the summary
    // as target, in the order rouge1, rouge2, rougeL × precision, recall, f1.
    let rougeScoreMeans: [Bool: [Double]] = [
        true: [
            0.44711357360802356, 0.9999704035940272, 0.6162117767942571,
            0.43117505578070536, 0.9678632957261842, 0.5948966519173607,
            0.27865248510098767, 0.6246580799472069, 0.38427359861998606,
        ],
        false: [
            0.44711357360802356, 0.9999704035940272, 0.6162117767942571,
            0.43110576006253937, 0.9677038349770798, 0.5948002121219459,
            0.2775995835353244, 0.6222839696879964, 0.3828180977277735,
        ],
    ]
    for useStemmer in [true, false] {
        let scorer = RougeScorer(useStemmer: useStemmer)
        var accumulator = RougeAccumulator()
        let elapsed = ContinuousClock().measure {
            for record in records {
                accumulator.add(scorer.score(candidate: record.article, reference: record.summary))
            }
        }
        print("ROUGE stem=\(useStemmer): \(records.count) pairs in \(elapsed)")
        let expected = try #require(rougeScoreMeans[useStemmer])
        let mean = accumulator.mean
        #expect(isClose(mean.rouge1, Array(expected[0 ..< 3])), "stem=\(useStemmer) \(mean.rouge1)")
        #expect(isClose(mean.rouge2, Array(expected[3 ..< 6])), "stem=\(useStemmer) \(mean.rouge2)")
        #expect(isClose(mean.rougeL, Array(expected[6 ..< 9])), "stem=\(useStemmer) \(mean.rougeL)")
    }
}
