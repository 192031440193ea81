import Foundation
import LedeAnalysis

/// Scores a `CandidateSummaries` file — Lede's or any peer's — against the reference summaries
/// of the data file with Lede's `RougeScorer`: rouge-score's ROUGE-1, ROUGE-2 and ROUGE-L
/// (`rougeL`, not `rougeLsum`) with Porter stemming, candidate against the reference string as
/// published. Prints mean F1 × 100, the fields `summarize` used to print. Not a measurement:
/// `seconds` is there only to show that scoring is cheap.
enum SummaryScoring {
    static func run(data: String, limit: Int?, summaries: String, perArticle: String?) throws -> [String: Any] {
        let examples = try SummarizeBenchmark.read(data: data, limit: limit)
        let candidates = try CandidateSummaries.read(path: summaries)
        guard candidates.count == examples.count else {
            throw SummaryCountMismatch(summaries: summaries, found: candidates.count, articles: examples.count)
        }
        let scorer = RougeScorer(useStemmer: true)
        let start = ContinuousClock.now
        let scores = ParallelWork.map(count: examples.count) { index in
            scorer.score(candidate: candidates[index], reference: examples[index].publishedReference)
        }
        let scoringSeconds = seconds(since: start)
        var total = RougeAccumulator()
        for articleScores in scores { total.add(articleScores) }
        if let perArticle { try writeF1(scores, to: perArticle) }
        let mean = total.mean
        return [
            "articles": examples.count, "seconds": scoringSeconds,
            "rouge1": mean.rouge1.f1 * 100, "rouge2": mean.rouge2.f1 * 100, "rougeL": mean.rougeL.f1 * 100,
        ]
    }

    /// One line per article, `[rouge1, rouge2, rougeL]` F1 on rouge-score's 0–1 scale, written
    /// with full precision for the suite's cross-check against rouge-score itself.
    private static func writeF1(_ scores: [RougeScores], to path: String) throws {
        var output = Data()
        for articleScores in scores {
            let row = [articleScores.rouge1.f1, articleScores.rouge2.f1, articleScores.rougeL.f1]
            output.append(try JSONSerialization.data(withJSONObject: row))
            output.append(0x0A)
        }
        do {
            try output.write(to: URL(fileURLWithPath: path))
        } catch {
            throw LedeError.writeFailed(SourceLocation(path: path), reason: error.localizedDescription)
        }
    }
}
