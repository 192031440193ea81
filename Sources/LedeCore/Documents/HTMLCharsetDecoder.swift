/// Where ``HTMLCharsetDecoder`` learned a page's encoding.
public enum HTMLCharsetSource: String, Sendable, Codable {
    /// A UTF-8 or UTF-16 byte-order mark.
    case byteOrderMark
    /// The `charset` parameter of the HTTP `Content-Type` header the caller passed.
    case contentType
    /// A `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` tag.
    case metaTag
    /// No declaration was usable and the bytes are valid UTF-8.
    case validUTF8
    /// No declaration was usable and the bytes are not valid UTF-8, so Windows-1252 was assumed.
    case fallback
}

/// An HTML page decoded to text, with the encoding used and how it was chosen.
public struct DecodedHTML: Sendable, Hashable {
    /// The decoded page.
    public var text: String
    /// The encoding used: `"utf-8"`, `"utf-16le"`, `"utf-16be"` or `"windows-1252"`.
    public var encoding: String
    /// Where the encoding came from.
    public var source: HTMLCharsetSource
    /// A declared charset that Lede cannot decode (e.g. `"gb2312"`), when one was skipped.
    public var unsupportedDeclaration: String?
}

/// Decodes HTML bytes in the order browsers use (peer ask A7: trafilatura #231 ignored
/// `<meta charset>` and turned "mööse" into mojibake): byte-order mark, then the HTTP header's
/// charset, then a `<meta>` declaration in the first 4 KB, then UTF-8 if the bytes are valid,
/// else Windows-1252 (a superset of ISO-8859-1, which is what labels `iso-8859-1`/`latin1`/`ascii`
/// mean on the web). Supported encodings are UTF-8, UTF-16 and Windows-1252; any other declared
/// charset is reported in ``DecodedHTML/unsupportedDeclaration`` and the next rule decides.
public enum HTMLCharsetDecoder {
    /// Decodes `bytes`; `contentType` is the HTTP header value, e.g. `"text/html; charset=ISO-8859-1"`.
    public static func decode(_ bytes: [UInt8], contentType: String? = nil) -> DecodedHTML {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return DecodedHTML(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: "utf-8", source: .byteOrderMark)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return DecodedHTML(text: utf16(bytes.dropFirst(2), bigEndian: false), encoding: "utf-16le", source: .byteOrderMark)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return DecodedHTML(text: utf16(bytes.dropFirst(2), bigEndian: true), encoding: "utf-16be", source: .byteOrderMark)
        }
        var unsupported: String?
        let declarations: [(String?, HTMLCharsetSource)] = [
            (contentType.flatMap { charsetParameter(in: $0.lowercased()) }, .contentType),
            (metaCharset(in: bytes), .metaTag),
        ]
        for case let (label?, source) in declarations {
            switch canonicalEncoding(label) {
            case "utf-8":
                return DecodedHTML(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", source: source)
            case "windows-1252":
                return DecodedHTML(text: windows1252(bytes), encoding: "windows-1252", source: source)
            default:
                unsupported = unsupported ?? label
            }
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedHTML(text: text, encoding: "utf-8", source: .validUTF8, unsupportedDeclaration: unsupported)
        }
        return DecodedHTML(
            text: windows1252(bytes), encoding: "windows-1252", source: .fallback, unsupportedDeclaration: unsupported)
    }

    /// The charset named by the first `<meta>` tag in the first 4 KB that declares one.
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var searchStart = head.startIndex
        while let meta = head[searchStart...].firstRange(of: "<meta") {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            if let charset = charsetParameter(in: String(head[meta.upperBound..<tagEnd])) { return charset }
            searchStart = tagEnd
        }
        return nil
    }

    /// The value after `charset=` in a header or tag, without quotes.
    static func charsetParameter(in text: String) -> String? {
        guard let range = text.firstRange(of: "charset") else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !($0 == "\"" || $0 == "'" || $0 == ";" || $0 == " " || $0 == ">" || $0 == "/") }
        return value.isEmpty ? nil : String(value)
    }

    static func canonicalEncoding(_ label: String) -> String? {
        switch label.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8": "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "windows-1252", "cp1252", "x-cp1252",
             "us-ascii", "ascii", "iso_8859-1", "cp819", "ibm819": "windows-1252"
        default: nil
        }
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let codePoint = (0x80...0x9F).contains(byte) ? HTMLEntities.windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(codePoint) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    static func utf16<C: Collection<UInt8>>(_ bytes: C, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        while let first = iterator.next(), let second = iterator.next() {
            units.append(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first))
        }
        return String(decoding: units, as: UTF16.self)
    }
}
