/// How many sentences each evaluated summary has.
public enum EvaluatedLength: Sendable, Hashable {
    /// As many as the reference summary has (``SummaryExample/referenceSentences``).
    case reference
    /// A fixed number.
    case sentences(Int)
}

/// Mean ROUGE of Lede's summaries and of the lead-k baseline (the first k candidate sentences)
/// against reference summaries, side by side. Both are scored with their sentences on separate
/// lines, so ROUGE-Lsum is the summary-level score papers report.
public struct SummaryEvaluationReport: Sendable, Hashable, Codable {
    /// The number of articles.
    public var articles: Int
    /// The mean number of sentences asked of each summary.
    public var meanSentences: Double
    /// Lede's mean scores.
    public var lede: RougeScores
    /// The lead-k baseline's mean scores.
    public var leadK: RougeScores
    /// Seconds Lede spent summarising (not scoring).
    public var summarizingSeconds: Double

    /// Summarises every example with `summarizer` and scores it and lead-k with ROUGE.
    public init(examples: [SummaryExample], summarizer: TextRankSummarizer, length: EvaluatedLength, stemming: Bool = true,
                threads: Int = ParallelWork.defaultThreadCount) {
        let counts = examples.map { example -> Int in
            switch length {
            case .sentences(let count): return max(1, count)
            case .reference: return max(1, example.referenceSentences.count)
            }
        }
        let start = ContinuousClock.now
        let summaries = ParallelWork.map(count: examples.count, threads: threads) { index in
            summarizer.summarize(examples[index].body, title: examples[index].title, length: .sentences(counts[index]))
        }
        let elapsed = ContinuousClock.now - start
        let scorer = RougeScorer(useStemmer: stemming)
        let pairs = ParallelWork.map(count: examples.count, threads: threads) { index -> (RougeScores, RougeScores) in
            let reference = examples[index].reference
            let lede = summaries[index].sentences.map(\.text).joined(separator: "\n")
            let lead = summaries[index].all.filter { $0.rank != nil }.prefix(counts[index]).map(\.text).joined(separator: "\n")
            return (scorer.score(candidate: lede, reference: reference), scorer.score(candidate: lead, reference: reference))
        }
        var ledeTotal = RougeAccumulator()
        var leadTotal = RougeAccumulator()
        for (ledeScores, leadScores) in pairs {
            ledeTotal.add(ledeScores)
            leadTotal.add(leadScores)
        }
        articles = examples.count
        meanSentences = examples.isEmpty ? 0 : Double(counts.reduce(0, +)) / Double(examples.count)
        lede = ledeTotal.mean
        leadK = leadTotal.mean
        summarizingSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
