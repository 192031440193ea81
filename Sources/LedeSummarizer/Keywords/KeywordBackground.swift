#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the keyword extractor knows about words from outside the article: how many documents of
/// a background news corpus hold each word (for idf), and which words read as verbs or adverbs
/// rather than nouns or adjectives (so they never start or end a key phrase).
///
/// The shipped table is `Models/keyword-background.tsv` (10,229 news documents; provenance in
/// `Models/README.md`); ``empty`` knows nothing, so every word gets the same idf.
public struct KeywordBackground: Sendable, Hashable {
    /// How a background word mostly reads, judged from the words before it in the corpus.
    public enum WordClass: UInt8, Sendable, Hashable {
        /// Too few telling contexts to say.
        case unknown
        /// After an article, a demonstrative or a possessive: a noun or adjective.
        case nominal
        /// After "to", a modal, "has" or a subject pronoun: a verb or adverb.
        case verbal
    }

    /// The number of background documents.
    public let documentCount: Int
    private let entries: [String: Entry]

    private struct Entry: Sendable, Hashable {
        var documents: Int32
        var wordClass: WordClass
    }

    /// A background that knows no word.
    public static let empty = KeywordBackground(documentCount: 0, entries: [:])

    private init(documentCount: Int, entries: [String: Entry]) {
        self.documentCount = documentCount
        self.entries = entries
    }

    /// The number of background documents holding `word` (lower case); 0 when unseen.
    public func documentFrequency(of word: String) -> Int { Int(entries[word]?.documents ?? 0) }

    /// How `word` (lower case) mostly reads; `.unknown` when unseen.
    public func wordClass(of word: String) -> WordClass { entries[word]?.wordClass ?? .unknown }

    /// Reads a table of lines `word<TAB>documents<TAB>class` (class `v`, `n` or `-`), with one
    /// line `*<TAB>N<TAB>-` giving the corpus size and `#` comment lines; a bad line is an error
    /// naming the file and line.
    public static func read(path: String) throws -> KeywordBackground {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? LedeError.unreadable(SourceLocation(path: path), reason: "permission denied or I/O error")
                : LedeError.fileNotFound(SourceLocation(path: path))
        }
        var documentCount = 0
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(20_000)
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 3, let count = Int32(String(decoding: fields[1], as: UTF8.self)), count >= 0 else {
                throw LedeError.malformedRecord(
                    SourceLocation(path: path, line: index + 1), reason: "expected word<TAB>documents<TAB>class")
            }
            let word = String(decoding: fields[0], as: UTF8.self)
            if word == "*" {
                documentCount = Int(count)
                continue
            }
            let wordClass: WordClass = switch fields[2].first {
            case UInt8(ascii: "v"): .verbal
            case UInt8(ascii: "n"): .nominal
            default: .unknown
            }
            entries[word] = Entry(documents: count, wordClass: wordClass)
        }
        guard documentCount > 0 else {
            throw LedeError.malformedRecord(SourceLocation(path: path), reason: "no '*' line giving the corpus size")
        }
        return KeywordBackground(documentCount: documentCount, entries: entries)
    }
}
