import LedePages
import Testing

@Suite("HTMLCharsetDecoder")
struct HTMLCharsetDecoderTests {
    @Test("a <meta charset> of ISO-8859-1 decodes Latin-1 bytes (mööse stays mööse)")
    func metaCharsetLatin1() {
        let bytes = Array("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>m".utf8) + [0xF6, 0xF6]
            + Array("se</p></body></html>".utf8)
        let decoded = HTMLCharsetDecoder.decode(bytes)
        #expect(decoded.source == .metaTag && decoded.encoding == "windows-1252")
        #expect(HTMLTextExtractor().text(fromHTMLBytes: bytes) == "m\u{F6}\u{F6}se")
    }

    @Test("http-equiv content type in a meta tag is honoured")
    func httpEquiv() {
        let bytes = Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>".utf8) + [0x93, 0x41, 0x94]
        #expect(HTMLCharsetDecoder.decode(bytes).text.hasSuffix("\u{201C}A\u{201D}"))
    }

    @Test("a byte-order mark wins over a contradicting meta tag")
    func byteOrderMarkWins() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"iso-8859-1\"><p>caf\u{E9}</p>".utf8)
        let decoded = HTMLCharsetDecoder.decode(bytes)
        #expect(decoded.source == .byteOrderMark && decoded.text.hasSuffix("caf\u{E9}</p>"))
    }

    @Test("the HTTP content type wins over the meta tag")
    func contentTypeWins() {
        let bytes = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xE9]
        let decoded = HTMLCharsetDecoder.decode(bytes, contentType: "text/html; charset=ISO-8859-1")
        #expect(decoded.source == .contentType && decoded.text.hasSuffix("\u{E9}"))
    }

    @Test("undeclared bytes are UTF-8 when valid, else Windows-1252, and an unsupported label is reported")
    func fallbacks() {
        #expect(HTMLCharsetDecoder.decode(Array("<p>caf\u{E9}</p>".utf8)).source == .validUTF8)
        let latin = HTMLCharsetDecoder.decode(Array("<meta charset=gb2312><p>caf".utf8) + [0xE9])
        #expect(latin.source == .fallback && latin.text.hasSuffix("caf\u{E9}") && latin.unsupportedDeclaration == "gb2312")
    }

    @Test("UTF-16 pages with a byte-order mark decode")
    func utf16() {
        let little: [UInt8] = [0xFF, 0xFE] + Array("<p>ok</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(HTMLCharsetDecoder.decode(little).text == "<p>ok</p>")
    }
}
