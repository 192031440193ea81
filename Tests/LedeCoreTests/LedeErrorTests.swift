import LedeCore
import Testing

@Test("an error names the file, the line and the field it concerns on one line")
func errorMessageNamesFileLineAndField() {
    let error = LedeError.missingField(SourceLocation(path: "train.jsonl", line: 12), field: "label")
    #expect(error.description == "train.jsonl:12: missing field \"label\"")
    #expect(!error.description.contains("\n"))
}

@Test("an error states facts only: no command-line option is named in any message")
func errorMessagesNameNoOption() {
    let at = SourceLocation(path: "big.txt")
    let errors: [LedeError] = [
        .inputTooLarge(at, limitBytes: 10), .invalidEncoding(at, detail: "invalid UTF-8 byte 0xE9 at column 4"),
        .emptyInput(at), .fileNotFound(at), .unsupportedModelVersion(at, found: 9, supported: 2),
    ]
    for error in errors { #expect(!error.description.contains("--"), "\(error)") }
}
