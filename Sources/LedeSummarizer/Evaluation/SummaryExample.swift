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
    /// The reference summary's sentences.
    public var referenceSentences: [String]
    /// The reference as the data gave it: the `summary` text when there was one, else the
    /// sentences joined by newlines.
    public var publishedReference: String
    /// Where the example was read from.
    public var location: SourceLocation

    /// The reference summary, one sentence a line (the form ROUGE-Lsum reads).
    public var reference: String { referenceSentences.joined(separator: "\n") }

    /// Creates an example from an article whose first line is its headline and the reference's
    /// sentences.
    public init(article: String, referenceSentences: [String], location: SourceLocation, publishedReference: String? = nil) {
        let parts = article.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        title = String(parts.first ?? "")
        body = parts.count > 1 ? String(parts[1]) : ""
        self.referenceSentences = referenceSentences
        self.publishedReference = publishedReference ?? referenceSentences.joined(separator: "\n")
        self.location = location
    }

    /// Creates an example whose reference is one text, split into sentences by
    /// ``sentences(ofReference:splitter:)``.
    public init(article: String, reference: String, location: SourceLocation, splitter: SentenceSplitter = .init()) {
        self.init(
            article: article, referenceSentences: Self.sentences(ofReference: reference, splitter: splitter),
            location: location, publishedReference: reference)
    }

    /// The sentences of a reference summary given as one text: its lines when it has several
    /// (CNN/DailyMail highlights are one a line, often without a full stop), otherwise what the
    /// sentence splitter finds (which also separates sentences glued as "bn.For").
    public static func sentences(ofReference text: String, splitter: SentenceSplitter = .init()) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
            .filter { !$0.isEmpty }
        if lines.count > 1 { return lines }
        return splitter.split(text).map(\.text)
    }

    /// The field holding the article (headline on its first line) when the caller does not say.
    public static let defaultArticleField = "article"
    /// The field holding the reference summary when the caller does not say.
    public static let defaultSummaryField = "summary"
    /// The field holding the reference's sentences as a list when the caller does not say.
    public static let defaultSentencesField = "summary_sentences"

    /// Reads JSON Lines with the string fields `article` and `summary` (names configurable). The
    /// reference's sentences come from `summary_sentences` (a list of strings) when a record has
    /// it, else from `summary` (see ``sentences(ofReference:splitter:)``). A bad line is an error
    /// naming the file and line.
    public static func read(
        path: String, articleField: String = defaultArticleField, summaryField: String = defaultSummaryField,
        sentencesField: String = defaultSentencesField
    ) throws -> [SummaryExample] {
        let splitter = SentenceSplitter()
        var examples: [SummaryExample] = []
        for (location, object) in try JSONLinesFields.read(path: path, wanted: [articleField, summaryField, sentencesField]) {
            guard let article = object.strings[articleField] else { throw LedeError.missingField(location, field: articleField) }
            if let sentences = object.lists[sentencesField], !sentences.isEmpty {
                examples.append(SummaryExample(
                    article: article, referenceSentences: sentences, location: location,
                    publishedReference: object.strings[summaryField]))
            } else if let summary = object.strings[summaryField] {
                examples.append(SummaryExample(article: article, reference: summary, location: location, splitter: splitter))
            } else {
                throw LedeError.missingField(location, field: summaryField)
            }
        }
        return examples
    }
}
