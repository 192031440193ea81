/// A small byte-level JSON parser for one JSON Lines record: it validates the whole line but
/// only builds `String`s for the keys that ``CorpusFields`` asks for, and skips everything else
/// (nested objects and arrays included) without allocating. Strings without escapes become a
/// `String` straight from the line's bytes; escaped ones (`\n`, `\uD83D\uDE00`) are decoded
/// into a reused scratch buffer, with `\r\n` normalised to `\n` on the way.
struct JSONRecordParser {
    /// The document part a key fills.
    enum Role: Int, CaseIterable { case text, title, label, id }

    /// A value captured for one role, with the key it came from (the name errors report).
    struct Captured {
        /// The value as text: a string's contents, or a number's digits.
        var text: String
        /// The key it was found under, e.g. `"article"`.
        var key: String
        /// Whether the value was a JSON string (not a number).
        var isString: Bool
        /// Whether invalid UTF-8 in it was decoded as Windows-1252.
        var usedFallback: Bool
    }

    /// The captured values of one record. Fixed fields rather than arrays: a record is built
    /// per line, and arrays here cost an allocation (and generic metadata lookups) each time.
    struct Record {
        private var text: Captured?
        private var title: Captured?
        private var label: Captured?
        private var id: Captured?
        /// The rank in ``CorpusFields`` of the key each role was filled from (lower wins).
        private var ranks: (Int, Int, Int, Int) = (.max, .max, .max, .max)

        /// The value captured for `role`; `nil` when the record has none of its keys (or only `null`).
        subscript(role: Role) -> Captured? {
            switch role {
            case .text: text
            case .title: title
            case .label: label
            case .id: id
            }
        }

        /// The rank of the key `role` was filled from, `Int.max` when unfilled.
        func rank(of role: Role) -> Int {
            switch role {
            case .text: ranks.0
            case .title: ranks.1
            case .label: ranks.2
            case .id: ranks.3
            }
        }

        /// Fills `role` with `value`, found under a key of rank `rank`.
        mutating func set(_ role: Role, _ value: Captured, rank: Int) {
            switch role {
            case .text: (text, ranks.0) = (value, rank)
            case .title: (title, ranks.1) = (value, rank)
            case .label: (label, ranks.2) = (value, rank)
            case .id: (id, ranks.3) = (value, rank)
            }
        }
    }

    private struct WantedKey {
        var bytes: [UInt8]
        var name: String
        var role: Role
        var rank: Int
    }

    private let wantedKeys: [WantedKey]
    private let fallbackToWindows1252: Bool
    private let scratch = ByteScratch()

    /// A parser that captures the keys named in `fields`; with `fallbackToWindows1252`, invalid
    /// UTF-8 in a captured string is decoded as Windows-1252 (and flagged) instead of failing.
    init(fields: CorpusFields, fallbackToWindows1252: Bool) {
        var keys: [WantedKey] = []
        for (role, names) in [(Role.text, fields.text), (.title, fields.title), (.label, fields.label), (.id, fields.id)] {
            for (rank, name) in names.enumerated() {
                keys.append(WantedKey(bytes: Array(name.utf8), name: name, role: role, rank: rank))
            }
        }
        wantedKeys = keys
        self.fallbackToWindows1252 = fallbackToWindows1252
    }

