/// Byte-level helpers for the tokenizer: ASCII character classes, decoding one scalar from
/// valid UTF-8, and Unicode word-character tests and lower-casing for non-ASCII scalars.
enum CharacterClasses {
    /// Class of a lower-case letter or digit.
    static let lowerOrDigit: UInt8 = 1
    /// Class of an upper-case ASCII letter.
    static let upper: UInt8 = 2

    /// Each byte that is an ASCII letter or digit, lower-cased; 0 for every other byte.
    static let asciiLowered: [UInt8] = (0..<256).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: UInt8(byte)
        case 0x41...0x5A: UInt8(byte) | 0x20
        default: 0
        }
    }

    /// Each byte that is an ASCII letter or digit, unchanged; 0 for every other byte.
    static let asciiKept: [UInt8] = (0..<256).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: UInt8(byte)
        default: 0
        }
    }

    /// The class of each ASCII byte: 0 for separators.
    static let ascii: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: lowerOrDigit
        case 0x41...0x5A: upper
        default: 0
        }
    }
}

enum UTF8Scalar {
    /// Decodes the scalar starting at `index` of valid UTF-8 (Swift strings always are).
    @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let end = bytes.count
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < end ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            value = ((lead & 0x1F) << 6) | continuation(1)
            length = 2
        } else if lead < 0xF0 {
            value = ((lead & 0x0F) << 12) | (continuation(1) << 6) | continuation(2)
            length = 3
        } else {
            value = ((lead & 0x07) << 18) | (continuation(1) << 12) | (continuation(2) << 6) | continuation(3)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, end - index))
    }

    /// Whether the scalar at `index` can start or continue a word.
    @inline(__always)
    static func isWordStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return CharacterClasses.ascii[Int(byte)] != 0 }
        return isWordScalar(decode(bytes, at: index).0)
    }

    /// Letters, digits and combining marks of any script are word characters.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return CharacterClasses.ascii[Int(scalar.value)] != 0 }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }

    /// Appends the UTF-8 of `scalar`, lower-cased by Unicode's full mapping when asked.
    static func appendLowercased(_ scalar: Unicode.Scalar, lowercase: Bool, to word: ByteScratch) {
        if lowercase && scalar.properties.changesWhenLowercased {
            for byte in scalar.properties.lowercaseMapping.utf8 { word.append(byte) }
        } else {
            UTF8.encode(scalar) { word.append($0) }
        }
    }
}
