/// TextRank keyword and key-phrase extraction (Mihalcea & Tarau 2004).
///
/// Each distinct candidate word (not a stop word, not a number, at least
/// ``KeywordOptions/minimumWordLength`` characters) is a node; words that occur within
/// ``KeywordOptions/window`` candidates of each other in a sentence are linked, weighted by how
/// often they do. PageRank on this sparse graph scores the words; the best third are kept, and
/// kept words that stand next to each other in a sentence are joined into key phrases.
/// Sentences come from ``SentenceSplitter``, so phrases never cross a sentence end, and they
/// never cross clause punctuation (commas, colons, dashes, brackets, quotes) either.
///
/// ```swift
/// KeywordExtractor().keywords(in: text, count: 5).map(\.text)
/// // ["interest rates", "central bank", "inflation", ...]
/// ```
public struct KeywordExtractor: Sendable {
    /// The options in force.
    public let options: KeywordOptions
    private let splitter: SentenceSplitter
    private let tokenizer: Tokenizer
    private let stopWords: Set<String>

    /// Creates an extractor.
    public init(options: KeywordOptions = .init(), splitter: SentenceSplitter = .init()) {
        self.options = options
        self.splitter = splitter
        var tokenizerOptions = TokenizerOptions()
        tokenizerOptions.stopWords = .none
        tokenizerOptions.minimumLength = 1
        tokenizer = Tokenizer(options: tokenizerOptions)
        stopWords = Set(StopWords.english.words)
    }

    /// The `count` best keywords and key phrases of `text` (default ``KeywordOptions/count``),
    /// best first (ties in alphabetical order). Text without candidate words gives `[]`.
    public func keywords(in text: String, count: Int? = nil) -> [Keyword] {
        let count = count ?? options.count
        guard count > 0 else { return [] }
        // Words per sentence, with an empty marker (never a candidate) where punctuation separates
        // clauses, so that "this year, Tesla said" does not make the phrase "year tesla".
        let sentences = splitter.split(text).map { sentence -> [String] in
            var words: [String] = []
            for clause in sentence.text.split(whereSeparator: Self.separatesClauses) {
                if !words.isEmpty { words.append("") }
                words += tokenizer.words(String(clause))
            }
            return words
        }
        var ids: [String: Int] = [:]
        var words: [String] = []
        // Per sentence, the node id of each word, or -1 for a word that is not a candidate.
        let nodes: [[Int]] = sentences.map { sentence in
            sentence.map { word in
                guard isCandidate(word) else { return -1 }
                if let id = ids[word] { return id }
                ids[word] = words.count
                words.append(word)
                return words.count - 1
            }
        }
        guard !words.isEmpty else { return [] }
        let wordScores = PageRank(damping: options.damping).scores(ofSparse: cooccurrenceGraph(nodes, size: words.count))

        let keptCount = max(count, Int((Double(words.count) * options.keptFraction).rounded(.up)))
        let ranking = words.indices.sorted { wordScores[$0] != wordScores[$1] ? wordScores[$0] > wordScores[$1] : words[$0] < words[$1] }
        var isKept = [Bool](repeating: false, count: words.count)
        for id in ranking.prefix(keptCount) { isKept[id] = true }

        var found: [String: (score: Double, occurrences: Int)] = [:]
        for sentence in nodes {
            var start = 0
            while start < sentence.count {
                guard sentence[start] >= 0, isKept[sentence[start]] else { start += 1; continue }
                var end = start + 1
                while end < sentence.count, end - start < options.maximumPhraseWords,
                      sentence[end] >= 0, isKept[sentence[end]] { end += 1 }
                let phrase = sentence[start..<end]
                let text = phrase.map { words[$0] }.joined(separator: " ")
                let score = phrase.reduce(0) { $0 + wordScores[$1] }
                found[text, default: (score, 0)].occurrences += 1
                start = end
            }
        }
        let best = found.values.map(\.score).max() ?? 1
        return found
            .map { Keyword(text: $0.key, score: $0.value.score / best, occurrences: $0.value.occurrences) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.text < $1.text }
            .prefix(count)
            .map { $0 }
    }

    /// Punctuation that ends a clause inside a sentence. Hyphens, apostrophes and full stops are
    /// not here: they occur inside words, abbreviations and numbers.
    private static func separatesClauses(_ character: Character) -> Bool {
        ",;:()[]{}\"“”«»—–…|/".contains(character)
    }

    private func isCandidate(_ word: String) -> Bool {
        guard word.unicodeScalars.count >= options.minimumWordLength, !stopWords.contains(word) else { return false }
        return word.utf8.contains { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The symmetric co-occurrence matrix: candidates within the window of each other, counted.
    private func cooccurrenceGraph(_ nodes: [[Int]], size: Int) -> SparseMatrix {
        var neighbours = [[Int: Float]](repeating: [:], count: size)
        for sentence in nodes {
            let candidates = sentence.filter { $0 >= 0 }
            for (position, node) in candidates.enumerated() {
                for other in candidates[(position + 1)..<min(candidates.count, position + options.window)] where other != node {
                    neighbours[node][other, default: 0] += 1
                    neighbours[other][node, default: 0] += 1
                }
            }
        }
        var graph = SparseMatrix(columnCount: size)
        for row in neighbours {
            let sorted = row.sorted { $0.key < $1.key }
            graph.appendRow(columns: sorted.map { Int32($0.key) }, values: sorted.map(\.value))
        }
        return graph
    }
}
