/// Shape facts about one line or paragraph of page text that the segmentation rules use:
/// word count, final punctuation, list-item markers. Cheap scalar scans over short strings.
struct LineShape: Sendable {
    /// The text with surrounding whitespace removed.
    let text: String
    /// Whitespace-separated tokens.
    let wordCount: Int
    /// Ends in `.`, `!`, `?`, `…`, `:` or `;`, ignoring closing quotes and brackets.
    let hasFinalPunctuation: Bool
    /// Starts with a bullet, a dash or an item number such as `1.`: list items are prose.
    let isListItem: Bool
    /// Holds a line break (a paragraph joined from several lines).
    let isMultiline: Bool

    init(_ text: String) {
        self.text = text
        wordCount = LineShape.countWords(text)
        hasFinalPunctuation = LineShape.endsWithFinalPunctuation(text)
        isListItem = LineShape.startsLikeListItem(text)
        isMultiline = text.utf8.contains(UInt8(ascii: "\n"))
    }

    /// Short, unpunctuated, one line and not a list item: a headline, section label,
    /// unpunctuated standfirst or subheading.
    func isHeadingLike(maxWords: Int) -> Bool {
        !hasFinalPunctuation && !isListItem && !isMultiline && wordCount > 0 && wordCount <= maxWords
    }

    static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if isSpace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    static func endsWithFinalPunctuation(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case " ", "\t", "\n", "\u{A0}", "\"", "'", "\u{2019}", "\u{201D}", "\u{BB}", ")", "]", "*":
                continue
            case ".", "!", "?", "\u{2026}", ":", ";":
                return true
            default:
                return false
            }
        }
        return false
    }

    static func startsLikeListItem(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(4))
        guard let first = scalars.first else { return false }
        switch first {
        case "\u{2022}", "\u{B7}", "\u{25AA}", "\u{25CF}", "\u{2023}":
            return true
        case "-", "*", "\u{2013}", "\u{2014}":
            return scalars.count > 1 && scalars[1] == " "
        default:
            guard first.properties.numericType != nil else { return false }
            var index = 1
            while index < scalars.count, scalars[index].properties.numericType != nil { index += 1 }
            return index + 1 < scalars.count && (scalars[index] == "." || scalars[index] == ")")
                && scalars[index + 1] == " "
        }
    }

    /// Removes leading and trailing whitespace, including no-break spaces.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}"
            || scalar == "\u{0C}" || scalar == "\u{2009}" || scalar == "\u{202F}" || scalar == "\u{FEFF}"
    }

    /// The tokens of `text` split at whitespace.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{A0}" })
    }

    /// Whether `word` starts with an upper-case letter (after any opening quote or bracket).
    static func isCapitalised<S: StringProtocol>(_ word: S) -> Bool {
        for scalar in word.unicodeScalars {
            if scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{2018}" || scalar == "(" || scalar == "'" {
                continue
            }
            return scalar.properties.isUppercase
        }
        return false
    }
}
