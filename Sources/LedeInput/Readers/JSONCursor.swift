/// A validating read position in one JSON Lines record. It moves past JSON values without
/// building anything, which is how the record parser skips the keys nobody asked for.
/// Errors are `.malformedRecord` at the record's location, with the 1-based column.
struct JSONCursor {
    /// JSON nested deeper than this is refused rather than risking the stack.
    static let maxDepth = 256

    /// The first byte of the line.
    let base: UnsafePointer<UInt8>
    /// The number of bytes in the line.
    let end: Int
    /// The file and line, for errors.
    let location: SourceLocation
    /// The index of the next byte to read.
    var position = 0

    /// A cursor at the start of `line`, which must not be empty.
    init(base: UnsafePointer<UInt8>, end: Int, location: SourceLocation) {
        self.base = base
        self.end = end
        self.location = location
    }

    /// The byte at the position, or 0 at the end (0 never starts a valid JSON token).
    var peek: UInt8 { position < end ? base[position] : 0 }
    /// Whether the whole line has been read.
    var atEnd: Bool { position >= end }
    /// The 1-based column of the position, for error messages.
    var column: Int { position + 1 }

    /// A `.malformedRecord` error at this record.
    func malformed(_ reason: String) -> LedeError {
        .malformedRecord(location, reason: reason)
    }

    /// Moves past spaces, tabs and line breaks.
    mutating func skipWhitespace() {
        while position < end {
            let byte = base[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return }
            position += 1
        }
    }

    /// Moves past `byte`, or fails saying what was expected there.
    mutating func expect(_ byte: UInt8, _ what: String) throws(LedeError) {
        guard peek == byte else { throw malformed("expected \(what) at column \(column)") }
        position += 1
    }

    /// Moves past any JSON value, validating it.
    mutating func skipValue(depth: Int = 1) throws(LedeError) {
        guard depth <= Self.maxDepth else { throw malformed("nested deeper than \(Self.maxDepth) levels") }
        switch peek {
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer(depth: depth)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        case UInt8(ascii: "t"): try skipLiteral("true")
        case UInt8(ascii: "f"): try skipLiteral("false")
        case UInt8(ascii: "n"): try skipLiteral("null")
        default: throw malformed(atEnd ? "unexpected end of line" : "unexpected character at column \(column)")
        }
    }

    /// Moves past a string (the cursor on its opening quote), validating escapes and refusing
    /// raw control characters as strict JSON does; returns whether the string holds escapes.
    mutating func skipString() throws(LedeError) -> Bool {
        var index = position + 1
        var hasEscapes = false
        while true {
            index = firstSpecialByte(from: index)
            guard index < end else {
                position = end
                throw malformed("unterminated string")
            }
            switch base[index] {
            case UInt8(ascii: "\\"):
                hasEscapes = true
                position = index
                try skipEscape()
                index = position
            case UInt8(ascii: "\""):
                position = index + 1
                return hasEscapes
            default:
                position = index
                throw controlCharacter()
            }
        }
    }

    /// Moves past one escape (the cursor on its backslash), validating it.
    mutating func skipEscape() throws(LedeError) {
        guard position + 1 < end else { throw malformed("unterminated string") }
        switch base[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            position += 2
            _ = try readHex4()
        default:
            throw malformed("invalid escape at column \(column)")
        }
    }

    /// The error for a raw control character at the position.
    func controlCharacter() -> LedeError {
        malformed("raw control character in a string at column \(column) (it must be escaped)")
    }

    /// The index of the first `"`, `\\` or control byte at or after `start`, or `end`.
    /// Strings are most of a corpus's bytes, so this looks at eight bytes per step: the
    /// classic SWAR tests below flag, in the high bit of each byte, bytes equal to `"` or `\\`
    /// or below 0x20. The lowest flag is always exact (carries only run towards higher bytes),
    /// which is all that is needed to find the first one.
    @inline(__always)
    func firstSpecialByte(from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let quotes = word ^ (ones &* 0x22)
            let backslashes = word ^ (ones &* 0x5C)
            let flagged =
                (((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word))
                & highBits
            if flagged != 0 { return index + flagged.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return end
    }

    /// Reads the four hex digits of a `\u` escape (the cursor after the `u`).
    mutating func readHex4() throws(LedeError) -> UInt16 {
        guard position + 4 <= end else { throw malformed("truncated \\u escape at column \(column)") }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = base[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw malformed("invalid \\u escape at column \(column)")
            }
            value = value << 4 | UInt16(digit)
            position += 1
        }
        return value
    }

    private mutating func skipContainer(depth: Int) throws(LedeError) {
        let isObject = peek == UInt8(ascii: "{")
        let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        position += 1
        skipWhitespace()
        if peek == close {
            position += 1
            return
        }
        while true {
            if isObject {
                guard peek == UInt8(ascii: "\"") else { throw malformed("expected a key string at column \(column)") }
                _ = try skipString()
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "':'")
                skipWhitespace()
            }
            try skipValue(depth: depth + 1)
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                skipWhitespace()
            } else {
                try expect(close, isObject ? "',' or '}'" : "',' or ']'")
                return
            }
        }
    }

    private mutating func skipNumber() throws(LedeError) {
        let start = position
        if peek == UInt8(ascii: "-") { position += 1 }
        var valid = true
        if peek == UInt8(ascii: "0") {
            position += 1
        } else {
            valid = skipDigits() > 0
        }
        if valid, peek == UInt8(ascii: ".") {
            position += 1
            valid = skipDigits() > 0
        }
        if valid, peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            valid = skipDigits() > 0
        }
        guard valid else { throw malformed("invalid number at column \(start + 1)") }
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while position < end, base[position] >= UInt8(ascii: "0"), base[position] <= UInt8(ascii: "9") { position += 1 }
        return position - start
    }

    private mutating func skipLiteral(_ literal: StaticString) throws(LedeError) {
        let length = literal.utf8CodeUnitCount
        guard position + length <= end, bytesEqual(literal.utf8Start, base + position, length) else {
            throw malformed("unexpected character at column \(column)")
        }
        position += length
    }
}
