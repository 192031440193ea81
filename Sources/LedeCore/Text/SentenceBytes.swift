/// Byte-level character classes the sentence splitter needs, on UTF-8 input.
///
/// Only the few non-ASCII marks that matter for sentence ends (curly quotes, guillemets, `…`,
/// CJK full stops) are recognised by their byte sequences; letters outside ASCII are classified
/// by decoding one scalar, which happens only next to a candidate boundary.
enum SentenceBytes {
    /// The case class of the character that starts a word.
    enum WordStart: Equatable {
        case upper, lower, digit, other
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    @inline(__always)
    static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D
    }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    @inline(__always)
    static func isASCIIUpper(_ byte: UInt8) -> Bool {
        byte >= 0x41 && byte <= 0x5A
    }

    @inline(__always)
    static func isASCIILower(_ byte: UInt8) -> Bool {
        byte >= 0x61 && byte <= 0x7A
    }

    /// The length of the whitespace character (Unicode White_Space: ASCII spaces, NBSP, U+2000–
    /// U+200A, U+3000, ...) that starts at `index`, or 0.
    static func spaceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return isSpace(lead) ? 1 : 0 }
        // Every non-ASCII White_Space scalar is two or three bytes, led by C2, E1, E2 or E3.
        guard lead == 0xC2 || (lead >= 0xE1 && lead <= 0xE3) else { return 0 }
        let length = lead == 0xC2 ? 2 : 3
        guard index + length <= bytes.count,
              (1..<length).allSatisfy({ bytes[index + $0] & 0xC0 == 0x80 }),
              let (scalar, _) = scalar(in: bytes, at: index), scalar.properties.isWhitespace
        else { return 0 }
        return length
    }

    /// The length of the whitespace character that ends just before `end`, or 0.
    static func spaceLength(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        let last = bytes[end - 1]
        if last < 0x80 { return isSpace(last) ? 1 : 0 }
        for length in 2...3 where end - length >= 0 && isScalarStart(bytes[end - length]) {
            return spaceLength(in: bytes, at: end - length) == length ? length : 0
        }
        return 0
    }

    /// Whether the byte starts a scalar (is not a UTF-8 continuation byte).
    @inline(__always)
    static func isScalarStart(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }

    /// Decodes the scalar starting at `index`; returns it and its length in bytes, or `nil` when
    /// the bytes there are not well-formed UTF-8. The splitter's input may be invalid, so a bad
    /// lead byte or a missing continuation byte must not borrow the following characters: that
    /// made a trailing newline change the sentences (found by the sentence-splitter fuzz harness).
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        guard lead >= 0xC2, lead <= 0xF4 else { return nil }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// The case class of the character at `index`.
    static func wordStart(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> WordStart {
        let byte = bytes[index]
        if isASCIIUpper(byte) { return .upper }
        if isASCIILower(byte) { return .lower }
        if isASCIIDigit(byte) { return .digit }
        if byte < 0x80 { return .other }
        guard let (scalar, _) = scalar(in: bytes, at: index) else { return .other }
        if scalar.properties.isUppercase { return .upper }
        if scalar.properties.isLowercase { return .lower }
        return .other
    }

    /// Whether the character at `index` is a letter (any script).
    static func isLetter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return isASCIIUpper(byte) || isASCIILower(byte) }
        guard let (scalar, _) = scalar(in: bytes, at: index) else { return false }
        return scalar.properties.isAlphabetic
    }

    /// The length of a closing quote or bracket at `index` (`" ' ) ] } ” ’ » « ›` and CJK
    /// closers), or 0.
    static func closerLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xBB || bytes[index + 1] == 0xAB ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x9D || last == 0x99 || last == 0xBA ? 3 : 0
        case 0xE3:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x8D || last == 0x8F ? 3 : 0
        case 0xEF:
            guard index + 2 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xBC && bytes[index + 2] == 0x89 ? 3 : 0
        default: return 0
        }
    }

    /// The length of an opening quote or bracket at `index` (`" ' ( [ { “ ‘ „ « » ¿ ¡` and CJK
    /// openers), or 0.
    static func openerLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B: return 1
        case 0xC2:
            guard index + 1 < bytes.count else { return 0 }
            let next = bytes[index + 1]
            return next == 0xAB || next == 0xBB || next == 0xBF || next == 0xA1 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x9C || last == 0x98 || last == 0x9E || last == 0xB9 ? 3 : 0
        case 0xE3:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            let last = bytes[index + 2]
            return last == 0x8C || last == 0x8E ? 3 : 0
        case 0xEF:
            guard index + 2 < bytes.count else { return 0 }
            return bytes[index + 1] == 0xBC && bytes[index + 2] == 0x88 ? 3 : 0
        default: return 0
        }
    }

    /// The length of `…` (U+2026) at `index`, or 0.
    @inline(__always)
    static func horizontalEllipsisLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            ? 3 : 0
    }

    /// The length of a CJK sentence end (`。`, `！`, `？`) at `index`, or 0.
    @inline(__always)
    static func fullWidthTerminalLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index + 2 < bytes.count else { return 0 }
        let (first, second, third) = (bytes[index], bytes[index + 1], bytes[index + 2])
        if first == 0xE3 && second == 0x80 && third == 0x82 { return 3 }
        if first == 0xEF && second == 0xBC && (third == 0x81 || third == 0x9F) { return 3 }
        return 0
    }

    /// Whether a sentence-ending mark (`.` `!` `?` `…` or a CJK one) ends at `end`, looking back
    /// past closing quotes and brackets, within `lower..<end`.
    static func endsWithTerminal(_ bytes: UnsafeBufferPointer<UInt8>, lower: Int, end: Int) -> Bool {
        var index = end
        while index > lower {
            var start = index - 1
            while start > lower && !isScalarStart(bytes[start]) { start -= 1 }
            let byte = bytes[start]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F { return true }
            if horizontalEllipsisLength(in: bytes, at: start) == 3 || fullWidthTerminalLength(in: bytes, at: start) == 3 {
                return true
            }
            guard closerLength(in: bytes, at: start) == index - start else { return false }
            index = start
        }
        return false
    }
}
