/// The TF-IDF single-word keyword baseline: a story's words ranked by their count in the story
/// times smooth idf, `ln((1 + N) / (1 + df)) + 1`, over the `N` stories given. Stop words,
/// numbers and words under three letters are left out; ties go to the word seen first.
struct TfidfWordBaseline: Sendable {
    private let counts: [[(word: String, count: Int)]]
    private let documentFrequency: [String: Int]

    init(documents: [String]) {
        var tokenizerOptions = TokenizerOptions()
        tokenizerOptions.minimumLength = 3
        let tokenizer = Tokenizer(options: tokenizerOptions)
        var frequencies: [String: Int] = [:]
        counts = documents.map { text in
            var order: [String] = []
            var tally: [String: Int] = [:]
            for word in tokenizer.words(text) where word.contains(where: \.isLetter) {
                if tally[word] == nil { order.append(word) }
                tally[word, default: 0] += 1
            }
            for word in order { frequencies[word, default: 0] += 1 }
            return order.map { ($0, tally[$0]!) }
        }
        documentFrequency = frequencies
    }

    /// The `count` best words of document `index`.
    func words(ofDocument index: Int, count: Int) -> [String] {
        let n = Double(counts.count)
        let scored = counts[index].enumerated().map { position, entry in
            (entry.word, position, Double(entry.count) * (log((1 + n) / (1 + Double(documentFrequency[entry.word] ?? 0))) + 1))
        }
        return scored.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1 < $1.1 }.prefix(count).map(\.0)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
