/// A line that ``PageSegmenter`` kept out of an article's paragraphs, with the reason.
public struct RemovedLine: Sendable, Hashable, Codable {
    /// The text as it appeared on the page (a dateline holds only the stripped prefix).
    public var text: String
    /// Why it was left out.
    public var role: LineRole

    /// Creates a removed line.
    public init(text: String, role: LineRole) {
        self.text = text
        self.role = role
    }
}

/// One article found on a page: its headline and labels as metadata, and its body prose.
///
/// `paragraphs` holds prose only, in page order: no title, section, standfirst, subheadings,
/// captions, bylines, datelines or boilerplate. Everything left out that is not in `title`,
/// `section` or `standfirst` is listed in `removedLines`.
public struct ArticleText: Sendable, Hashable {
    /// The headline, when the page has one.
    public var title: String?
    /// The site-section label above the headline ("News"), when there is one.
    public var section: String?
    /// The teaser line between headline and body, when there is one.
    public var standfirst: String?
    /// Body prose, one entry per paragraph; single line breaks inside a paragraph are kept.
    public var paragraphs: [String]
    /// What was left out of `paragraphs` (other than title, section and standfirst), in page order.
    public var removedLines: [RemovedLine]

    /// Creates an article.
    public init(
        title: String? = nil, section: String? = nil, standfirst: String? = nil,
        paragraphs: [String] = [], removedLines: [RemovedLine] = []
    ) {
        self.title = title
        self.section = section
        self.standfirst = standfirst
        self.paragraphs = paragraphs
        self.removedLines = removedLines
    }

    /// The paragraphs joined by blank lines: the text to hand to a sentence splitter.
    public var bodyText: String { paragraphs.joined(separator: "\n\n") }

    /// The removed lines that had `role`, in page order, e.g. `removedText(withRole: .caption)`.
    public func removedText(withRole role: LineRole) -> [String] {
        removedLines.filter { $0.role == role }.map(\.text)
    }
}
