import ArgumentParser
import LedeAnalysis

/// How corpus files are read: field names, size limit and encoding fallback.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("text-field"), help: "JSON key or CSV column of the text (default: text, article, content, body).")
    var textField: String?
    @Option(name: .customLong("label-field"), help: "JSON key or CSV column of the label (default: label, category, topic, class).")
    var labelField: String?
    @Option(name: .customLong("title-field"), help: "JSON key or CSV column of the title (default: title, headline).")
    var titleField: String?
    @Option(name: .customLong("max-bytes"), help: "Refuse a document larger than this many bytes (default 32 MiB).")
    var maxBytes: Int?
    @Flag(name: .customLong("latin1-fallback"), help: "Decode invalid UTF-8 as Windows-1252 with a warning instead of failing.")
    var latin1Fallback = false

    var fields: CorpusFields {
        var fields = CorpusFields()
        if let textField { fields.text = [textField] }
        if let labelField { fields.label = [labelField] }
        if let titleField { fields.title = [titleField] }
        return fields
    }

    var limits: InputLimits {
        var limits = InputLimits()
        if let maxBytes { limits.maxDocumentBytes = maxBytes }
        return limits
    }

    /// Every document of every path, in order (the files are read at the same time).
    func read(_ paths: [String]) throws -> [LabeledDocument] {
        var decoding = TextDecodingOptions()
        decoding.fallbackToWindows1252 = latin1Fallback
        let readers = paths.map { CorpusReader(path: $0, fields: fields, limits: limits, decoding: decoding) }
        return try CorpusReader.readAll(readers).flatMap { $0 }
    }
}
