/// How text becomes terms. One definition shared by the library and the CLI; the defaults
/// documented here are the ones every Lede command uses unless told otherwise.
public struct TokenizerOptions: Sendable, Hashable, Codable {
    /// Lower-case words with Unicode case mapping (`Ärger` → `ärger`). Default `true`.
    public var lowercase: Bool = true
    /// Words shorter than this many Unicode scalars are dropped (after possessive stripping).
    /// Default 2, as scikit-learn's default token pattern (single letters and digits go).
    public var minimumLength: Int = 2
    /// The stop-word list removed before stemming and n-gram building. Default `.english`.
    public var stopWords: StopWords = .english
    /// Reduce words to their Porter stem (ASCII words only). Default `false`.
    public var stemming: Bool = false
    /// Shortest word n-gram emitted. Default 1.
    public var ngramMin: Int = 1
    /// Longest word n-gram emitted (n-grams join words with one space, after stop-word removal).
    /// Default 1.
    public var ngramMax: Int = 1
    /// Split `year-over-year` into `year`, `over`, `year` (default `true`); when `false` the
    /// hyphenated compound is one term.
    public var splitHyphenatedWords: Bool = true
    /// Drop a possessive `'s` / `’s` (`Honda's` → `honda`). Default `true`. Other apostrophes
    /// between letters stay inside the word (`don't`, `o'kronley`), normalised to `'`.
    public var dropPossessive: Bool = true

    /// Keep e-mail addresses, host names and dotted numbers whole (`mathew@mantis.co.uk`,
    /// `cs.cmu.edu`, `4.95`): a `.` or `@` between word characters joins them. Default `false`.
    public var keepAddresses: Bool = false

    /// The documented defaults.
    public init() {}

    /// Checks the values are usable, naming the first that is not.
    public func validate() throws {
        guard minimumLength >= 1 else { throw LedeError.invalidOption("minimum token length must be at least 1 (got \(minimumLength))") }
        guard ngramMin >= 1, ngramMax >= ngramMin, ngramMax <= 5 else {
            throw LedeError.invalidOption("n-gram range must satisfy 1 <= min <= max <= 5 (got \(ngramMin)...\(ngramMax))")
        }
    }
}
