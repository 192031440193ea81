/// A keyword or key phrase found by ``KeywordExtractor``.
public struct Keyword: Sendable, Hashable, Codable {
    /// The word or phrase, lower case, words joined by single spaces.
    public var text: String
    /// Its TextRank score (a phrase scores the sum of its words), scaled so the best is 1.
    public var score: Double
    /// How many times it occurs in the text.
    public var occurrences: Int

    /// Creates a keyword.
    public init(text: String, score: Double, occurrences: Int) {
        self.text = text
        self.score = score
        self.occurrences = occurrences
    }
}
