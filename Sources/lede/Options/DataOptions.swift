import ArgumentParser
import LedeAnalysis

/// How labelled corpora are read by train, evaluate, update and forget: a JSON Lines or CSV file,
/// or a folder per label (`DIR/LABEL/FILE`, scikit-learn's `load_files` layout).
struct DataOptions: ParsableArguments {
    @OptionGroup var fieldOptions: InputFieldOptions

    var fields: CorpusFields { fieldOptions.fields }
    var limits: InputLimits { fieldOptions.limits }

    /// Every document of every path, in order (the files are read at the same time).
    func read(_ paths: [String]) throws -> [LabeledDocument] {
        let readers = paths.map { path in
            var reader = CorpusReader(path: path, fields: fieldOptions.fields, limits: fieldOptions.limits, decoding: fieldOptions.decoding)
            reader.delimiter = fieldOptions.delimiterByte
            return reader
        }
        return try CorpusReader.readAll(readers).flatMap { $0 }
    }
}
