/// One article as every command that reads articles sees it, whatever it came from: an article
/// found on a page (a text or HTML file, or standard input) or one JSON Lines / CSV record.
///
/// `topicText` is the text the topic model reads, so `lede classify`, `lede explain` and
/// `lede analyze` give an article the same topic; `article` is what the summariser and the
/// keyword extractor read (headline apart, bylines and captions left out).
public struct ArticleRecord: Sendable, Hashable {
    /// The file the article came from (`-` for standard input).
    public var source: String
    /// Where exactly: the file, and for a record the line it starts on.
    public var location: SourceLocation
    /// The article's position on its page (1-based); always 1 for a record.
    public var index: Int
    /// The record's id, when the input has one.
    public var id: String?
    /// The record's label, when the input has one.
    public var label: String?
    /// The article: headline, section, standfirst, body paragraphs and the lines left out.
    public var article: ArticleText
    /// The text the topic model classifies.
    public var topicText: String

    /// Creates a record; ``ArticleRecordReader`` makes them from input.
    public init(
        source: String, location: SourceLocation, index: Int, id: String? = nil, label: String? = nil,
        article: ArticleText, topicText: String
    ) {
        self.source = source
        self.location = location
        self.index = index
        self.id = id
        self.label = label
        self.article = article
        self.topicText = topicText
    }

    /// The line of a JSON Lines or CSV record, `nil` for an article found on a page.
    public var line: Int? { location.line }

    /// The topic text of an article found on a page: headline, standfirst and body paragraphs.
    public static func topicText(of article: ArticleText) -> String {
        ([article.title, article.standfirst].compactMap { $0 } + article.paragraphs).joined(separator: "\n\n")
    }
}

/// A record, or the reason one could not be read (a bad line, an unreadable file).
public typealias ArticleRecordOutcome = Result<ArticleRecord, LedeError>
