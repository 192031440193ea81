/// Finds the charset an HTML page declares in `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=...">`.
/// Trusting the declaration beats guessing from byte statistics, which picks the wrong
/// encoding on short or mostly-ASCII pages (trafilatura#231, #541).
package enum HTMLCharsetSniffer {
    /// Declarations belong in `<head>`; 16 KB covers heads with long inline scripts and styles.
    static let inspectedBytes = 16 * 1024

    /// The declared charset label, lowercased (e.g. `"iso-8859-1"`), or `nil` when there is none.
    package static func declaredCharset(_ bytes: UnsafeRawBufferPointer) -> String? {
        let head = bytes.prefix(inspectedBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var searchFrom = 0
        while let tagStart = find(Array("<meta".utf8), in: head, from: searchFrom) {
            let tagEnd = head[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            if let label = charsetValue(in: head[tagStart..<tagEnd]) { return label }
            searchFrom = tagEnd
        }
        return nil
    }

    /// The value after `charset` (with optional spaces, `=` and quotes) inside one tag.
    private static func charsetValue(in tag: ArraySlice<UInt8>) -> String? {
        let tag = Array(tag)
        var from = 0
        while let keyStart = find(Array("charset".utf8), in: tag, from: from) {
            var index = keyStart + 7
            from = index
            while index < tag.count, isSpace(tag[index]) { index += 1 }
            guard index < tag.count, tag[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < tag.count, isSpace(tag[index]) { index += 1 }
            if index < tag.count, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") {
                index += 1
            }
            let valueStart = index
            while index < tag.count, !isValueEnd(tag[index]) { index += 1 }
            if index > valueStart { return String(decoding: tag[valueStart..<index], as: UTF8.self) }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isValueEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }
}
