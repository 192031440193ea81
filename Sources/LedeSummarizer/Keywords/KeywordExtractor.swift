/// Keyword and key-phrase extraction for news.
///
/// 1. **Candidates** (``PhraseCandidates``): runs of words that read like a noun phrase, in the
///    headline and the body's sentences; never a function word, number or verb-like word at
///    either end, never across clause punctuation or past a possessive.
/// 2. **Word weights**: PageRank over the co-occurrence graph of candidate words (within
///    ``KeywordOptions/window``), its random jumps biased to early words (PositionRank), times
///    the word's background idf (``KeywordBackground``).
/// 3. **Phrase scores**: the sum of the phrase's word weights, divided by its length to the power
///    ``KeywordOptions/lengthExponent``, boosted by an early first occurrence.
/// 4. **Folding**: occurrences whose Porter-stemmed words are equal are one keyword (plural,
///    possessive and case variants fold), shown in its most frequent form; a phrase with the
///    same words as a better one in another order is dropped.
///
/// Text that is not English gives no keywords and the status ``KeywordStatus/notEnglish``.
///
/// ```swift
/// let extractor = KeywordExtractor(background: try KeywordBackground.read(path: "Models/keyword-background.tsv"))
/// extractor.keywords(in: body, title: headline, count: 10).map(\.text)
/// // ["hurricane andrew", "florida", "president bush", ...]
/// ```
public struct KeywordExtractor: Sendable {
    /// The options in force.
    public let options: KeywordOptions
    private let vocabulary: KeywordVocabulary
    private let splitter: SentenceSplitter
    private let stemmer = PorterStemmer()

    /// Creates an extractor. Without a `background`, every word has the same idf and only
    /// spelling tells verbs apart; the CLI passes the shipped table.
    public init(options: KeywordOptions = .init(), background: KeywordBackground = .empty, splitter: SentenceSplitter = .init()) {
        self.options = options
        self.vocabulary = KeywordVocabulary(background: background)
        self.splitter = splitter
    }

    /// The background in use.
    public var background: KeywordBackground { vocabulary.background }

    /// The `count` best keywords (default ``KeywordOptions/count``) of the body `text` (and its
    /// headline `title`, when given), best first, with a status that says why the list may be
    /// empty.
    public func extract(from text: String, title: String? = nil, count: Int? = nil) -> KeywordList {
        let count = count ?? options.count
        guard count > 0 else { return KeywordList(keywords: [], status: .ok) }
        let candidates = self.candidates(text, title: title)
        let wordCount = candidates.words.count
        if wordCount >= 12 && Double(candidates.functionWordCount) < 0.08 * Double(wordCount) {
            return KeywordList(keywords: [], status: .notEnglish)
        }
        guard !candidates.occurrences.isEmpty else { return KeywordList(keywords: [], status: .empty) }
        return KeywordList(keywords: rank(candidates, count: count), status: .ok)
    }

    /// ``extract(from:title:count:)``'s keywords alone.
    public func keywords(in text: String, title: String? = nil, count: Int? = nil) -> [Keyword] {
        extract(from: text, title: title, count: count).keywords
    }

    /// The first `count` distinct candidate phrases in the order they occur (headline first): the
    /// "first phrases" baseline of `lede evaluate-keywords`.
    public func firstPhrases(in text: String, title: String? = nil, count: Int) -> [String] {
        let candidates = self.candidates(text, title: title)
        var seen = Set<String>()
        var phrases: [String] = []
        for occurrence in candidates.occurrences where phrases.count < count {
            let words = candidates.words[occurrence.range].map(\.text)
            if seen.insert(words.map(stemmer.stem).joined(separator: " ")).inserted {
                phrases.append(words.joined(separator: " "))
            }
        }
        return phrases
    }

    private func candidates(_ text: String, title: String?) -> PhraseCandidates {
        var sentences = splitter.split(text).map(\.text)
        if let title, title.contains(where: { !$0.isWhitespace }) { sentences.insert(title, at: 0) }
        return PhraseCandidates(sentences: sentences, maximumWords: options.maximumPhraseWords, vocabulary: vocabulary)
    }

