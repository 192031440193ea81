/// The one rule every reader applies to a label: surrounding whitespace is removed (so
/// `"sport "` and `"sport"` are one class, not two) and an empty label is an error rather than
/// a class named "" (fastText#72 shows how such near-duplicates silently split a class).
enum LabelValidation {
    /// `raw` trimmed of whitespace.
    /// - Throws: `.malformedRecord` at `location` naming `field` when nothing is left.
    /// A label with a control character inside (a newline, a tab, an escape) is refused too: a
    /// label is printed on one line of a table, a CSV row or an error message.
    static func validated(_ raw: String, field: String, at location: SourceLocation) throws(LedeError) -> String {
        let trimmed = trimmed(raw)
        var at = location
        at.field = field
        if trimmed.isEmpty {
            throw .malformedRecord(at, reason: "the label is empty")
        }
        if let control = trimmed.unicodeScalars.first(where: isControl) {
            throw .malformedRecord(
                at, reason: "the label \"\(printable(trimmed))\" holds the control character U+\(hex(control)); labels must print on one line")
        }
        return trimmed
    }

    /// Whether `scalar` is a control character (general category Cc: C0, DEL, C1).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// `text` with control characters written as `\u{…}` escapes, safe to print on one line.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { result += "\\u{\(hex(scalar))}" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
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
