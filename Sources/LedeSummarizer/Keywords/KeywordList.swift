/// Whether keywords could be extracted from a text.
public enum KeywordStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Keywords were found (possibly fewer than asked for).
    case ok
    /// The text has no word that could be a keyword.
    case empty
    /// The text does not read as English (almost none of its words are English function words),
    /// so no keywords are given rather than a list of its own function words.
    case notEnglish
}

/// The keywords of one text with a status saying why the list may be empty.
public struct KeywordList: Sendable, Hashable, Codable {
    /// Best first.
    public var keywords: [Keyword]
    /// Whether keywords could be extracted.
    public var status: KeywordStatus

    /// Creates a list.
    public init(keywords: [Keyword], status: KeywordStatus) {
        self.keywords = keywords
        self.status = status
    }
}
