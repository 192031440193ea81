import Foundation
import LedeInput
import Testing

private func decodeFixture(_ name: String, options: TextDecodingOptions = .init()) throws -> DecodedText {
    let path = InputFixtures.path(name)
    let bytes = try InputFiles.readBytes(path: path, limits: .init())
    return try TextDecoder.decode(bytes, location: SourceLocation(path: path), options: options)
}

@Test("a UTF-8 byte-order mark is removed")
func utf8ByteOrderMarkIsStripped() throws {
    let decoded = try decodeFixture("utf8-bom.txt")
    #expect(decoded == DecodedText(text: "Snow closes roads.\n", encoding: "UTF-8"))
}

@Test("UTF-16 little- and big-endian text with a byte-order mark is decoded")
func utf16WithByteOrderMarkIsDecoded() throws {
    #expect(try decodeFixture("utf16le-bom.txt") == DecodedText(text: "Café crème\r\nSecond line", encoding: "UTF-16LE"))
    #expect(try decodeFixture("utf16be-bom.txt") == DecodedText(text: "Zürich wins 2–1", encoding: "UTF-16BE"))
}

@Test("a Latin-1 file is an error naming the line, or with the fallback is decoded with a warning")
func latin1NeedsTheFallbackAndWarns() throws {
    let path = InputFixtures.path("latin1.txt")
    #expect(throws: LedeError.self) { try decodeFixture("latin1.txt") }
    let decoded = try decodeFixture("latin1.txt", options: TextDecodingOptions(fallbackToWindows1252: true))
    #expect(decoded.text == "Café au lait for the naïve reporter.\n")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.warnings == ["\(path):1: not valid UTF-8 (invalid UTF-8 byte 0xE9 at column 4); decoded as Windows-1252 (Latin-1)"])
}

@Test("Windows-1252 typographic bytes become curly quotes, dashes and the euro sign")
func windows1252HighBytesDecodeToTypography() throws {
    let decoded = try decodeFixture("windows1252-quotes.txt", options: TextDecodingOptions(encoding: .windows1252))
    #expect(decoded == DecodedText(text: "“Quoted” – €5 fine.", encoding: "windows-1252"))
}

@Test("an HTML page's <meta charset=\"iso-8859-1\"> is honoured: mööse stays mööse")
func htmlMetaCharsetIsHonoured() throws {
    let decoded = try decodeFixture("mooese.html")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.warnings.isEmpty)
    #expect(decoded.text.contains("<p>Der mööse lief über die Straße.</p>"))
}

@Test("a charset in <meta http-equiv content> is found case-insensitively in .htm files")
func htmlHttpEquivCharsetIsHonoured() throws {
    let decoded = try decodeFixture("mooese-http-equiv.htm")
    #expect(decoded.encoding == "windows-1252")
    #expect(decoded.text.hasSuffix("<body>mööse</body></html>"))
}

@Test("the meta charset is not consulted for files that are not HTML")
func metaCharsetIgnoredOutsideHTML() throws {
    let path = InputFixtures.path("mooese.html")
    let bytes = try InputFiles.readBytes(path: path, limits: .init())
    #expect(throws: LedeError.self) {
        try TextDecoder.decode(bytes, location: SourceLocation(path: "page.txt"), options: TextDecodingOptions(html: false))
    }
}

@Test("a page declared Latin-1 whose bytes are UTF-8 is read as UTF-8, with a warning")
func mislabelledUTF8PageIsReadAsUTF8() throws {
    let path = InputFixtures.path("mislabelled-utf8.html")
    let decoded = try decodeFixture("mislabelled-utf8.html")
    #expect(decoded.text == "<html><head><meta charset=\"iso-8859-1\"></head><body>mööse</body></html>")
    #expect(decoded.warnings == ["\(path): declares charset iso-8859-1 but is valid UTF-8; read as UTF-8"])
}

@Test("a declared charset lede cannot decode is an error saying so")
func unsupportedDeclaredCharsetIsAnError() throws {
    let path = InputFixtures.path("unsupported-charset.html")
    #expect(
        throws: LedeError.invalidEncoding(
            SourceLocation(path: path), detail: "declared charset shift_jis is not supported; convert the file to UTF-8 (e.g. with iconv)")
    ) { try decodeFixture("unsupported-charset.html") }
}

