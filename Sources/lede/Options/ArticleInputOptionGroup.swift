import ArgumentParser
import LedeAnalysis

extension InputFormat: ExpressibleByArgument {}

/// How classify, explain, analyze, summarize and keywords read their input: the one reading path
/// (``ArticleRecordReader``) with its format, fields, limits and decoding, and whether a bad
/// record stops the run.
struct ArticleInputOptionGroup: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "What the inputs hold: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
            discussion: "auto goes by extension (.jsonl/.json records, .csv/.tsv records, .html pages, anything else text); standard input is text unless this says jsonl or csv."))
    var inputFormat: InputFormat = ArticleInputOptions().format
    @OptionGroup var fieldOptions: InputFieldOptions
    @Flag(help: "Stop at the first bad record or file instead of reporting it and going on.")
    var strict = false

    /// The library's input options, set from the command line.
    var options: ArticleInputOptions {
        var options = ArticleInputOptions()
        options.format = inputFormat
        options.fields = fieldOptions.fields
        options.delimiter = fieldOptions.delimiterByte
        options.limits = fieldOptions.limits
        options.decoding = fieldOptions.decoding
        return options
    }

    /// Reads `paths` through ``ArticleRecordReader`` and calls `body` with each batch of good
    /// records, in input order (`topicsOnly`: the records' text is not split for summaries). Each bad record or file is named on standard error as it comes
    /// (with `--strict`, the first one stops the run); when any were met, the run ends with the
    /// first one's exit status after the good records are done.
    func forEachBatch(
        of paths: [String], segmenter: PageSegmenterOptions? = nil, topicsOnly: Bool = false, _ body: ([ArticleRecord]) throws -> Void
    ) throws {
        var options = options
        if let segmenter { options.segmenter = segmenter }
        options.splitsRecordText = !topicsOnly
        var firstFailure: LedeError?
        try ArticleRecordReader(paths: paths.isEmpty ? ["-"] : paths, options: options).forEachBatch { outcomes in
            var records: [ArticleRecord] = []
            records.reserveCapacity(outcomes.count)
            for outcome in outcomes {
                switch outcome {
                case .success(let record): records.append(record)
                case .failure(let error):
                    if strict { throw error }
                    StandardError.write(Self.errorLine(error) + "\n")
                    if firstFailure == nil { firstFailure = error }
                }
            }
            if !records.isEmpty { try body(records) }
        }
        if let firstFailure { throw ExitCode(firstFailure.exitCode) }
    }
}
