/// Decides which sentences of an article body may enter a summary: prose only, each distinct
/// sentence once, at most ``SummarizerOptions/maxRankedSentences`` of them.
struct CandidateSentences {
    /// Indices (into the article's sentences) of the sentences to rank, in document order.
    let indices: [Int]
    /// Whether the prose filter left nothing, so every distinct sentence was used instead.
    let usedFallback: Bool
    /// The number of words of each sentence in ``indices`` (see ``wordCount(_:)``).
    let wordCounts: [Int]

    init(_ sentences: [Sentence], options: SummarizerOptions) {
        // A text with no terminal punctuation at all (a transcript) is judged by length only.
        let needsPunctuation = options.requiresTerminalPunctuation
            && sentences.contains(where: \.endsWithTerminalPunctuation)
        var seen = Set<String>()
        var prose: [Int] = []
        var proseWords: [Int] = []
        var distinct: [Int] = []
        var distinctWords: [Int] = []
        for (index, sentence) in sentences.enumerated() {
            guard seen.insert(sentence.text).inserted else { continue }
            let words = Self.wordCount(sentence.text)
            if distinct.count < options.maxRankedSentences {
                distinct.append(index)
                distinctWords.append(words)
            }
            let isProse = words >= options.minimumSentenceWords
                && (!needsPunctuation || sentence.endsWithTerminalPunctuation)
            if isProse {
                prose.append(index)
                proseWords.append(words)
                if prose.count == options.maxRankedSentences { break }
            }
        }
        usedFallback = prose.isEmpty
        indices = prose.isEmpty ? distinct : prose
        wordCounts = prose.isEmpty ? distinctWords : proseWords
    }

    /// The number of whitespace-separated words in `text`.
    static func wordCount(_ text: String) -> Int {
        var text = text
        // On the contiguous bytes: iterating `String.UTF8View` checks every index.
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
                if !isSpace && !inWord { count += 1 }
                inWord = !isSpace
            }
            return count
        }
    }
}
