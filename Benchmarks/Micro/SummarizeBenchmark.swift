import LedeAnalysis

/// Summarises every article with the shipped defaults, as many sentences as its reference
/// summary has, headline excluded; ROUGE F1 × 100 with stemming. `seconds` is summarising alone.
enum SummarizeBenchmark {
    static func run(data: String, limit: Int?) throws -> [String: Any] {
        var examples = try SummaryExample.read(path: data)
        if let limit { examples = Array(examples.prefix(limit)) }
        let report = SummaryEvaluationReport(examples: examples, summarizer: TextRankSummarizer(), length: .reference)
        return [
            "seconds": report.summarizingSeconds, "articles": report.articles,
            "rouge1": report.lede.rouge1.f1 * 100, "rouge2": report.lede.rouge2.f1 * 100, "rougeL": report.lede.rougeL.f1 * 100,
        ]
    }
}
