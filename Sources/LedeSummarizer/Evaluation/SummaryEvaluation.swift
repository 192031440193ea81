#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An article with a reference summary, for ROUGE evaluation.
public struct SummaryExample: Sendable, Hashable {
    /// The headline (the article's first line), never a candidate sentence.
    public var title: String
    /// The article body without the headline.
    public var body: String
    /// The reference summary.
    public var reference: String
    /// Where the example was read from.
    public var location: SourceLocation

    /// Creates an example from an article whose first line is its headline.
    public init(article: String, reference: String, location: SourceLocation) {
        let parts = article.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        title = String(parts.first ?? "")
        body = parts.count > 1 ? String(parts[1]) : ""
        self.reference = reference
        self.location = location
    }

    /// The field holding the article (headline on its first line) when the caller does not say.
    public static let defaultArticleField = "article"
    /// The field holding the reference summary when the caller does not say.
    public static let defaultSummaryField = "summary"

    /// Reads JSON Lines with string fields `article` and `summary` (names configurable);
    /// a bad line is an error naming the file and line.
    public static func read(
        path: String, articleField: String = defaultArticleField, summaryField: String = defaultSummaryField
    ) throws -> [SummaryExample] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? LedeError.unreadable(SourceLocation(path: path), reason: "permission denied or I/O error")
                : LedeError.fileNotFound(SourceLocation(path: path))
        }
        var examples: [SummaryExample] = []
        let decoder = JSONDecoder()
        decoder.userInfo[StringFields.wantedKey] = [articleField, summaryField]
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let location = SourceLocation(path: path, line: index + 1)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? decoder.decode(StringFields.self, from: Data(line)) else {
                throw LedeError.malformedRecord(location, reason: "not a JSON object")
            }
            guard let article = object.values[articleField] else { throw LedeError.missingField(location, field: articleField) }
            guard let summary = object.values[summaryField] else { throw LedeError.missingField(location, field: summaryField) }
            examples.append(SummaryExample(article: article, reference: summary, location: location))
        }
        guard !examples.isEmpty else { throw LedeError.emptyInput(SourceLocation(path: path)) }
        return examples
    }
}

/// How many sentences each evaluated summary has.
public enum EvaluatedLength: Sendable, Hashable {
    /// As many as the reference summary has: the body sentences (by Lede's splitter) that occur
    /// verbatim in the reference, at least one. This works for references glued without spaces.
    case reference
    /// A fixed number.
    case sentences(Int)
}

/// Mean ROUGE of Lede's summaries and of the lead-k baseline (the first k candidate sentences)
/// against reference summaries, side by side.
public struct SummaryEvaluationReport: Sendable, Hashable, Codable {
    /// The number of articles.
    public var articles: Int
    /// Lede's mean scores.
    public var lede: RougeScores
    /// The lead-k baseline's mean scores.
    public var leadK: RougeScores
    /// Seconds Lede spent summarising (not scoring).
    public var summarizingSeconds: Double

    /// Summarises every example with `summarizer` and scores it and lead-k with ROUGE.
    public init(examples: [SummaryExample], summarizer: TextRankSummarizer, length: EvaluatedLength, stemming: Bool = true,
                threads: Int = ParallelWork.defaultThreadCount) {
        let splitter = SentenceSplitter()
        let counts = ParallelWork.map(count: examples.count, threads: threads) { index -> Int in
            switch length {
            case .sentences(let count): return max(1, count)
            case .reference:
                let example = examples[index]
                return max(1, splitter.split(example.body).filter { example.reference.contains($0.text) }.count)
            }
        }
        let start = ContinuousClock.now
        let summaries = ParallelWork.map(count: examples.count, threads: threads) { index in
            summarizer.summarize(examples[index].body, title: examples[index].title, length: .sentences(counts[index]))
        }
        let elapsed = ContinuousClock.now - start
        let scorer = RougeScorer(useStemmer: stemming)
        let pairs = ParallelWork.map(count: examples.count, threads: threads) { index -> (RougeScores, RougeScores) in
            let lead = summaries[index].all.filter { $0.rank != nil }.prefix(counts[index]).map(\.text).joined(separator: " ")
            return (scorer.score(candidate: summaries[index].text, reference: examples[index].reference),
                    scorer.score(candidate: lead, reference: examples[index].reference))
        }
        var ledeTotal = RougeAccumulator()
        var leadTotal = RougeAccumulator()
        for (ledeScores, leadScores) in pairs {
            ledeTotal.add(ledeScores)
            leadTotal.add(leadScores)
        }
        articles = examples.count
        lede = ledeTotal.mean
        leadK = leadTotal.mean
        summarizingSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// The string values of the wanted fields of one JSON object (names in the decoder's
/// `userInfo[wantedKey]`); a wanted field that is absent or not a string is left out.
private struct StringFields: Decodable {
    static let wantedKey = CodingUserInfoKey(rawValue: "LedeWantedFields")!

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    var values: [String: String] = [:]

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for name in decoder.userInfo[Self.wantedKey] as? [String] ?? [] {
            if let value = try? container.decode(String.self, forKey: Key(stringValue: name)) { values[name] = value }
        }
    }
}
