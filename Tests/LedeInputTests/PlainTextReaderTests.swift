import Foundation
import LedeInput
import Testing

@Test("a plain-text file is one unlabelled document with \\r\\n normalised to \\n")
func plainTextIsOneDocument() throws {
    let path = InputFixtures.path("utf16le-bom.txt")
    let documents = try CorpusReader(path: path).readAll()
    #expect(documents == [LabeledDocument(text: "Café crème\nSecond line", location: SourceLocation(path: path))])
}

@Test("\"x\", \"x\\n\" and \"x\\r\\n\" differ only by the trailing newline, never by \\r")
func lineEndingsAreNormalised() {
    #expect(LineEndings.normalized("a\r\nb\r\n") == "a\nb\n")
    #expect(LineEndings.normalized("no carriage return") == "no carriage return")
    #expect(LineEndings.normalized("lone\rreturn") == "lone\rreturn")
}

@Test("a plain-text HTML page is decoded by its meta charset")
func plainTextHTMLUsesMetaCharset() throws {
    let document = try #require(try CorpusReader(path: InputFixtures.path("mooese.html")).readAll().first)
    #expect(document.text.contains("Der mööse lief"))
}

@Test("a plain-text file larger than the limit fails from its size, without being read")
func hugePlainTextFailsFromItsSize() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/huge.txt"
        // Sparse: 500 MB on paper, no disk blocks; reading it whole would take seconds and 500 MB.
        try (Data("text".utf8)).write(to: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 500_000_000)
        try handle.close()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path), limitBytes: 32 << 20)) {
                try CorpusReader(path: path).readAll()
            }
        }
        #expect(elapsed < .milliseconds(100))
    }
}
