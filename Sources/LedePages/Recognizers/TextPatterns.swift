/// Small byte-level pattern tests shared by the line recognisers: e-mail addresses,
/// `@handles` and word-bounded prefixes. Each is one forward pass over the UTF-8 bytes.
enum TextPatterns {
    /// Whether `text` holds something shaped like `local@domain.tld`.
    static func containsEmailAddress(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "@") {
            guard index > 0, isAddressByte(bytes[index - 1]) else { continue }
            var cursor = index + 1
            var sawDot = false
            var labelLength = 0
            while cursor < bytes.count, isAddressByte(bytes[cursor]) || bytes[cursor] == UInt8(ascii: ".") {
                if bytes[cursor] == UInt8(ascii: ".") {
                    if labelLength > 0 { sawDot = true }
                    labelLength = 0
                } else {
                    labelLength += 1
                }
                cursor += 1
            }
            if sawDot && labelLength >= 2 { return true }
        }
        return false
    }

    /// Whether `text` holds a social-media handle: `@` at a word start followed by 2+ name bytes.
    static func containsHandle(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "@") {
            if index > 0, isAddressByte(bytes[index - 1]) { continue }
            var cursor = index + 1
            while cursor < bytes.count, isHandleByte(bytes[cursor]) { cursor += 1 }
            if cursor - index - 1 >= 2 { return true }
        }
        return false
    }

    /// Whether `lowercased` starts with `prefix` and the prefix ends at a word boundary.
    static func hasWordPrefix(_ lowercased: String, _ prefix: String) -> Bool {
        guard lowercased.hasPrefix(prefix) else { return false }
        guard let lastOfPrefix = prefix.unicodeScalars.last, lastOfPrefix.properties.isAlphabetic else { return true }
        let rest = lowercased.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        guard let next = rest.first else { return true }
        return !next.properties.isAlphabetic
    }

    /// Whether `haystack` contains `needle`, compared byte for byte (the stdlib's generic
    /// substring search walks grapheme clusters and dominated segmentation time).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        byteOffset(of: needle, in: haystack) != nil
    }

    /// The UTF-8 offset of the first occurrence of `needle` in `haystack`.
    static func byteOffset(of needle: String, in haystack: String) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return 0 }
        let text = Array(haystack.utf8)
        guard text.count >= pattern.count else { return nil }
        var start = 0
        let lastStart = text.count - pattern.count
        while start <= lastStart {
            if text[start] == first {
                var offset = 1
                while offset < pattern.count, text[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return start }
            }
            start += 1
        }
        return nil
    }

    private static func isHandleByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == UInt8(ascii: "_")
    }

    private static func isAddressByte(_ byte: UInt8) -> Bool {
        isHandleByte(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
    }
}
