/// One word of a sentence as the keyword extractor sees it.
struct PhraseWord: Sendable {
    /// Lower case, possessive ending removed, typographic apostrophes made plain.
    var text: String
    /// Whether the word as written starts with an upper-case letter (never set on a sentence's
    /// first word, which is capitalised by position).
    var isCapitalized: Bool
    /// Whether clause punctuation (a comma, colon, bracket, quote, dash…) or the sentence start
    /// comes right before the word, so no phrase may join it to the word before.
    var startsClause: Bool
    /// Whether the word ended in a possessive ('s, s'), so no phrase may continue past it.
    var isPossessive: Bool
}

/// Splits a sentence into ``PhraseWord``s. A word is a run of letters and digits, with
/// hyphens, apostrophes, full stops and ampersands kept inside it when a letter or digit
/// follows ("state-owned", "O'Neill", "U.S.", "AT&T").
enum PhraseWordScanner {
    static func words(in sentence: String) -> [PhraseWord] {
        var words: [PhraseWord] = []
        var current = String.UnicodeScalarView()
        var sawPunctuation = true
        let scalars = Array(sentence.unicodeScalars)
        func finish() {
            guard !current.isEmpty else { return }
            var text = String(current).lowercased()
            let isCapitalized = current.first.map { $0.properties.isUppercase } ?? false
            var isPossessive = false
            if text.hasSuffix("'s") {
                text.removeLast(2)
                isPossessive = true
            } else if text.hasSuffix("s'") {
                text.removeLast()
                isPossessive = true
            }
            while text.last == "'" || text.last == "." || text.last == "-" { text.removeLast() }
            if !text.isEmpty {
                words.append(PhraseWord(text: text, isCapitalized: isCapitalized, startsClause: sawPunctuation, isPossessive: isPossessive))
            }
            sawPunctuation = false
            current = String.UnicodeScalarView()
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty, isJoiner(scalar), index + 1 < scalars.count, isWordScalar(scalars[index + 1]) {
                current.append(scalar == "\u{2019}" ? "'" : scalar)
            } else if !current.isEmpty, (scalar == "'" || scalar == "\u{2019}"), current.last == "s" || current.last == "S" {
                // A plural possessive, "workers' pay": keep the apostrophe so the word is marked.
                current.append("'")
            } else {
                finish()
                if !scalar.properties.isWhitespace { sawPunctuation = true }
            }
            index += 1
        }
        finish()
        return words
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}" || scalar == "." || scalar == "&"
    }
}
