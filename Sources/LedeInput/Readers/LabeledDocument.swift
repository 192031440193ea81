/// One document read from a corpus: its text, and when the corpus gives them, an id, a label
/// (the class to learn or check) and a title. `location` says where it came from, so every
/// result and every error can point back at the input file and line.
public struct LabeledDocument: Sendable, Hashable {
    /// The record's id (`"business/001"`), when the corpus has one.
    public var id: String?
    /// The class label (`"sport"`), or `nil` for unlabelled input.
    public var label: String?
    /// The headline, when the corpus keeps it apart from the body.
    public var title: String?
    /// The body text, with `\r\n` line endings normalised to `\n`.
    public var text: String
    /// The file and, for line-based formats, the 1-based line where the record starts.
    public var location: SourceLocation

    /// Creates a document; readers normalise `text` before calling this.
    public init(
        id: String? = nil, label: String? = nil, title: String? = nil, text: String,
        location: SourceLocation
    ) {
        self.id = id
        self.label = label
        self.title = title
        self.text = text
        self.location = location
    }

    /// Title and text joined by a blank line (title omitted when text already starts with it).
    ///
    /// Corpora differ here: BBC News keeps the headline as the first line of `text`, AG News
    /// keeps it only in `title`. Joining this way gives both the same shape without doubling
    /// the headline.
    public var fullText: String {
        guard let title, !title.isEmpty else { return text }
        if Self.text(text, startsWith: title) { return text }
        return title + "\n\n" + text
    }

    /// Byte comparison, ignoring whitespace before the text and around the title: `String.hasPrefix`
    /// would apply Unicode equivalence, which costs more and never matters for a copied headline.
    private static func text(_ text: String, startsWith title: String) -> Bool {
        let titleBytes = Array(title.utf8)
        var start = 0
        var end = titleBytes.count
        while start < end, isWhitespace(titleBytes[start]) { start += 1 }
        while end > start, isWhitespace(titleBytes[end - 1]) { end -= 1 }
        return text.utf8.drop(while: isWhitespace).starts(with: titleBytes[start..<end])
    }
}

private func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
}