@Test("an invalid byte's line is counted from the line the bytes start on")
func invalidByteLineIsOffsetByBaseLine() {
    let bytes: [UInt8] = Array("one\ntwo\nthr".utf8) + [0xC3, 0x28]
    #expect(throws: LedeError.invalidEncoding(
        SourceLocation(path: "feed.txt", line: 12, field: "body"),
        detail: "invalid UTF-8 byte 0xC3 at column 4")
    ) {
        try TextDecoder.decode(bytes, location: SourceLocation(path: "feed.txt", line: 10, field: "body"))
    }
}

@Test("truncated and overlong UTF-8 sequences are rejected, not replaced")
func malformedUTF8SequencesAreRejected() {
    for bytes: [UInt8] in [[0x61, 0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80]] {
        #expect(throws: LedeError.self) { try TextDecoder.decode(bytes, location: SourceLocation(path: "x")) }
    }
}

@Test("UTF-16 with an unpaired surrogate or an odd byte count is an error")
func brokenUTF16IsAnError() {
    let loneSurrogate: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x3D, 0xD8, 0x62, 0x00]
    #expect(throws: LedeError.invalidEncoding(SourceLocation(path: "x", line: 2), detail: "unpaired UTF-16 surrogate 0xD83D")) {
        try TextDecoder.decode(loneSurrogate, location: SourceLocation(path: "x"))
    }
    #expect(throws: LedeError.invalidEncoding(SourceLocation(path: "x"), detail: "UTF-16 text with an odd number of bytes (3)")) {
        try TextDecoder.decode([0xFE, 0xFF, 0x00, 0x61, 0x00], location: SourceLocation(path: "x"))
    }
}

@Test("NUL bytes mean binary, but UTF-16 text (full of NULs) is not binary")
func nulBytesAreBinaryExceptInUTF16() throws {
    #expect(throws: LedeError.binaryInput(SourceLocation(path: "x"), detail: "NUL byte at offset 2")) {
        try TextDecoder.decode([0x61, 0x62, 0x00, 0x63], location: SourceLocation(path: "x"))
    }
    let utf16 = try TextDecoder.decode([0xFF, 0xFE, 0x61, 0x00], location: SourceLocation(path: "x"))
    #expect(utf16.text == "a")
    let allowed = try TextDecoder.decode([0x61, 0x00], location: SourceLocation(path: "x"), options: TextDecodingOptions(rejectBinary: false))
    #expect(allowed.text == "a\u{0}")
}

@Test("a forced encoding wins over detection and still drops its own byte-order mark")
func forcedEncodingWins() throws {
    let latin = try TextDecoder.decode([0x63, 0x61, 0x66, 0xE9], location: SourceLocation(path: "x"), options: TextDecodingOptions(encoding: .windows1252))
    #expect(latin == DecodedText(text: "café", encoding: "windows-1252"))
    let bom = try TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x61], location: SourceLocation(path: "x"), options: TextDecodingOptions(encoding: .utf8))
    #expect(bom.text == "a")
}

@Test("charset labels are read case-insensitively, Latin-1 labels meaning Windows-1252")
func charsetLabelsAreRecognised() {
    #expect(TextEncoding(label: "UTF8") == .utf8)
    #expect(TextEncoding(label: " ISO-8859-1 ") == .windows1252)
    #expect(TextEncoding(label: "latin1") == .windows1252)
    #expect(TextEncoding(label: "utf-16be") == .utf16BigEndian)
    #expect(TextEncoding(label: "gb2312") == nil)
}

@Test("decoding a Windows-1252 byte gives the same scalars as Foundation's table")
func windows1252MatchesFoundation() throws {
    let everyByte = (0...255).map(UInt8.init).filter { ![0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x00].contains($0) }
    let ours = try TextDecoder.decode(everyByte, location: SourceLocation(path: "x"), options: TextDecodingOptions(encoding: .windows1252, rejectBinary: false))
    let foundation = String(data: Data(everyByte), encoding: .windowsCP1252)
    #expect(ours.text == foundation)
}
