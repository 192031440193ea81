import Foundation
import LedeInput
import Testing

@Test("JSON Lines records keep their fields, escapes and line numbers; blank lines are skipped")
func jsonLinesRecordsAreReadExactly() throws {
    let path = InputFixtures.path("records.jsonl")
    let documents = try CorpusReader(path: path).readAll()
    #expect(documents == [
        LabeledDocument(
            id: "sport/001", label: "sport", title: "Late goal", text: "Late goal wins it.\nFans cheer.",
            location: SourceLocation(path: path, line: 1)),
        LabeledDocument(
            id: "42", label: "business", text: "Shares rise é😀 \"quoted\" \\ slash/",
            location: SourceLocation(path: path, line: 4)),
        LabeledDocument(label: "tech", text: "Chips get smaller.", location: SourceLocation(path: path, line: 5)),
        LabeledDocument(text: "No label here.", location: SourceLocation(path: path, line: 6)),
    ])
}

@Test("the first key listed in CorpusFields wins, wherever it sits in the record")
func fieldPriorityFollowsCorpusFieldsOrder() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/priority.jsonl"
        try InputFixtures.write(#"{"article": "second choice", "category": "b", "text": "first choice", "label": "a"}"# + "\n", to: path)
        let document = try #require(try CorpusReader(path: path).readAll().first)
        #expect(document.text == "first choice")
        #expect(document.label == "a")

        var fields = CorpusFields()
        fields.text = ["article"]
        fields.label = ["category"]
        let custom = try #require(try CorpusReader(path: path, fields: fields).readAll().first)
        #expect(custom.text == "second choice")
        #expect(custom.label == "b")
    }
}

@Test("invalid UTF-8 inside a JSON string names the line and field, or falls back with a warning")
func invalidUTF8InJSONStringIsReported() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/latin.jsonl"
        var bytes = Array(#"{"label": "x", "text": "ok"}"#.utf8) + [0x0A]
        bytes += Array(#"{"label": "x", "text": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A]
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: LedeError.invalidEncoding(
            SourceLocation(path: path, line: 2, field: "text"),
            detail: "invalid UTF-8 in the string value")
        ) { try CorpusReader(path: path).readAll() }

        let log = WarningLog()
        let documents = try CorpusReader(
            path: path, decoding: TextDecodingOptions(fallbackToWindows1252: true), onWarning: log.handler
        ).readAll()
        #expect(documents.map(\.text) == ["ok", "café"])
        #expect(log.messages == ["\(path):2 (field \"text\"): not valid UTF-8; decoded as Windows-1252 (Latin-1)"])
    }
}

@Test("malformed JSON is rejected with the reason", arguments: [
    (#"{"text": "a" "label": "b"}"#, "expected ',' or '}' at column 14"),
    (#"{"text": "a",}"#, "expected a key string at column 14"),
    (#"{"text": "bad \q escape"}"#, "invalid escape at column 15"),
    (#"{"text": "\ud83d alone"}"#, "unpaired surrogate escape at column 11"),
    (#"{"text": "a", "n": 01}"#, "expected ',' or '}' at column 21"),
    (#"{"text": "a", "n": tru}"#, "unexpected character at column 20"),
    (#"{"text": "a"} trailing"#, "unexpected text after the JSON object at column 15"),
    ("{\"text\": \"raw\ttab\"}", "raw control character in a string at column 14 (it must be escaped)"),
    (#"{"text": "unterminated}"#, "unterminated string"),
    (#"{"text": ["a"]}"#, nil),
])
func malformedJSONIsRejected(line: String, reason: String?) throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/bad.jsonl"
        try InputFixtures.write(line + "\n", to: path)
        let location = SourceLocation(path: path, line: 1, field: reason == nil ? "text" : nil)
        let expected = LedeError.malformedRecord(location, reason: reason ?? "\"text\" must be a string, found an array")
        #expect(throws: expected) { try CorpusReader(path: path).readAll() }
    }
}

@Test("a line longer than maxDocumentBytes fails with its line number")
func overlongJSONLineIsTooLarge() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/long.jsonl"
        let long = String(repeating: "word ", count: 400)
        try InputFixtures.write("{\"text\": \"short\"}\n{\"text\": \"\(long)\"}\n", to: path)
        let limits = InputLimits(maxDocumentBytes: 1000)
        #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path, line: 2), limitBytes: 1000)) {
            try CorpusReader(path: path, limits: limits).readAll()
        }
    }
}

@Test("strings written by Foundation's JSONEncoder read back identically")
func jsonEncoderOutputRoundTrips() throws {
    struct Record: Encodable { var id: Int; var label: String; var text: String; var meta: [String: [Double]] }
    var generator = SplitMix64(seed: 7)
    let alphabet = Array("abc xyz\n\t\"\\/é€😀\u{1}\u{1F}<>&'")
    var records: [Record] = []
    for index in 0..<300 {
        let length = Int(generator.next() % 40)
        let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
        records.append(Record(id: index, label: "class\(index % 3)", text: text, meta: ["scores": [1.5, -2e-3]]))
    }
    let encoder = JSONEncoder()
    let lines = try records.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/roundtrip.jsonl"
        try InputFixtures.write(lines.joined(separator: "\n") + "\n", to: path)
        let documents = try CorpusReader(path: path).readAll()
        #expect(documents.map(\.text) == records.map { $0.text.replacingOccurrences(of: "\r\n", with: "\n") })
        #expect(documents.map(\.id) == records.map { String($0.id) })
        #expect(documents.map(\.label) == records.map(\.label))
    }
}

/// A small deterministic generator so the round-trip test sees the same strings every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
