import Foundation
import LedeInput
import Testing

/// One bad input and the exact error reading it must raise.
struct BadInput: Sendable, CustomTestStringConvertible {
    var fixture: String
    var format: CorpusFormat?
    var expected: @Sendable (String) -> LedeError

    var testDescription: String { fixture }
}

private let badInputs: [BadInput] = [
    BadInput(fixture: "empty.txt") { .emptyInput(SourceLocation(path: $0)) },
    BadInput(fixture: "whitespace-only.txt") { .emptyInput(SourceLocation(path: $0)) },
    BadInput(fixture: "pixel.png", format: .plainText) { .binaryInput(SourceLocation(path: $0), detail: "PNG image signature") },
    BadInput(fixture: "invalid-utf8-line3.txt") {
        .invalidEncoding(SourceLocation(path: $0, line: 3), detail: "invalid UTF-8 byte 0xFF at column 17")
    },
    BadInput(fixture: "broken-line3.jsonl") {
        .malformedRecord(SourceLocation(path: $0, line: 3), reason: "expected ',' or '}' at column 42")
    },
    BadInput(fixture: "missing-text-line2.jsonl") { .missingField(SourceLocation(path: $0, line: 2), field: "text") },
    BadInput(fixture: "numeric-label-line1.jsonl") {
        .malformedRecord(SourceLocation(path: $0, line: 1, field: "label"), reason: "\"label\" must be a string, found a number")
    },
    BadInput(fixture: "empty-label-line2.jsonl") {
        .malformedRecord(SourceLocation(path: $0, line: 2, field: "label"), reason: "the label is empty")
    },
    BadInput(fixture: "json-array.jsonl") {
        .malformedRecord(
            SourceLocation(path: $0, line: 1),
            reason: "expected a JSON object at column 1 (a JSON array is not JSON Lines: write one object per line)")
    },
    BadInput(fixture: "blank-lines-only.jsonl") { .emptyInput(SourceLocation(path: $0)) },
    BadInput(fixture: "utf16-bom.jsonl") {
        .invalidEncoding(
            SourceLocation(path: $0, line: 1),
            detail: "UTF-16LE text; line-based formats must be UTF-8 (convert with iconv -f UTF-16 -t UTF-8)")
    },
    BadInput(fixture: "pixel.png", format: .jsonLines) { .binaryInput(SourceLocation(path: $0), detail: "PNG image signature") },
    BadInput(fixture: "unclosed-quote-line3.csv") {
        .malformedRecord(SourceLocation(path: $0, line: 3), reason: "unclosed quote: the quoted field starting on this line never ends")
    },
    BadInput(fixture: "wrong-columns-line3.csv") {
        .malformedRecord(SourceLocation(path: $0, line: 3), reason: "expected 2 fields as in the header, found 3")
    },
    BadInput(fixture: "no-text-column.csv") { .missingField(SourceLocation(path: $0, line: 1), field: "text") },
    BadInput(fixture: "header-only.csv") { .emptyInput(SourceLocation(path: $0)) },
    BadInput(fixture: "label-folders-without-files") { .emptyInput(SourceLocation(path: $0)) },
    BadInput(fixture: "binary-in-folder") {
        .binaryInput(SourceLocation(path: $0 + "/images/photo.txt"), detail: "PNG image signature")
    },
    BadInput(fixture: "folders") {
        .invalidEncoding(SourceLocation(path: $0 + "/sport/001.txt", line: 1), detail: "invalid UTF-8 byte 0xE9 at column 4")
    },
    BadInput(fixture: "no-such-file.jsonl") { .fileNotFound(SourceLocation(path: $0)) },
    BadInput(fixture: "no-such-folder/", format: .folderPerLabel) { .fileNotFound(SourceLocation(path: $0)) },
]

@Test("each bad input fails with its exact error case and location", arguments: badInputs)
func badInputFailsWithExactError(_ input: BadInput) {
    let path = InputFixtures.path(input.fixture)
    #expect(throws: input.expected(path)) {
        try CorpusReader(path: path, format: input.format).readAll()
    }
}

@Test("an empty directory is empty input, not an empty corpus")
func emptyDirectoryIsEmptyInput() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        #expect(throws: LedeError.emptyInput(SourceLocation(path: directory))) {
            try CorpusReader(path: directory).readAll()
        }
    }
}
