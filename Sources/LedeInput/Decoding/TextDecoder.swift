/// Turns the bytes of a file into text without ever consulting the locale: strict UTF-8 with
/// the byte-order mark removed; UTF-16 LE/BE when a byte-order mark says so; an HTML page's
/// `<meta charset>` for `.html`; Windows-1252 only when asked for, and then with a warning.
/// Invalid UTF-8 is an error naming the file and the line of the first bad byte.
public struct TextDecoder: Sendable {
    /// Decodes `bytes` read from `location` (whose `path` names the file in errors and warnings,
    /// and whose `line`, if set, is the line the bytes start on).
    ///
    /// Order of precedence: `options.encoding`, then a byte-order mark, then (HTML only) the
    /// declared charset, then UTF-8, then, if `fallbackToWindows1252`, Windows-1252 with a warning.
    /// - Throws: `.binaryInput` for binary-looking bytes (unless `rejectBinary` is off),
    ///   `.invalidEncoding` for bytes that are not valid in the chosen encoding.
    public static func decode(
        _ bytes: UnsafeRawBufferPointer, location: SourceLocation, options: TextDecodingOptions = .init()
    ) throws -> DecodedText {
        let mark = ByteOrderMark(bytes)
        if let forced = options.encoding {
            let body = mark?.encoding == forced ? UnsafeRawBufferPointer(rebasing: bytes[mark!.length...]) : bytes
            return DecodedText(text: try decode(body, as: forced, location: location), encoding: forced.rawValue)
        }
        if let mark {
            let body = UnsafeRawBufferPointer(rebasing: bytes[mark.length...])
            if mark.encoding == .utf8 { return try decodeUTF8(body, location: location, options: options) }
            return DecodedText(text: try decode(body, as: mark.encoding, location: location), encoding: mark.encoding.rawValue)
        }
        if options.rejectBinary, let reason = BinaryContentDetector.reason(bytes) {
            throw LedeError.binaryInput(location, detail: reason)
        }
        if options.html ?? isHTMLPath(location.path), let label = HTMLCharsetSniffer.declaredCharset(bytes) {
            return try decodeDeclared(bytes, label: label, location: location, options: options)
        }
        return try decodeUTF8(bytes, location: location, options: options)
    }

    /// Decodes a byte array, exactly as the `UnsafeRawBufferPointer` overload does.
    public static func decode(
        _ bytes: [UInt8], location: SourceLocation, options: TextDecodingOptions = .init()
    ) throws -> DecodedText {
        try bytes.withUnsafeBytes { try decode($0, location: location, options: options) }
    }

