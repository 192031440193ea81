import ArgumentParser
import LedeAnalysis

/// Which fields of a JSON Lines or CSV record hold what, and how input bytes are read: the
/// options every command that reads input shares.
struct InputFieldOptions: ParsableArguments {
    @Option(name: .customLong("id-field"), help: "JSON key or CSV column of the record id (default: \(CorpusFields().id.joined(separator: ", "))).")
    var idField: String?
    @Option(name: .customLong("text-field"), help: "JSON key or CSV column of the text (default: \(CorpusFields().text.joined(separator: ", "))).")
    var textField: String?
    @Option(name: .customLong("title-field"), help: "JSON key or CSV column of the title (default: \(CorpusFields().title.joined(separator: ", "))).")
    var titleField: String?
    @Option(name: .customLong("label-field"), help: "JSON key or CSV column of the label (default: \(CorpusFields().label.joined(separator: ", "))).")
    var labelField: String?
    @Option(help: "CSV field separator, one character or 'tab' (default: a tab for .tsv/.tab files, else a comma).")
    var delimiter: String?
    @Option(name: .customLong("max-bytes"), help: ArgumentHelp(
        "Refuse a document larger than this (bytes, or with a unit: 100M; default: \(ByteCount(bytes: InputLimits().maxDocumentBytes))).",
        valueName: "size"))
    var maxSize: ByteCount?

    /// `--max-bytes` in bytes.
    var maxBytes: Int? { maxSize?.bytes }
    @Flag(name: .customLong("latin1-fallback"), help: "Decode invalid UTF-8 as Windows-1252 with a warning instead of failing.")
    var latin1Fallback = false

    func validate() throws {
        if delimiter != nil, delimiterByte == nil {
            throw ValidationError("--delimiter must be one ASCII character or 'tab' (got '\(delimiter!)')")
        }
    }

    /// The record fields named by the options, the library's defaults elsewhere.
    var fields: CorpusFields {
        var fields = CorpusFields()
        if let idField { fields.id = [idField] }
        if let textField { fields.text = [textField] }
        if let labelField { fields.label = [labelField] }
        if let titleField { fields.title = [titleField] }
        return fields
    }

    /// The separator byte named by `--delimiter`, when it names one.
    var delimiterByte: UInt8? {
        guard let delimiter else { return nil }
        if delimiter == "tab" || delimiter == "\\t" { return UInt8(ascii: "\t") }
        let bytes = Array(delimiter.utf8)
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] != UInt8(ascii: "\""), bytes[0] != 0x0A, bytes[0] != 0x0D else { return nil }
        return bytes[0]
    }

    /// The size limits named by the options.
    var limits: InputLimits {
        var limits = InputLimits()
        if let maxBytes { limits.maxDocumentBytes = maxBytes }
        return limits
    }

    /// The decoding named by the options.
    var decoding: TextDecodingOptions {
        var decoding = TextDecodingOptions()
        decoding.fallbackToWindows1252 = latin1Fallback
        return decoding
    }
}
