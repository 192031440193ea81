/// Reads CSV (or TSV) with a header row; columns are found by ``CorpusFields``, matching header
/// names case-insensitively and ignoring surrounding spaces. Streams through
/// ``ByteLineReader``; a record may span lines inside quotes.
struct CSVReader {
    /// The file, or `"-"` for standard input.
    var path: String
    /// Which columns hold text, title, label and id.
    var fields: CorpusFields
    /// Size limits; a record counts as one document.
    var limits: InputLimits
    /// Only `fallbackToWindows1252` applies: the file must otherwise be UTF-8.
    var decoding: TextDecodingOptions
    /// Receives fallback warnings.
    var onWarning: InputWarningHandler
    /// `,` for CSV, a tab for `.tsv`/`.tab` files.
    var delimiter: UInt8
    /// When set, a bad record (a broken line, a wrong field count, an invalid field) is passed
    /// here and reading goes on with the next one; when `nil`, it is thrown.
    var onRecordError: RecordErrorHandler?

    /// Calls `body` with each record after the header, in file order.
    /// - Throws: `.emptyInput` (no header or no records), `.missingField` (no text column),
    ///   `.malformedRecord` (unclosed quote, wrong column count, empty label), or the line reader's errors.
    func forEach(_ body: (LabeledDocument) throws -> Void) throws {
        let lines = try ByteLineReader(path: path, limits: limits)
        var parser = CSVRecordParser(delimiter: delimiter, maxRecordBytes: limits.maxDocumentBytes, path: path)
        var columns: [(role: JSONRecordParser.Role, index: Int, name: String)]?
        var headerCount = 0
        var documentCount = 0
        var recordErrors = 0
        try lines.forEachLine { line, number in
            let document: LabeledDocument
            do {
                guard let record = try parser.consume(line, lineNumber: number) else { return }
                let location = SourceLocation(path: path, line: record.startLine)
                guard let known = columns else {
                    headerCount = record.count
                    columns = try Self.columns(of: record, fields: fields, at: location)
                    return
                }
                document = try self.document(from: record, columns: known, headerCount: headerCount, at: location)
            } catch {
                // A broken header, or any error when nobody takes record errors, stops the reading.
                guard let handler = onRecordError, columns != nil, let recordError = error as? LedeError else { throw error }
                parser.discardRecord()
                recordErrors += 1
                try handler(recordError)
                return
            }
            documentCount += 1
            try body(document)
        }
        do {
            try parser.finish()
        } catch {
            guard let handler = onRecordError else { throw error }
            recordErrors += 1
            try handler(error)
        }
        if documentCount == 0 && recordErrors == 0 { throw LedeError.emptyInput(SourceLocation(path: path)) }
    }

    /// The document a data record holds, its fields checked.
    private func document(
        from record: CSVRecordParser.Record, columns: [(role: JSONRecordParser.Role, index: Int, name: String)],
        headerCount: Int, at location: SourceLocation
    ) throws -> LabeledDocument {
        guard record.count == headerCount else {
            throw LedeError.malformedRecord(location, reason: "expected \(headerCount) fields as in the header, found \(record.count)")
        }
        var values: [String?] = Array(repeating: nil, count: JSONRecordParser.Role.allCases.count)
        for column in columns {
            var at = location
            at.field = column.name
            values[column.role.rawValue] = try record.withField(column.index) { try decodeField($0, at: at) }
        }
        let labelColumn = columns.first { $0.role == .label }
        let label = try values[JSONRecordParser.Role.label.rawValue].map {
            try LabelValidation.validated($0, field: labelColumn!.name, at: location)
        }
        let title = values[JSONRecordParser.Role.title.rawValue]
        return LabeledDocument(
            id: values[JSONRecordParser.Role.id.rawValue], label: label, title: title?.isEmpty == true ? nil : title,
            text: values[JSONRecordParser.Role.text.rawValue] ?? "", location: location)
    }

    /// The column of each role: the first name in ``CorpusFields`` that the header has.
    private static func columns(
        of header: CSVRecordParser.Record, fields: CorpusFields, at location: SourceLocation
    ) throws -> [(role: JSONRecordParser.Role, index: Int, name: String)] {
        var names: [String] = []
        for index in 0..<header.count {
            let name = header.withField(index) { String(decoding: $0, as: UTF8.self) }.lowercased().trimmingASCIISpaces()
            // Which of two columns of one name holds the text would be a guess: refuse it.
            if !name.isEmpty, names.contains(name) {
                throw LedeError.malformedRecord(location, reason: "the header names the column \"\(LabelValidation.printable(name))\" twice")
            }
            names.append(name)
        }
        var columns: [(role: JSONRecordParser.Role, index: Int, name: String)] = []
        for (role, candidates) in [(JSONRecordParser.Role.text, fields.text), (.title, fields.title), (.label, fields.label), (.id, fields.id)] {
            for candidate in candidates {
                if let index = names.firstIndex(of: candidate.lowercased()) {
                    columns.append((role, index, candidate))
                    break
                }
            }
        }
        guard columns.contains(where: { $0.role == .text }) else {
            throw LedeError.missingField(location, field: fields.text.first ?? "text")
        }
        return columns
    }

    private func decodeField(_ bytes: UnsafeRawBufferPointer, at location: SourceLocation) throws -> String {
        if let text = TextDecoder.strictUTF8(bytes) { return text }
        guard decoding.fallbackToWindows1252 else {
            throw LedeError.invalidEncoding(
                location, detail: "\(TextDecoder.invalidUTF8) in the field")
        }
        onWarning("\(location): not valid UTF-8; decoded as Windows-1252 (Latin-1)")
        return Windows1252.decode(bytes)
    }
}

extension String {
    fileprivate func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