    /// The text if `bytes` are valid UTF-8, else `nil`. This is the fast path every reader uses.
    package static func strictUTF8(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let base = bytes.baseAddress else { return "" }
        return String(validating: UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: bytes.count), as: UTF8.self)
    }

    /// UTF-8, or the Windows-1252 fallback with a warning, or an error at the first bad byte.
    static func decodeUTF8(
        _ bytes: UnsafeRawBufferPointer, location: SourceLocation, options: TextDecodingOptions
    ) throws -> DecodedText {
        if let text = strictUTF8(bytes) { return DecodedText(text: text, encoding: TextEncoding.utf8.rawValue) }
        let offset = firstInvalidUTF8Offset(bytes) ?? 0
        let at = Self.location(of: offset, in: bytes, base: location)
        guard options.fallbackToWindows1252 else {
            throw LedeError.invalidEncoding(at, detail: invalidUTF8Detail(bytes, offset: offset))
        }
        let warning = "\(at): not valid UTF-8 (\(invalidUTF8Detail(bytes, offset: offset))); decoded as Windows-1252 (Latin-1)"
        return DecodedText(text: Windows1252.decode(bytes), encoding: TextEncoding.windows1252.rawValue, warnings: [warning])
    }

    /// Honours an HTML page's declared charset. A page declared Latin-1 whose bytes are valid
    /// UTF-8 with non-ASCII characters was mislabelled by its author (a common fault), so it is
    /// read as UTF-8 with a warning rather than turned into mojibake.
    private static func decodeDeclared(
        _ bytes: UnsafeRawBufferPointer, label: String, location: SourceLocation, options: TextDecodingOptions
    ) throws -> DecodedText {
        switch TextEncoding(label: label) {
        case .windows1252:
            if let text = strictUTF8(bytes), text.utf8.contains(where: { $0 >= 0x80 }) {
                let warning = "\(location): declares charset \(label) but is valid UTF-8; read as UTF-8"
                return DecodedText(text: text, encoding: TextEncoding.utf8.rawValue, warnings: [warning])
            }
            return DecodedText(text: Windows1252.decode(bytes), encoding: TextEncoding.windows1252.rawValue)
        case .utf8, .utf16LittleEndian, .utf16BigEndian:
            // A page that reached us as bytes without a UTF-16 byte-order mark is not UTF-16,
            // whatever its meta tag says (the WHATWG standard reads such pages as UTF-8 too).
            return try decodeUTF8(bytes, location: location, options: options)
        case nil:
            if let text = strictUTF8(bytes) {
                let warning = "\(location): declares charset \(label), which lede cannot decode; the bytes are valid UTF-8, read as UTF-8"
                return DecodedText(text: text, encoding: TextEncoding.utf8.rawValue, warnings: [warning])
            }
            if options.fallbackToWindows1252 {
                let warning = "\(location): declares charset \(label), which lede cannot decode; decoded as Windows-1252 (Latin-1)"
                return DecodedText(text: Windows1252.decode(bytes), encoding: TextEncoding.windows1252.rawValue, warnings: [warning])
            }
            throw LedeError.invalidEncoding(location, detail: "declared charset \(label) is not supported; convert the file to UTF-8 (e.g. with iconv)")
        }
    }

    /// Decodes in a known encoding, strictly.
    private static func decode(_ bytes: UnsafeRawBufferPointer, as encoding: TextEncoding, location: SourceLocation) throws -> String {
        switch encoding {
        case .utf8:
            if let text = strictUTF8(bytes) { return text }
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            throw LedeError.invalidEncoding(Self.location(of: offset, in: bytes, base: location), detail: requiredUTF8Detail(bytes, offset: offset))
        case .windows1252:
            return Windows1252.decode(bytes)
        case .utf16LittleEndian, .utf16BigEndian:
            return try decodeUTF16(bytes, bigEndian: encoding == .utf16BigEndian, location: location)
        }
    }

    private static func decodeUTF16(_ bytes: UnsafeRawBufferPointer, bigEndian: Bool, location: SourceLocation) throws -> String {
        guard bytes.count % 2 == 0 else {
            throw LedeError.invalidEncoding(location, detail: "UTF-16 text with an odd number of bytes (\(bytes.count))")
        }
        var units = [UInt16](repeating: 0, count: bytes.count / 2)
        for index in units.indices {
            let first = UInt16(bytes[2 * index])
            let second = UInt16(bytes[2 * index + 1])
            units[index] = bigEndian ? first << 8 | second : second << 8 | first
        }
        if let text = String(validating: units, as: UTF16.self) { return text }
        var line = location.line ?? 1
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                index += 2
                continue
            }
            if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) { break }
            if unit == 0x0A { line += 1 }
            index += 1
        }
        var at = location
        at.line = line
        throw LedeError.invalidEncoding(at, detail: "unpaired UTF-16 surrogate 0x\(hex(units[min(index, units.count - 1)], width: 4))")
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// `location` moved to the line holding `offset` (counted from `base.line`, or 1).
    static func location(of offset: Int, in bytes: UnsafeRawBufferPointer, base: SourceLocation) -> SourceLocation {
        var at = base
        at.line = (base.line ?? 1) + bytes.prefix(offset).count(where: { $0 == 0x0A })
        return at
    }

    /// How the detail of an ``LedeError/invalidEncoding(_:detail:)`` begins when the bytes are
    /// not UTF-8 and the Windows-1252 fallback (``TextDecodingOptions/fallbackToWindows1252``)
    /// would have decoded them, so that a program can suggest it.
    package static let invalidUTF8 = "invalid UTF-8"

    /// `invalid UTF-8 byte 0xE9 at column 4`: the column is in bytes, counted from the line start.
    private static func invalidUTF8Detail(_ bytes: UnsafeRawBufferPointer, offset: Int) -> String {
        let lineStart = bytes.prefix(offset).lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let byte = offset < bytes.count ? bytes[offset] : 0
        return "\(invalidUTF8) byte 0x\(hex(UInt16(byte), width: 2)) at column \(offset - lineStart + 1)"
    }

    /// The same fact, for bytes that had to be UTF-8 because ``TextDecodingOptions/encoding`` said so.
    private static func requiredUTF8Detail(_ bytes: UnsafeRawBufferPointer, offset: Int) -> String {
        "not UTF-8 as the encoding set requires: " + invalidUTF8Detail(bytes, offset: offset)
    }

    private static func isHTMLPath(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml")
    }

    private static func hex(_ value: UInt16, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
