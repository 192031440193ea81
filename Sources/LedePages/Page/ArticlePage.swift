/// A page as a user hands it to Lede: a file (text or HTML) or standard input, decoded and
/// reduced to plain text, ready to be split into articles.
public struct ArticlePage: Sendable, Hashable {
    /// Where the page came from (`-` for standard input).
    public var source: String
    /// The page as plain text (HTML already reduced to its text).
    public var text: String
    /// Whether the input was HTML.
    public var wasHTML: Bool
    /// Warnings from decoding (e.g. a Windows-1252 fallback).
    public var warnings: [String]

    /// Creates a page from text already in hand; HTML is reduced to its text. `isHTML` says
    /// whether `text` is HTML; `nil` (the default) decides from the content.
    public init(source: String, text: String, warnings: [String] = [], isHTML: Bool? = nil) {
        self.source = source
        let isHTML = isHTML ?? HTMLTextExtractor.looksLikeHTML(text)
        self.text = isHTML ? HTMLTextExtractor().text(fromHTML: text) : text
        wasHTML = isHTML
        self.warnings = warnings
    }

    /// Reads the page at `path` (`-` for standard input): strict UTF-8 (or UTF-16 with a BOM),
    /// `<meta charset>` honoured for HTML files; empty, binary or oversized input is refused with
    /// an error naming the file. `isHTML` says whether the file is HTML; `nil` (the default)
    /// decides from the content.
    public static func read(
        path: String, limits: InputLimits = .init(), decoding: TextDecodingOptions = .init(), isHTML: Bool? = nil
    ) throws -> ArticlePage {
        let bytes = try InputFiles.readBytes(path: path, limits: limits)
        let location = SourceLocation(path: path)
        let decoded = try TextDecoder.decode(bytes, location: location, options: decoding)
        guard decoded.text.contains(where: { !$0.isWhitespace }) else { throw LedeError.emptyInput(location) }
        return ArticlePage(source: path, text: LineEndings.normalized(decoded.text), warnings: decoded.warnings, isHTML: isHTML)
    }
}
