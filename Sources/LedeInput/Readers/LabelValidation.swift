/// The one rule every reader applies to a label: surrounding whitespace is removed (so
/// `"sport "` and `"sport"` are one class, not two) and an empty label is an error rather than
/// a class named "" (fastText#72 shows how such near-duplicates silently split a class).
enum LabelValidation {
    /// `raw` trimmed of whitespace.
    /// - Throws: `.malformedRecord` at `location` naming `field` when nothing is left.
    static func validated(_ raw: String, field: String, at location: SourceLocation) throws(LedeError) -> String {
        let trimmed = trimmed(raw)
        if trimmed.isEmpty {
            var at = location
            at.field = field
            throw .malformedRecord(at, reason: "the label is empty")
        }
        return trimmed
    }

    private static func trimmed(_ text: String) -> String {
        // Almost every label starts and ends with an ASCII letter or digit: skip the Unicode lookups.
        if let first = text.utf8.first, let last = text.utf8.last, isPlainASCII(first), isPlainASCII(last) { return text }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex, last == scalars.index(before: scalars.endIndex) { return text }
        return String(scalars[first...last])
    }

    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
