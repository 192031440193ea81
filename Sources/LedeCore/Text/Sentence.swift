/// One sentence found by ``SentenceSplitter``.
///
/// `text` is what a reader sees: the sentence's bytes with surrounding whitespace trimmed and
/// every whitespace run that contains a line break (a hard wrap inside the sentence) replaced by
/// one space. `utf8Range` points at the untouched bytes in the input, so callers can map a
/// sentence back to the document (for highlighting or character offsets).
public struct Sentence: Sendable, Hashable {
    /// The sentence, trimmed, with internal line breaks turned into single spaces.
    public var text: String
    /// Byte offsets of the trimmed sentence in the input's UTF-8 encoding.
    public var utf8Range: Range<Int>
    /// The 0-based paragraph the sentence belongs to; paragraphs are separated by blank lines.
    public var paragraphIndex: Int
    /// Whether the sentence ends with `.`, `!`, `?`, `…` (or a CJK full stop), possibly followed
    /// by closing quotes or brackets. False for headlines, list items and unpunctuated lines.
    public var endsWithTerminalPunctuation: Bool

    /// Creates a sentence; ``SentenceSplitter`` is the usual source of sentences.
    public init(text: String, utf8Range: Range<Int>, paragraphIndex: Int, endsWithTerminalPunctuation: Bool) {
        self.text = text
        self.utf8Range = utf8Range
        self.paragraphIndex = paragraphIndex
        self.endsWithTerminalPunctuation = endsWithTerminalPunctuation
    }
}