    /// Parses one non-empty line holding one JSON object.
    /// - Throws: `.malformedRecord` at `location` (with the field when a value has the wrong
    ///   type), or `.invalidEncoding` for invalid UTF-8 in a captured string without fallback.
    func parse(_ line: UnsafeBufferPointer<UInt8>, at location: SourceLocation) throws(LedeError) -> Record {
        guard let base = line.baseAddress else { throw .malformedRecord(location, reason: "empty line") }
        var cursor = JSONCursor(base: base, end: line.count, location: location)
        var record = Record()
        cursor.skipWhitespace()
        guard cursor.peek == UInt8(ascii: "{") else {
            let hint = cursor.peek == UInt8(ascii: "[") ? " (a JSON array is not JSON Lines: write one object per line)" : ""
            throw cursor.malformed("expected a JSON object at column \(cursor.column)\(hint)")
        }
        cursor.position += 1
        cursor.skipWhitespace()
        var closed = cursor.peek == UInt8(ascii: "}")
        if closed { cursor.position += 1 }
        while !closed {
            guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.malformed("expected a key string at column \(cursor.column)") }
            let key = try matchKey(&cursor)
            cursor.skipWhitespace()
            try cursor.expect(UInt8(ascii: ":"), "':'")
            cursor.skipWhitespace()
            if let key, key.rank < record.rank(of: key.role) {
                try capture(&cursor, key: key, into: &record)
            } else {
                try cursor.skipValue()
            }
            cursor.skipWhitespace()
            if cursor.peek == UInt8(ascii: ",") {
                cursor.position += 1
                cursor.skipWhitespace()
            } else {
                try cursor.expect(UInt8(ascii: "}"), "',' or '}'")
                closed = true
            }
        }
        cursor.skipWhitespace()
        guard cursor.atEnd else { throw cursor.malformed("unexpected text after the JSON object at column \(cursor.column)") }
        return record
    }

    /// Reads a key and returns the wanted key it names, if any.
    private func matchKey(_ cursor: inout JSONCursor) throws(LedeError) -> WantedKey? {
        let start = cursor.position
        if try cursor.skipString() {
            let end = cursor.position
            cursor.position = cursor.firstSpecialByte(from: start + 1)
            try decodeString(&cursor, contentStart: start + 1)
            cursor.position = end
            return wantedKeys.first { scratch.equals($0.bytes) }
        }
        let length = cursor.position - start - 2
        for key in wantedKeys where key.bytes.count == length {
            let matches = key.bytes.withUnsafeBufferPointer { bytesEqual($0.baseAddress!, cursor.base + start + 1, length) }
            if matches { return key }
        }
        return nil
    }

    private func capture(_ cursor: inout JSONCursor, key: WantedKey, into record: inout Record) throws(LedeError) {
        let start = cursor.position
        switch cursor.peek {
        case UInt8(ascii: "\""):
            // One pass: an unescaped string (most are) becomes a String straight from the line;
            // at the first escape, decoding into the scratch buffer takes over from there.
            let contentStart = start + 1
            let special = cursor.firstSpecialByte(from: contentStart)
            let captured: (String, Bool)
            if special < cursor.end, cursor.base[special] == UInt8(ascii: "\"") {
                cursor.position = special + 1
                captured = try makeString(UnsafeRawBufferPointer(start: cursor.base + contentStart, count: special - contentStart), key, cursor.location)
            } else {
                cursor.position = special
                try decodeString(&cursor, contentStart: contentStart)
                captured = try makeString(scratch.bytes, key, cursor.location)
            }
            record.set(key.role, Captured(text: captured.0, key: key.name, isString: true, usedFallback: captured.1), rank: key.rank)
        case UInt8(ascii: "n"):
            // null counts as absent, so a later, lower-ranked key may still fill the role.
            try cursor.skipValue()
            return
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try cursor.skipValue()
            let digits = String(decoding: UnsafeBufferPointer(start: cursor.base + start, count: cursor.position - start), as: UTF8.self)
            record.set(key.role, Captured(text: digits, key: key.name, isString: false, usedFallback: false), rank: key.rank)
        default:
            let kind = Self.kindName(cursor.peek)
            try cursor.skipValue()
            var at = cursor.location
            at.field = key.name
            throw .malformedRecord(at, reason: "\"\(key.name)\" must be a string, found \(kind)")
        }
    }

    private func makeString(_ bytes: UnsafeRawBufferPointer, _ key: WantedKey, _ location: SourceLocation) throws(LedeError) -> (String, Bool) {
        if let text = TextDecoder.strictUTF8(bytes) { return (text, false) }
        if fallbackToWindows1252 { return (Windows1252.decode(bytes), true) }
        var at = location
        at.field = key.name
        throw .invalidEncoding(
            at, detail: "\(TextDecoder.invalidUTF8) in the string value")
    }

    /// Decodes a string into `scratch`, validating it as it goes: `contentStart` is the byte after
    /// the opening quote and the cursor is on the first quote, backslash or control byte.
    /// Leaves the cursor after the closing quote.
    private func decodeString(_ cursor: inout JSONCursor, contentStart: Int) throws(LedeError) {
        scratch.removeAll()
        scratch.append(cursor.base + contentStart, count: cursor.position - contentStart)
        while true {
            guard cursor.position < cursor.end else { throw cursor.malformed("unterminated string") }
            switch cursor.base[cursor.position] {
            case UInt8(ascii: "\""):
                cursor.position += 1
                return
            case UInt8(ascii: "\\"):
                guard cursor.position + 1 < cursor.end else { throw cursor.malformed("unterminated string") }
                let escape = cursor.base[cursor.position + 1]
                switch escape {
                case UInt8(ascii: "n"): appendNewline()
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escape)
                case UInt8(ascii: "u"): break
                default: throw cursor.malformed("invalid escape at column \(cursor.column)")
                }
                cursor.position += 2
                if escape == UInt8(ascii: "u") { try appendUnicodeEscape(&cursor) }
            default:
                throw cursor.controlCharacter()
            }
            let runStart = cursor.position
            cursor.position = cursor.firstSpecialByte(from: runStart)
            scratch.append(cursor.base + runStart, count: cursor.position - runStart)
        }
    }

    /// Appends `\n`, turning a `\r` just before it into the `\n`, so escaped Windows line
    /// endings never reach the text.
    private func appendNewline() {
        if scratch.last == 0x0D { scratch.replaceLast(with: 0x0A) } else { scratch.append(0x0A) }
    }

    /// Appends the scalar of a `\uXXXX` escape (the cursor after the `u`), joining surrogate pairs.
    private func appendUnicodeEscape(_ cursor: inout JSONCursor) throws(LedeError) {
        let escapeColumn = cursor.column - 2
        let unit = try cursor.readHex4()
        var scalar = UInt32(unit)
        if UTF16.isTrailSurrogate(unit) {
            throw cursor.malformed("unpaired surrogate escape at column \(escapeColumn)")
        }
        if UTF16.isLeadSurrogate(unit) {
            guard cursor.peek == UInt8(ascii: "\\"), cursor.position + 1 < cursor.end,
                cursor.base[cursor.position + 1] == UInt8(ascii: "u")
            else { throw cursor.malformed("unpaired surrogate escape at column \(escapeColumn)") }
            cursor.position += 2
            let trail = try cursor.readHex4()
            guard UTF16.isTrailSurrogate(trail) else { throw cursor.malformed("unpaired surrogate escape at column \(escapeColumn)") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(trail) - 0xDC00)
        }
        if scalar == 0x0A {
            appendNewline()
        } else {
            for byte in UTF8.encode(Unicode.Scalar(scalar)!)! { scratch.append(byte) }
        }
    }

    private static func kindName(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        default: "an invalid value"
        }
    }
}
