/// Reads labelled (or unlabelled) documents from a corpus in any ``CorpusFormat``, one at a
/// time, so that a corpus of any size is read in bounded memory:
///
/// ```swift
/// try CorpusReader(path: "train.jsonl").forEach { document in
///     model.add(document.fullText, label: document.label)
/// }
/// ```
///
/// Every error is a ``LedeError`` naming the file and, for line-based formats, the line.
public struct CorpusReader: Sendable {
    /// The corpus: a file, a directory, or `"-"` for standard input.
    public var path: String
    /// The format, or `nil` to detect it from the path when reading (``CorpusFormat/detect(path:)``).
    public var format: CorpusFormat?
    /// Which keys or columns hold the parts of a document.
    public var fields: CorpusFields
    /// Size limits that make bad input fail fast.
    public var limits: InputLimits
    /// How files are decoded (plain text and folder formats); JSON Lines and CSV are UTF-8 and
    /// only honour `fallbackToWindows1252`.
    public var decoding: TextDecodingOptions
    /// Receives warnings about input that needed a workaround; standard error by default.
    public var onWarning: InputWarningHandler
    /// The field separator of CSV input; `nil` means a tab for `.tsv`/`.tab` files and a comma
    /// otherwise.
    public var delimiter: UInt8?
    /// When set, a bad JSON Lines or CSV record is passed here and reading goes on with the next
    /// record; when `nil` (the default) the first bad record is thrown and reading stops.
    public var onRecordError: RecordErrorHandler?

    /// A reader of `path`; nothing is opened until ``forEach(_:)`` or ``readAll()``.
    public init(
        path: String, format: CorpusFormat? = nil, fields: CorpusFields = .init(), limits: InputLimits = .init(),
        decoding: TextDecodingOptions = .init(), onWarning: @escaping InputWarningHandler = InputWarnings.standardError
    ) {
        self.path = path
        self.format = format
        self.fields = fields
        self.limits = limits
        self.decoding = decoding
        self.onWarning = onWarning
    }

    /// Calls `body` with each document in corpus order, streaming: only the current document
    /// (and a read buffer) is in memory.
    /// - Throws: the first ``LedeError`` met (reading stops there), or whatever `body` throws.
    public func forEach(_ body: (LabeledDocument) throws -> Void) throws {
        switch try format ?? CorpusFormat.detect(path: path) {
        case .jsonLines:
            try JSONLinesReader(
                path: path, fields: fields, limits: limits, decoding: decoding, onWarning: onWarning, onRecordError: onRecordError
            ).forEach(body)
        case .csv:
            let extensionName = InputFiles.pathExtension(path)
            let delimiter = delimiter ?? (extensionName == "tsv" || extensionName == "tab" ? UInt8(ascii: "\t") : UInt8(ascii: ","))
            try CSVReader(
                path: path, fields: fields, limits: limits, decoding: decoding, onWarning: onWarning, delimiter: delimiter,
                onRecordError: onRecordError
            ).forEach(body)
        case .folderPerLabel:
            try FolderPerLabelReader(path: path, limits: limits, decoding: decoding, onWarning: onWarning).forEach(body)
        case .plainText:
            try PlainTextReader(path: path, limits: limits, decoding: decoding, onWarning: onWarning).forEach(body)
        }
    }

    /// Every document, in corpus order. Prefer ``forEach(_:)`` for large corpora.
    public func readAll() throws -> [LabeledDocument] {
        var documents: [LabeledDocument] = []
        try forEach { documents.append($0) }
        return documents
    }
}
