/// Reads JSON Lines: one object per line, blank lines skipped, keys chosen by ``CorpusFields``.
/// Streams through ``ByteLineReader``, so memory is bounded by the longest line however long
/// the file is.
struct JSONLinesReader {
    /// The file, or `"-"` for standard input.
    var path: String
    /// Which keys hold text, title, label and id.
    var fields: CorpusFields
    /// Size limits.
    var limits: InputLimits
    /// Only `fallbackToWindows1252` applies: JSON Lines is UTF-8 by definition.
    var decoding: TextDecodingOptions
    /// Receives fallback warnings.
    var onWarning: InputWarningHandler
    /// When set, a bad record (broken JSON, a missing or mistyped field, an invalid label) is
    /// passed here and reading goes on with the next line; when `nil`, it is thrown.
    var onRecordError: RecordErrorHandler?

    /// Calls `body` with each record in file order.
    /// - Throws: `.malformedRecord` (a broken line, a non-string text/title/label, an empty
    ///   label), `.missingField` (no text key), `.emptyInput` (no records), or the line reader's errors.
    func forEach(_ body: (LabeledDocument) throws -> Void) throws {
        let lines = try ByteLineReader(path: path, limits: limits)
        let parser = JSONRecordParser(fields: fields, fallbackToWindows1252: decoding.fallbackToWindows1252)
        var documentCount = 0
        var recordErrors = 0
        try lines.forEachLine { line, number in
            if Self.isBlank(line) { return }
            let document: LabeledDocument
            do {
                document = try self.document(from: line, at: SourceLocation(path: path, line: number), parser: parser)
            } catch {
                guard let handler = onRecordError, let recordError = error as? LedeError else { throw error }
                recordErrors += 1
                try handler(recordError)
                return
            }
            documentCount += 1
            try body(document)
        }
        if documentCount == 0 && recordErrors == 0 { throw LedeError.emptyInput(SourceLocation(path: path)) }
    }

    /// The document one line holds, its fields checked.
    private func document(
        from line: UnsafeBufferPointer<UInt8>, at location: SourceLocation, parser: JSONRecordParser
    ) throws -> LabeledDocument {
        let record = try parser.parse(line, at: location)
        guard let text = record[.text] else {
            throw LedeError.missingField(location, field: fields.text.first ?? "text")
        }
        let title = try Self.string(record[.title], at: location)
        var label = try Self.string(record[.label], at: location)
        if let raw = label, let key = record[.label]?.key {
            label = try LabelValidation.validated(raw, field: key, at: location)
        }
        for captured in [record[.text], record[.title], record[.label], record[.id]] {
            if let captured, captured.usedFallback {
                var at = location
                at.field = captured.key
                onWarning("\(at): not valid UTF-8; decoded as Windows-1252 (Latin-1)")
            }
        }
        return LabeledDocument(
            id: record[.id]?.text, label: label, title: title, text: try Self.string(text, at: location)!,
            location: location)
    }

    /// The captured text, refusing a number where a string is required (ids may be numbers).
    private static func string(_ captured: JSONRecordParser.Captured?, at location: SourceLocation) throws -> String? {
        guard let captured else { return nil }
        guard captured.isString else {
            var at = location
            at.field = captured.key
            throw LedeError.malformedRecord(at, reason: "\"\(captured.key)\" must be a string, found a number")
        }
        return captured.text
    }

    private static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
