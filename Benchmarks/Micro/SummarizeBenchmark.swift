import Foundation
import LedeAnalysis

/// Summarises every article with the shipped defaults, as many sentences as its reference
/// summary has, headline excluded; ROUGE F1 × 100 with stemming. `seconds` is summarising alone.
enum SummarizeBenchmark {
    static func run(data: String, limit: Int?) throws -> [String: Any] {
        let examples = try read(data: data, limit: limit)
        let report = SummaryEvaluationReport(examples: examples, summarizer: TextRankSummarizer(), length: .reference)
        return [
            "seconds": report.summarizingSeconds, "articles": report.articles,
            "rouge1": report.lede.rouge1.f1 * 100, "rouge2": report.lede.rouge2.f1 * 100, "rougeL": report.lede.rougeL.f1 * 100,
        ]
    }

    /// Writes every article's full summary (each sentence with its score, rank and whether it
    /// was chosen) as one JSON line to `path`, with the lengths the benchmark uses, so that two
    /// builds can be compared byte for byte. Not timed; not part of the benchmark contract.
    static func dump(data: String, limit: Int?, to path: String) throws {
        let examples = try read(data: data, limit: limit)
        let splitter = SentenceSplitter()
        let summarizer = TextRankSummarizer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var output = Data()
        for example in examples {
            let count = max(1, splitter.split(example.body).filter { example.reference.contains($0.text) }.count)
            let summary = summarizer.summarize(example.body, title: example.title, length: .sentences(count))
            output.append(try encoder.encode(summary))
            output.append(0x0A)
        }
        try output.write(to: URL(fileURLWithPath: path))
    }

    private static func read(data: String, limit: Int?) throws -> [SummaryExample] {
        let examples = try SummaryExample.read(path: data)
        return limit.map { Array(examples.prefix($0)) } ?? examples
    }
}
