import ArgumentParser
import LedeAnalysis

/// Keyword options on the command line. Every option is optional: when absent, the library's
/// default (``KeywordOptions``) applies, and the help shows it from there.
struct KeywordOptionGroup: ParsableArguments {
    private static let defaults = KeywordOptions()

    @Option(name: .customLong("keyword-window"), help: "Co-occurrence window of the word graph (default: \(defaults.window)).")
    var window: Int?
    @Option(name: .customLong("position-bias"), help: "How much the word graph's jumps favour early words, 0-1 (default: \(defaults.positionBias)).")
    var positionBias: Double?
    @Option(name: .customLong("idf-exponent"), help: "Weight of the background idf, 0 = none (default: \(defaults.idfExponent)).")
    var idfExponent: Double?
    @Option(name: .customLong("length-exponent"), help: "Phrase length normalisation, 0 = sum of words, 1 = mean (default: \(defaults.lengthExponent)).")
    var lengthExponent: Double?
    @Option(name: .customLong("first-occurrence-weight"), help: "Boost of phrases that occur early (default: \(defaults.firstOccurrenceWeight)).")
    var firstOccurrenceWeight: Double?
    @Option(name: .customLong("max-phrase-words"), help: "Longest key phrase in words (default: \(defaults.maximumPhraseWords)).")
    var maximumPhraseWords: Int?
    @Option(name: .customLong("drop-repeated-words"), help: "Drop a phrase whose words all occur in better ones, true/false (default: \(defaults.dropsRepeatedWords)).")
    var dropsRepeatedWords: Bool?
    @Option(name: .customLong("keyword-background"), help: "Background table (default: the shipped \(DefaultKeywordBackground.fileName)).")
    var background: String?

    /// The options given, over the library defaults, checked.
    func options() throws -> KeywordOptions {
        var options = KeywordOptions()
        if let window { options.window = window }
        if let positionBias { options.positionBias = positionBias }
        if let idfExponent { options.idfExponent = idfExponent }
        if let lengthExponent { options.lengthExponent = lengthExponent }
        if let firstOccurrenceWeight { options.firstOccurrenceWeight = firstOccurrenceWeight }
        if let maximumPhraseWords { options.maximumPhraseWords = maximumPhraseWords }
        if let dropsRepeatedWords { options.dropsRepeatedWords = dropsRepeatedWords }
        try options.validate()
        return options
    }

    /// The extractor these options describe, with the background table.
    func extractor() throws -> KeywordExtractor {
        KeywordExtractor(options: try options(), background: try DefaultKeywordBackground.load(background))
    }
}
