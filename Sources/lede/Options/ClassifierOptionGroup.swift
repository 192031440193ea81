import ArgumentParser
import LedeAnalysis

/// Classifier options on the command line. Every option is optional: when absent, the library's
/// default (``ClassifierOptions``) applies, and the help shows that default read from it, so
/// defaults are stated in one place only.
struct ClassifierOptionGroup: ParsableArguments {
    /// The library's defaults, shown in the help.
    private static let defaults = ClassifierOptions()

    @Option(help: "Model family: complement or multinomial (default: \(defaults.variant.rawValue)).")
    var variant: NaiveBayesVariant?
    @Option(help: "Additive smoothing (default: \(defaults.alpha)).")
    var alpha: Double?
    @Option(name: .customLong("ngram-max"), help: "Longest word n-gram, 1 = words only (default: \(defaults.features.tokenizer.ngramMax)).")
    var ngramMax: Int?
    @Option(
        name: .customLong("min-df"),
        help: "Drop terms in fewer documents: a count, or a fraction if < 1 (default: \(defaults.features.minDocumentFrequency.commandLineSpelling)).")
    var minDF: String?
    @Option(
        name: .customLong("max-df"),
        help: "Drop terms in more documents: a count, or a fraction with a decimal point (default: \(defaults.features.maxDocumentFrequency.commandLineSpelling)).")
    var maxDF: String?
    @Option(
        name: .customLong("max-features"),
        help: "Keep only the most frequent terms (default: \(defaults.features.maxFeatures.map(String.init) ?? "all")).")
    var maxFeatures: Int?
    @Option(name: .customLong("sublinear-tf"), help: "Use 1 + ln(tf): true or false (default: \(defaults.features.tfidf.sublinearTF)).")
    var sublinearTF: Bool?
    @Option(help: "Document length normalisation of term weights: l2, l1 or none (default: \(defaults.features.tfidf.norm.rawValue)).")
    var norm: VectorNorm?
    @Option(help: "Inverse document frequency: smooth, plain or none (default: \(defaults.features.tfidf.idf.rawValue)).")
    var idf: InverseDocumentFrequency?
    @Option(name: .customLong("stop-words"), help: "Stop-word list: english or none (default: \(defaults.features.tokenizer.stopWords.rawValue)).")
    var stopWords: StopWords?
    @Flag(help: "Porter-stem English words.")
    var stem = false
    @Flag(name: .customLong("normalize-weights"), help: "Complement NB weight normalisation (Rennie et al.).")
    var normalizeWeights = false
    @Flag(name: .customLong("uniform-priors"), help: "Equal class priors (multinomial NB).")
    var uniformPriors = false

    /// The library defaults with the given overrides applied.
    func resolved() throws -> ClassifierOptions {
        var options = ClassifierOptions()
        if let variant { options.variant = variant }
        if let alpha { options.alpha = alpha }
        if let ngramMax { options.features.tokenizer.ngramMax = ngramMax }
        if let minDF {
            guard let limit = DocumentFrequencyLimit(minDF) else { throw LedeError.invalidOption("--min-df must be a count or a fraction in 0...1 (got \(minDF))") }
            options.features.minDocumentFrequency = limit
        }
        if let maxDF {
            guard let limit = DocumentFrequencyLimit(maxDF) else { throw LedeError.invalidOption("--max-df must be a count or a fraction in 0...1 (got \(maxDF))") }
            options.features.maxDocumentFrequency = limit
        }
        if let maxFeatures { options.features.maxFeatures = maxFeatures }
        if let sublinearTF { options.features.tfidf.sublinearTF = sublinearTF }
        if let norm { options.features.tfidf.norm = norm }
        if let idf { options.features.tfidf.idf = idf }
        if let stopWords { options.features.tokenizer.stopWords = stopWords }
        if stem { options.features.tokenizer.stemming = true }
        if normalizeWeights { options.normalizeWeights = true }
        if uniformPriors { options.priors = .uniform }
        try options.validate()
        return options
    }
}

extension NaiveBayesVariant: ExpressibleByArgument {}
extension StopWords: ExpressibleByArgument {}
extension VectorNorm: ExpressibleByArgument {}
extension InverseDocumentFrequency: ExpressibleByArgument {}

extension DocumentFrequencyLimit {
    /// The limit as `--min-df` / `--max-df` take it: `2` for a count, `1.0` for a fraction.
    var commandLineSpelling: String {
        switch self {
        case .count(let count): String(count)
        case .fraction(let fraction): String(fraction)
        }
    }
}
