import Foundation
import LedeInput
import Testing

@Test("directories expand recursively in sorted order, hidden files skipped, files and - kept as given")
func inputPathsExpandSorted() throws {
    let root = InputFixtures.path("folders")
    let expanded = try InputFiles.expand(["-", InputFixtures.path("records.csv"), root])
    #expect(expanded == [
        "-", InputFixtures.path("records.csv"),
        root + "/README.txt", root + "/business/001.txt", root + "/business/002.txt", root + "/sport/001.txt",
    ])
}

@Test("an extension filter applies to files found in directories, case-insensitively")
func extensionFilterAppliesToWalkedFiles() throws {
    let expanded = try InputFiles.expand([InputFixtures.directory], extensions: [".HTML", "htm"])
    #expect(expanded.map { ($0 as NSString).lastPathComponent } == ["mislabelled-utf8.html", "mooese-http-equiv.htm", "mooese.html", "unsupported-charset.html"])
}

@Test("a nonexistent path is fileNotFound; a directory without matching files is emptyInput")
func expandRejectsMissingAndEmpty() throws {
    let missing = InputFixtures.path("nowhere")
    #expect(throws: LedeError.fileNotFound(SourceLocation(path: missing))) { try InputFiles.expand([missing]) }
    let folders = InputFixtures.path("label-folders-without-files")
    #expect(throws: LedeError.emptyInput(SourceLocation(path: folders))) { try InputFiles.expand([folders]) }
}

@Test("readBytes returns a file's bytes and refuses a directory and an oversized file")
func readBytesReadsAndRefuses() throws {
    let path = InputFixtures.path("utf8-bom.txt")
    #expect(try InputFiles.readBytes(path: path, limits: .init()) == [0xEF, 0xBB, 0xBF] + Array("Snow closes roads.\n".utf8))
    #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path), limitBytes: 10)) {
        try InputFiles.readBytes(path: path, limits: InputLimits(maxDocumentBytes: 10))
    }
    #expect(throws: LedeError.unreadable(SourceLocation(path: InputFixtures.directory), reason: "is a directory")) {
        try InputFiles.readBytes(path: InputFixtures.directory, limits: .init())
    }
}
