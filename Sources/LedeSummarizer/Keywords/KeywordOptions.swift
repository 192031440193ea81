/// Settings of keyword and key-phrase extraction (``KeywordExtractor``). The defaults were chosen
/// by five-fold cross-validation on DUC-2001 (see `Models/CHOOSING-SUMMARY-DEFAULTS.md`).
public struct KeywordOptions: Sendable, Hashable, Codable {
    /// Two candidate words are linked in the co-occurrence graph when they occur within this many
    /// candidate positions of each other in a sentence. Default 6.
    public var window: Int = 6
    /// PageRank damping factor of the word graph. Default 0.85.
    public var damping: Double = 0.85
    /// How much the graph's random jumps favour early words (PositionRank, Florescu & Caragea
    /// 2017): 0 jumps uniformly, 1 jumps in proportion to `Σ 1 / (1 + offset)` over a word's
    /// occurrences. Default 0: position enters through ``firstOccurrenceWeight`` instead, which
    /// cross-validated 2.6 F1@10 points better on DUC-2001.
    public var positionBias: Double = 0
    /// Exponent of the background idf in a word's weight, `ln((N + 1) / (df + 1))` over the
    /// background table's `N` documents; 0 ignores the background. Default 0.5.
    public var idfExponent: Double = 0.5
    /// A phrase's score is the sum of its words' weights divided by `(words)^lengthExponent`:
    /// 0 favours long phrases, 1 scores a phrase as its mean word. Default 0.5.
    public var lengthExponent: Double = 0.5
    /// A phrase's score is multiplied by `1 + firstOccurrenceWeight / (1 + s)`, where `s` is the
    /// sentence it first occurs in (the headline is sentence 0). Default 4.
    public var firstOccurrenceWeight: Double = 4
    /// Longest key phrase, in words; a longer run of candidate words keeps its last words (the
    /// head of an English noun phrase). Default 4.
    public var maximumPhraseWords: Int = 4
    /// How many keywords and phrases to return when the caller does not say (`lede keywords`
    /// and each article of `lede analyze`). Default 8.
    public var count: Int = 8
    /// Drop a phrase when every one of its words already occurs in a better-ranked phrase.
    /// Default `false`.
    public var dropsRepeatedWords: Bool = false

    /// The documented defaults.
    public init() {}

    /// Checks the values are usable, naming the first that is not.
    public func validate() throws {
        guard window >= 2 else { throw LedeError.invalidOption("keyword window must be at least 2 (got \(window))") }
        guard damping > 0, damping < 1 else { throw LedeError.invalidOption("keyword damping must be in (0, 1) (got \(damping))") }
        guard (0...1).contains(positionBias) else { throw LedeError.invalidOption("position bias must be in [0, 1] (got \(positionBias))") }
        guard idfExponent >= 0, lengthExponent >= 0, firstOccurrenceWeight >= 0 else {
            throw LedeError.invalidOption("idf exponent, length exponent and first-occurrence weight must not be negative")
        }
        guard count >= 1 else { throw LedeError.invalidOption("keyword count must be at least 1 (got \(count))") }
        guard maximumPhraseWords >= 1 else {
            throw LedeError.invalidOption("maximum phrase words must be at least 1 (got \(maximumPhraseWords))")
        }
    }
}
