import LedeCore

/// Fuzzes ``Tokenizer`` on any bytes (decoded as UTF-8 with repair, as readers hand it text).
///
/// Properties: every word is non-empty valid UTF-8 without whitespace and already lower-case;
/// for ASCII input every word is a substring of the lower-cased input; with bigrams on, the
/// terms are exactly each word followed by its bigram with the previous word.
enum TokenizerFuzzTarget {
    /// Built once: a tokenizer's stop-word table costs more than tokenising a short input.
    static let plain = Tokenizer(options: options(stopWords: .none, ngramMax: 1, stemming: false))
    static let bigrams = Tokenizer(options: options(stopWords: .none, ngramMax: 2, stemming: false))
    static let stemmed = Tokenizer(options: options(stopWords: .english, ngramMax: 3, stemming: true))

    static func options(stopWords: StopWords, ngramMax: Int, stemming: Bool) -> TokenizerOptions {
        var options = TokenizerOptions()
        options.stopWords = stopWords
        options.ngramMax = ngramMax
        options.stemming = stemming
        return options
    }

    static let target = FuzzTarget(name: "tokenizer") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        let words = plain.words(text)
        let isASCII = bytes.allSatisfy { $0 < 0x80 }
        let lowered = text.lowercased()
        for word in words {
            try require(!word.isEmpty, "empty word")
            try require(!word.unicodeScalars.contains { $0.properties.isWhitespace }, "word \(word.debugDescription) holds whitespace")
            try require(word.lowercased() == word, "word \(word.debugDescription) is not lower-case")
            if isASCII { try require(lowered.contains(word), "word \(word.debugDescription) is not in the input") }
        }
        let terms = bigrams.terms(text)
        var expected: [String] = []
        for (index, word) in words.enumerated() {
            expected.append(word)
            if index > 0 { expected.append(words[index - 1] + " " + word) }
        }
        try require(terms == expected, "bigram terms \(terms) differ from words \(words)")
        // The stop-word list and stemming must not break anything either.
        for term in stemmed.terms(text) {
            try require(!term.isEmpty && !term.hasPrefix(" ") && !term.hasSuffix(" "), "bad stemmed term \(term.debugDescription)")
        }
    }
}
