import Foundation
import LedeAnalysis

/// Summarises every article with the shipped defaults, as many sentences as its reference
/// summary has, headline excluded, and writes the summaries to a `CandidateSummaries` file.
/// `seconds` is summarising alone (not reading, counting reference sentences or writing). ROUGE
/// is not computed here: the suite scores every system's file with `score-summaries` afterwards,
/// so Lede and its peers are scored by the same code, outside the timed processes.
enum SummarizeBenchmark {
    static func run(data: String, limit: Int?, summaries path: String) throws -> [String: Any] {
        let examples = try read(data: data, limit: limit)
        let counts = referenceSentenceCounts(examples)
        let summarizer = TextRankSummarizer()
        // Spread over the cores as `SummaryEvaluationReport` does, so the time is comparable
        // with the figures taken before ROUGE moved out of this process.
        let start = ContinuousClock.now
        let summaries = ParallelWork.map(count: examples.count) { index in
            summarizer.summarize(examples[index].body, title: examples[index].title, length: .sentences(counts[index]))
        }
        let summarizingSeconds = seconds(since: start)
        try CandidateSummaries.write(summaries.map(\.text), to: path)
        return ["seconds": summarizingSeconds, "articles": examples.count]
    }

    /// Writes every article's full summary (each sentence with its score, rank and whether it
    /// was chosen) as one JSON line to `path`, with the lengths the benchmark uses, so that two
    /// builds can be compared byte for byte. Not timed; not part of the benchmark contract.
    static func dump(data: String, limit: Int?, to path: String) throws {
        let examples = try read(data: data, limit: limit)
        let counts = referenceSentenceCounts(examples)
        let summarizer = TextRankSummarizer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var output = Data()
        for (example, count) in zip(examples, counts) {
            let summary = summarizer.summarize(example.body, title: example.title, length: .sentences(count))
            output.append(try encoder.encode(summary))
            output.append(0x0A)
        }
        try output.write(to: URL(fileURLWithPath: path))
    }

    /// The examples of `data`, the first `limit` of them when a limit is given.
    static func read(data: String, limit: Int?) throws -> [SummaryExample] {
        let examples = try SummaryExample.read(path: data)
        return limit.map { Array(examples.prefix($0)) } ?? examples
    }

    /// How many sentences each summary gets: `EvaluatedLength.reference`, the body sentences (by
    /// Lede's splitter) that occur verbatim in the reference, at least one.
    private static func referenceSentenceCounts(_ examples: [SummaryExample]) -> [Int] {
        let splitter = SentenceSplitter()
        return ParallelWork.map(count: examples.count) { index in
            let example = examples[index]
            return max(1, splitter.split(example.body).filter { example.publishedReference.contains($0.text) }.count)
        }
    }
}
