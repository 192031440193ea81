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
        bytes.withUnsafeBytes { raw in
            if let mark = ByteOrderMark(raw) {
                return DecodedHTML(text: text(of: raw, as: mark.encoding), encoding: label(of: mark.encoding), source: .byteOrderMark)
            }
            var unsupported: String?
            let declarations: [(String?, HTMLCharsetSource)] = [
                (contentType.flatMap { charsetParameter(in: $0.lowercased()) }, .contentType),
                (HTMLCharsetSniffer.declaredCharset(raw), .metaTag),
            ]
            for case let (declared?, source) in declarations {
                // A page cannot declare UTF-16 in its own ASCII-compatible bytes; browsers ignore that.
                if let encoding = TextEncoding(label: declared), encoding == .utf8 || encoding == .windows1252 {
                    return DecodedHTML(text: text(of: raw, as: encoding), encoding: label(of: encoding), source: source)
                }
                unsupported = unsupported ?? declared
            }
            if let text = TextDecoder.strictUTF8(raw) {
                return DecodedHTML(text: text, encoding: "utf-8", source: .validUTF8, unsupportedDeclaration: unsupported)
            }
            return DecodedHTML(
                text: Windows1252.decode(raw), encoding: "windows-1252", source: .fallback, unsupportedDeclaration: unsupported)
        }
    }

    /// `raw` decoded as `encoding` (a byte-order mark for it removed); invalid UTF-8 is replaced,
    /// not refused, because a page is shown whatever its flaws.
    private static func text(of raw: UnsafeRawBufferPointer, as encoding: TextEncoding) -> String {
        let options = TextDecodingOptions(encoding: encoding, rejectBinary: false)
        if let decoded = try? TextDecoder.decode(raw, location: SourceLocation(path: "-"), options: options) {
            return decoded.text
        }
        let body = ByteOrderMark(raw).map { UnsafeRawBufferPointer(rebasing: raw[$0.length...]) } ?? raw
        return String(decoding: body, as: UTF8.self)
    }

    /// The WHATWG name of `encoding`, lower case.
    private static func label(of encoding: TextEncoding) -> String {
        encoding.rawValue.lowercased()
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
}