    private func rank(_ candidates: PhraseCandidates, count: Int) -> [Keyword] {
        let words = candidates.words
        // Stems of content words become graph nodes.
        var nodeOfStem: [String: Int] = [:]
        var stems: [String] = []
        var surfaceCounts: [[String: Int]] = []
        var node = [Int](repeating: -1, count: words.count)
        var jump: [Double] = []
        for index in words.indices where candidates.isContent[index] {
            let stem = stemmer.stem(words[index].text)
            let id: Int
            if let known = nodeOfStem[stem] {
                id = known
            } else {
                id = stems.count
                nodeOfStem[stem] = id
                stems.append(stem)
                surfaceCounts.append([:])
                jump.append(0)
            }
            node[index] = id
            surfaceCounts[id][words[index].text, default: 0] += 1
            jump[id] += 1 / Double(1 + index)
        }
        let wordWeights = self.wordWeights(candidates, node: node, jump: jump, surfaceCounts: surfaceCounts)

        struct Found {
            var score: Double
            var occurrences: Int
            var first: Int
            var forms: [String: Int]
        }
        var found: [String: Found] = [:]
        for (order, occurrence) in candidates.occurrences.enumerated() {
            let ids = occurrence.range.map { node[$0] }
            let key = ids.map { stems[$0] }.joined(separator: " ")
            let form = words[occurrence.range].map(\.text).joined(separator: " ")
            if found[key] == nil {
                let sum = ids.reduce(0) { $0 + wordWeights[$1] }
                let lengthFactor = pow(Double(ids.count), options.lengthExponent)
                let positionFactor = 1 + options.firstOccurrenceWeight / Double(1 + occurrence.sentence)
                found[key] = Found(score: sum / lengthFactor * positionFactor, occurrences: 0, first: order, forms: [:])
            }
            found[key]!.occurrences += 1
            found[key]!.forms[form, default: 0] += 1
        }
        let ranked = found.sorted { $0.value.score != $1.value.score ? $0.value.score > $1.value.score : $0.value.first < $1.value.first }
        var keywords: [Keyword] = []
        var usedWordSets: [Set<String>] = []
        var usedWords = Set<String>()
        for (key, value) in ranked {
            guard keywords.count < count else { break }
            let wordSet = Set(key.split(separator: " ").map(String.init))
            if usedWordSets.contains(wordSet) { continue }
            if options.dropsRepeatedWords && wordSet.isSubset(of: usedWords) { continue }
            usedWordSets.append(wordSet)
            usedWords.formUnion(wordSet)
            let form = value.forms.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            keywords.append(Keyword(text: form, score: value.score, occurrences: value.occurrences))
        }
        let best = keywords.first?.score ?? 1
        return keywords.map { Keyword(text: $0.text, score: best > 0 ? $0.score / best : 0, occurrences: $0.occurrences) }
    }

    /// PageRank of each node on the co-occurrence graph, jumps biased by position, times idf.
    private func wordWeights(_ candidates: PhraseCandidates, node: [Int], jump: [Double], surfaceCounts: [[String: Int]]) -> [Double] {
        let size = jump.count
        var neighbours = [[Int: Float]](repeating: [:], count: size)
        var sentenceNodes: [Int] = []
        var sentence = -1
        func link() {
            for (position, a) in sentenceNodes.enumerated() {
                for b in sentenceNodes[(position + 1)..<min(sentenceNodes.count, position + options.window)] where a != b {
                    neighbours[a][b, default: 0] += 1
                    neighbours[b][a, default: 0] += 1
                }
            }
            sentenceNodes.removeAll(keepingCapacity: true)
        }
        for index in node.indices where node[index] >= 0 {
            if candidates.sentenceOfWord[index] != sentence {
                link()
                sentence = candidates.sentenceOfWord[index]
            }
            sentenceNodes.append(node[index])
        }
        link()
        var graph = SparseMatrix(columnCount: size)
        for row in neighbours {
            let sorted = row.sorted { $0.key < $1.key }
            graph.appendRow(columns: sorted.map { Int32($0.key) }, values: sorted.map(\.value))
        }
        let jumpTotal = jump.reduce(0, +)
        let bias = options.positionBias
        let teleport = jump.map { (1 - bias) / Double(size) + bias * $0 / jumpTotal }
        let centrality = PageRank(damping: options.damping).scores(ofSparse: graph, teleport: teleport)
        let background = vocabulary.background
        let documents = Double(background.documentCount)
        return (0..<size).map { id in
            guard options.idfExponent > 0, documents > 0 else { return centrality[id] }
            let surface = surfaceCounts[id].max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
            let idf = log((documents + 1) / (Double(background.documentFrequency(of: surface)) + 1))
            return centrality[id] * pow(max(idf, 0.01), options.idfExponent)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
