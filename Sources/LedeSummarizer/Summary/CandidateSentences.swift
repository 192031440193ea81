/// Decides which sentences of an article body may enter a summary: prose only, each distinct
/// sentence once, at most ``SummarizerOptions/maxRankedSentences`` of them.
struct CandidateSentences {
    /// Indices (into the article's sentences) of the sentences to rank, in document order.
    let indices: [Int]
    /// Whether the prose filter left nothing, so every distinct sentence was used instead.
    let usedFallback: Bool

    init(_ sentences: [Sentence], options: SummarizerOptions) {
        // A text with no terminal punctuation at all (a transcript) is judged by length only.
        let needsPunctuation = options.requiresTerminalPunctuation
            && sentences.contains(where: \.endsWithTerminalPunctuation)
        var seen = Set<String>()
        var prose: [Int] = []
        var distinct: [Int] = []
        for (index, sentence) in sentences.enumerated() {
            guard seen.insert(sentence.text).inserted else { continue }
            if distinct.count < options.maxRankedSentences { distinct.append(index) }
            let isProse = Self.wordCount(sentence.text) >= options.minimumSentenceWords
                && (!needsPunctuation || sentence.endsWithTerminalPunctuation)
            if isProse {
                prose.append(index)
                if prose.count == options.maxRankedSentences { break }
            }
        }
        usedFallback = prose.isEmpty
        indices = prose.isEmpty ? distinct : prose
    }

    /// The number of whitespace-separated words in `text`.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
