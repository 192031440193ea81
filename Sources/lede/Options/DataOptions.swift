import ArgumentParser
import LedeAnalysis

/// How labelled corpora are read by train, evaluate, update and forget: a JSON Lines or CSV file,
/// or a folder per label (`DIR/LABEL/FILE`, scikit-learn's `load_files` layout).
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("input-format"),
        help: "What the corpus files hold: auto (a folder is a folder per label; .jsonl/.json records, .csv/.tsv records), jsonl or csv (needed for records on stdin).")
    var inputFormat: InputFormat = .auto
    @OptionGroup var fieldOptions: InputFieldOptions

    func validate() throws {
        guard inputFormat == .auto || inputFormat.holdsRecords else {
            throw ValidationError("labelled data is JSON Lines, CSV or a folder per label; --input-format takes auto, jsonl or csv")
        }
    }

    /// The corpus layout `--input-format` names; `nil` detects it from each path.
    var corpusFormat: CorpusFormat? {
        switch inputFormat {
        case .jsonl: .jsonLines
        case .csv: .csv
        default: nil
        }
    }

    var fields: CorpusFields { fieldOptions.fields }
    var limits: InputLimits { fieldOptions.limits }

    /// Every document of every path, in order (the files are read at the same time).
    func read(_ paths: [String]) throws -> [LabeledDocument] {
        try CorpusReader.readAll(paths.map(reader)).flatMap { $0 }
    }

    /// Every document of every path, in order, in batches of about `bytes` bytes of text (each
    /// batch ends with the document that reaches it): only the current batch is in memory.
    func forEachBatch(_ paths: [String], bytes: Int, _ body: ([LabeledDocument]) throws -> Void) throws {
        var batch: [LabeledDocument] = []
        var size = 0
        for path in paths {
            try reader(path).forEach { document in
                batch.append(document)
                size += document.text.utf8.count + (document.title?.utf8.count ?? 0)
                guard size >= bytes else { return }
                try body(batch)
                batch.removeAll(keepingCapacity: true)
                size = 0
                SystemAllocator.returnFreedMemory()
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    /// The reader of one path with these options.
    private func reader(_ path: String) -> CorpusReader {
        var reader = CorpusReader(
            path: path, format: corpusFormat, fields: fieldOptions.fields, limits: fieldOptions.limits, decoding: fieldOptions.decoding)
        reader.delimiter = fieldOptions.delimiterByte
        return reader
    }
}
