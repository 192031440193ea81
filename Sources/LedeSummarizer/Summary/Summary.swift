/// Whether a summary could be made as asked.
public enum SummaryStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// The requested length was met from the article's candidate sentences.
    case ok
    /// The article had fewer usable sentences than requested (or no sentence that looked like
    /// prose, so every sentence was used): the summary holds all it could, at least one.
    case tooShort
    /// The input held no sentence at all; the summary is empty.
    case empty
}

/// The result of summarising one article: the chosen sentences, every sentence with its score
/// and rank, and a status that says whether the length asked for was met.
public struct Summary: Sendable, Hashable, Codable {
    /// The chosen sentences, in the order the options asked for (document or rank order).
    public var sentences: [ScoredSentence]
    /// Every sentence of the body in document order, chosen or not.
    public var all: [ScoredSentence]
    /// Whether the requested length was met.
    public var status: SummaryStatus

    /// Creates a summary.
    public init(sentences: [ScoredSentence], all: [ScoredSentence], status: SummaryStatus) {
        self.sentences = sentences
        self.all = all
        self.status = status
    }

    /// The chosen sentences joined by single spaces.
    public var text: String { sentences.map(\.text).joined(separator: " ") }
}
