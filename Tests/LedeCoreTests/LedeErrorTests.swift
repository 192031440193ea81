import LedeCore
import Testing

@Test("an error names the file, the line and the field it concerns on one line")
func errorMessageNamesFileLineAndField() {
    let error = LedeError.missingField(SourceLocation(path: "train.jsonl", line: 12), field: "label")
    #expect(error.description == "train.jsonl:12: missing field \"label\"")
    #expect(!error.description.contains("\n"))
    #expect(error.exitCode == 65)
}
