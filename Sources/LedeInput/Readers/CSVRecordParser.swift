/// Assembles RFC 4180 CSV records from physical lines: fields separated by a delimiter, quoted
/// fields may hold delimiters, doubled quotes and line breaks (so one record may span lines).
/// A quote inside an unquoted field is kept as text, as Python's `csv` module does.
struct CSVRecordParser {
    /// One complete record: its fields' bytes (quotes removed) and the line it starts on.
    struct Record {
        /// The bytes of every field, back to back.
        var bytes: [UInt8] = []
        /// Where each field ends in `bytes`.
        var fieldEnds: [Int] = []
        /// The 1-based line the record starts on.
        var startLine = 0

        /// The number of fields.
        var count: Int { fieldEnds.count }

        /// Calls `body` with the bytes of field `index`.
        func withField<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            let start = index == 0 ? 0 : fieldEnds[index - 1]
            return try bytes.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<fieldEnds[index]])) }
        }
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private let delimiter: UInt8
    private let maxRecordBytes: Int
    private let path: String
    private var state = State.fieldStart
    private var record = Record()

    /// A parser for `delimiter`-separated records of at most `maxRecordBytes`, from `path`.
    init(delimiter: UInt8, maxRecordBytes: Int, path: String) {
        self.delimiter = delimiter
        self.maxRecordBytes = maxRecordBytes
        self.path = path
    }

    /// Takes the next physical line (without its line ending); returns the record it completes,
    /// or `nil` when the record continues on the next line or the line is blank.
    /// - Throws: `.malformedRecord` for text after a closing quote, `.inputTooLarge` for a
    ///   record over the limit (both at the line where the record starts).
    mutating func consume(_ line: UnsafeBufferPointer<UInt8>, lineNumber: Int) throws(LedeError) -> Record? {
        if state == .quoted {
            record.bytes.append(0x0A)
        } else {
            if line.isEmpty { return nil }
            record.bytes.removeAll(keepingCapacity: true)
            record.fieldEnds.removeAll(keepingCapacity: true)
            record.startLine = lineNumber
            state = .fieldStart
        }
        let quote = UInt8(ascii: "\"")
        var index = 0
        while index < line.count {
            let byte = line[index]
            switch state {
            case .fieldStart:
                if byte == quote {
                    state = .quoted
                    index += 1
                } else if byte == delimiter {
                    endField()
                    index += 1
                } else {
                    state = .unquoted
                }
            case .unquoted:
                let runEnd = line[index...].firstIndex(of: delimiter) ?? line.count
                record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<runEnd]))
                index = runEnd
                if index < line.count {
                    endField()
                    state = .fieldStart
                    index += 1
                }
            case .quoted:
                let runEnd = line[index...].firstIndex(of: quote) ?? line.count
                record.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[index..<runEnd]))
                index = runEnd
                if index < line.count {
                    state = .quoteInQuoted
                    index += 1
                }
            case .quoteInQuoted:
                if byte == quote {
                    record.bytes.append(quote)
                    state = .quoted
                } else if byte == delimiter {
                    endField()
                    state = .fieldStart
                } else {
                    throw .malformedRecord(
                        SourceLocation(path: path, line: lineNumber),
                        reason: "unexpected text after a closing quote at column \(index + 1) (double a quote inside a quoted field: \"\")")
                }
                index += 1
            }
        }
        if record.bytes.count > maxRecordBytes {
            throw .inputTooLarge(SourceLocation(path: path, line: record.startLine), limitBytes: maxRecordBytes)
        }
        if state == .quoted { return nil }
        endField()
        state = .fieldStart
        return record
    }

    /// Drops the record being assembled after an error in it, so that the next line starts a
    /// new record (reading on past a bad record).
    mutating func discardRecord() {
        state = .fieldStart
        record.bytes.removeAll(keepingCapacity: true)
        record.fieldEnds.removeAll(keepingCapacity: true)
    }

    /// Checks that the input did not end inside a quoted field.
    /// - Throws: `.malformedRecord` at the line where the unfinished record starts.
    func finish() throws(LedeError) {
        if state == .quoted {
            throw .malformedRecord(
                SourceLocation(path: path, line: record.startLine),
                reason: "unclosed quote: the quoted field starting on this line never ends")
        }
    }

    private mutating func endField() {
        record.fieldEnds.append(record.bytes.count)
    }
}
