import ArgumentParser
import LedeAnalysis

/// `-n`, `--ratio`, `--words`: at most one; without any, the library's default length applies
/// (the help shows it, read from ``SummarizerOptions``).
struct SummaryLengthOptions: ParsableArguments {
    @Option(
        name: [.customShort("n"), .customLong("sentences")],
        help: "Number of sentences (without -n, --ratio or --words: \(SummarizerOptions().length.commandLineSpelling)).")
    var sentences: Int?
    @Option(help: "Fraction of the article's sentences (rounded up, at least one).")
    var ratio: Double?
    @Option(help: "Word budget.")
    var words: Int?

    func apply(to options: inout SummarizerOptions) throws {
        let given = [sentences != nil, ratio != nil, words != nil].filter { $0 }.count
        guard given <= 1 else { throw LedeError.invalidOption("give only one of -n/--sentences, --ratio and --words") }
        if let sentences {
            guard sentences >= 1 else { throw LedeError.invalidOption("-n must be at least 1 (got \(sentences))") }
            options.length = .sentences(sentences)
        }
        if let ratio {
            guard ratio > 0, ratio <= 1 else { throw LedeError.invalidOption("--ratio must be in (0, 1] (got \(ratio))") }
            options.length = .ratio(ratio)
        }
        if let words {
            guard words >= 1 else { throw LedeError.invalidOption("--words must be at least 1 (got \(words))") }
            options.length = .words(words)
        }
    }
}

extension SummaryLength {
    /// The length as the options that ask for it: `-n 3`, `--ratio 0.2`, `--words 60`.
    var commandLineSpelling: String {
        switch self {
        case .sentences(let count): "-n \(count)"
        case .ratio(let fraction): "--ratio \(fraction)"
        case .words(let count): "--words \(count)"
        }
    }
}
