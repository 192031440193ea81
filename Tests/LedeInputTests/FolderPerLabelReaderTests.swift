import Foundation
import LedeInput
import Testing

@Test("label folders and files are read in sorted order, hidden and top-level files skipped")
func folderPerLabelReadsSortedLabelledFiles() throws {
    let root = InputFixtures.path("folders")
    let log = WarningLog()
    let documents = try CorpusReader(
        path: root, decoding: TextDecodingOptions(fallbackToWindows1252: true), onWarning: log.handler
    ).readAll()
    #expect(documents == [
        LabeledDocument(id: "business/001.txt", label: "business", text: "Profits rise.\n", location: SourceLocation(path: root + "/business/001.txt")),
        LabeledDocument(id: "business/002.txt", label: "business", text: "Profits fall.\nShares drop.\n", location: SourceLocation(path: root + "/business/002.txt")),
        LabeledDocument(id: "sport/001.txt", label: "sport", text: "Café wins the cup.", location: SourceLocation(path: root + "/sport/001.txt")),
    ])
    #expect(log.messages == ["\(root)/sport/001.txt:1: not valid UTF-8 (invalid UTF-8 byte 0xE9 at column 4); decoded as Windows-1252 (Latin-1)"])
}

@Test("an empty file in a label folder is an empty document, as scikit-learn's load_files gives")
func emptyFileInLabelFolderIsEmptyDocument() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        try FileManager.default.createDirectory(atPath: directory + "/news", withIntermediateDirectories: true)
        try InputFixtures.write("", to: directory + "/news/blank.txt")
        let documents = try CorpusReader(path: directory).readAll()
        #expect(documents == [LabeledDocument(id: "news/blank.txt", label: "news", text: "", location: SourceLocation(path: directory + "/news/blank.txt"))])
    }
}

@Test("a file over maxDocumentBytes is refused before it is read")
func oversizedFileInFolderIsTooLarge() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        try FileManager.default.createDirectory(atPath: directory + "/news", withIntermediateDirectories: true)
        try InputFixtures.write(String(repeating: "x", count: 101), to: directory + "/news/big.txt")
        #expect(throws: LedeError.inputTooLarge(SourceLocation(path: directory + "/news/big.txt"), limitBytes: 100)) {
            try CorpusReader(path: directory, limits: InputLimits(maxDocumentBytes: 100)).readAll()
        }
    }
}
