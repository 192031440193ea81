/// Settings of TextRank keyword extraction.
public struct KeywordOptions: Sendable, Hashable, Codable {
    /// Two candidate words are linked when they occur within this many candidate positions of
    /// each other in a sentence (stop words removed first). Default 2, TextRank's window.
    public var window: Int = 2
    /// Words shorter than this many characters are not candidates. Default 3.
    public var minimumWordLength: Int = 3
    /// The share of candidate words (best first) that may form keywords and phrases; at least
    /// as many words as are asked for are always kept. Default 1/3, as in Mihalcea & Tarau.
    public var keptFraction: Double = 1.0 / 3.0
    /// Longest key phrase, in words. Default 4.
    public var maximumPhraseWords: Int = 4
    /// PageRank damping factor. Default 0.85.
    public var damping: Double = 0.85
    /// How many keywords and phrases to return when the caller does not say (`lede keywords`
    /// and each article of `lede analyze`). Default 8.
    public var count: Int = 8

    /// The documented defaults.
    public init() {}
}
