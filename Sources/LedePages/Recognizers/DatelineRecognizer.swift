/// Finds news datelines: the `CITY (AGENCY) —` prefix of a first body paragraph, and lines
/// that hold only a publication date or reading time (peer ask C5, PyTeaser #20).
///
/// A dateline prefix is the text before the first dash (`—`, `–`, ` - ` or `--`) in the first
/// 120 characters, when every word outside parentheses is upper case (`SALT`, `N.M.`), a
/// connector (`and`, `&`), a capitalised abbreviation (`Calif.`, `Mass.,`), a month name or a
/// number; the first word is upper case with at least two letters; the parenthesised parts hold
/// at most 60 characters each (`(AP)`, `(December 22, 2013)`); and the text after the dash starts
/// with a capital, a digit or a quote. Examples: `SALT LAKE CITY —`, `NEW YORK (AP) —`,
/// `NEW YORK and CHICAGO (December 22, 2013) —`, `ALBUQUERQUE, N.M. (AP) —`, `LONDON, Jan 5 (Reuters) -`.
struct DatelineRecognizer: Sendable {
    /// The dateline (prefix and dash, trimmed) and the paragraph without it.
    struct Split: Sendable, Hashable {
        var dateline: String
        var remainder: String
    }

    static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    func split(_ paragraph: String) -> Split? {
        let scalars = Array(paragraph.unicodeScalars.prefix(160))
        guard let dash = firstDash(in: scalars) else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[0..<dash.start]))
        guard isDatelinePrefix(prefix) else { return nil }
        var restStart = paragraph.unicodeScalars.index(paragraph.unicodeScalars.startIndex, offsetBy: dash.end)
        let all = paragraph.unicodeScalars
        while restStart < all.endIndex, LineShape.isSpace(all[restStart]) { restStart = all.index(after: restStart) }
        guard restStart < all.endIndex else { return nil }
        let next = all[restStart]
        guard next.properties.isUppercase || next.properties.numericType != nil
            || next == "\u{201C}" || next == "\"" || next == "\u{2018}"
        else { return nil }
        let dateline = LineShape.trimmed(String(String.UnicodeScalarView(scalars[0..<dash.end])))
        return Split(dateline: dateline, remainder: String(all[restStart...]))
    }

    /// Whether a short line holds only a date, time or reading time ("Updated 3 hours ago", "5 min read").
    func isDateOnlyLine(_ shape: LineShape) -> Bool {
        guard shape.wordCount > 0, shape.wordCount <= 8 else { return false }
        let lower = shape.text.lowercased()
        guard lower.contains(where: \.isNumber) else { return false }
        if lower.contains(" ago") || lower.contains("min read") || lower.contains("minute read") { return true }
        let words = LineShape.words(lower).map { $0.filter(\.isLetter) }
        let hasMonth = words.contains { Self.months.contains(String($0)) }
        let otherWords = words.filter {
            !$0.isEmpty && !Self.months.contains(String($0))
                && !["published", "updated", "posted", "on", "at", "am", "pm", "gmt", "bst", "utc", "est", "et",
                     "pt", "th", "st", "nd", "rd", "last", "modified", "date"].contains(String($0))
                && !["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(String($0))
        }
        return hasMonth && otherWords.isEmpty
    }

    private func firstDash(in scalars: [Unicode.Scalar]) -> (start: Int, end: Int)? {
        var index = 0
        var depth = 0
        while index < min(scalars.count, 120) {
            let scalar = scalars[index]
            if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if scalar == "\u{2014}" || scalar == "\u{2013}" { return (index, index + 1) }
                if scalar == "-", index > 0, index + 1 < scalars.count {
                    if scalars[index + 1] == "-" { return (index, index + 2) }
                    if scalars[index - 1] == " " && scalars[index + 1] == " " { return (index, index + 1) }
                }
            }
            index += 1
        }
        return nil
    }

    private func isDatelinePrefix(_ prefix: String) -> Bool {
        var outside = ""
        var depth = 0
        var groupLength = 0
        for scalar in prefix.unicodeScalars {
            if scalar == "(" { depth += 1; groupLength = 0; outside.unicodeScalars.append(" "); continue }
            if scalar == ")" { depth = max(0, depth - 1); continue }
            if depth > 0 {
                groupLength += 1
                if groupLength > 60 { return false }
            } else {
                outside.unicodeScalars.append(scalar)
            }
        }
        let words = outside.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
        guard let first = words.first, isUpperCaseWord(first, minimumLetters: 2) else { return false }
        return words.allSatisfy { word in
            isUpperCaseWord(word, minimumLetters: 1) || word == "and" || word == "&"
                || isCapitalisedAbbreviation(word) || Self.months.contains(word.lowercased().filter(\.isLetter))
                || word.allSatisfy { $0.isNumber }
        }
    }

    private func isUpperCaseWord(_ word: Substring, minimumLetters: Int) -> Bool {
        var letters = 0
        for character in word {
            if character.isLetter {
                guard character.isUppercase else { return false }
                letters += 1
            } else if !(character == "." || character == "'" || character == "\u{2019}" || character == "-") {
                return false
            }
        }
        return letters >= minimumLetters
    }

    private func isCapitalisedAbbreviation(_ word: Substring) -> Bool {
        guard word.hasSuffix("."), let first = word.first, first.isUppercase, word.count <= 6 else { return false }
        return word.dropFirst().allSatisfy { $0.isLetter || $0 == "." }
    }
}
