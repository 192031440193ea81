import Foundation
import LedeInput
import Testing

@Test("CSV records keep quoted commas, doubled quotes and line breaks, and the line each starts on")
func csvRecordsAreReadExactly() throws {
    let path = InputFixtures.path("records.csv")
    let documents = try CorpusReader(path: path).readAll()
    #expect(documents == [
        LabeledDocument(id: "1", label: "sport", title: "Derby", text: "Home side wins, 2-1", location: SourceLocation(path: path, line: 2)),
        LabeledDocument(id: "2", label: "politics", text: "He said \"no\".\nThen he left.", location: SourceLocation(path: path, line: 3)),
        LabeledDocument(id: "3", label: "tech", title: "Chips", text: "Smaller \"chips\" ship", location: SourceLocation(path: path, line: 6)),
    ])
}

@Test("a .tsv file is split on tabs, with quoted tabs kept")
func tsvIsSplitOnTabs() throws {
    let path = InputFixtures.path("records.tsv")
    let documents = try CorpusReader(path: path).readAll()
    #expect(documents == [LabeledDocument(label: "sport", text: "One, two\tthree", location: SourceLocation(path: path, line: 2))])
}

@Test("text after a closing quote is an error at that line")
func textAfterClosingQuoteIsAnError() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/bad.csv"
        try InputFixtures.write("label,text\nsport,\"quoted\"tail\n", to: path)
        #expect(throws: LedeError.malformedRecord(
            SourceLocation(path: path, line: 2),
            reason: "unexpected text after a closing quote at column 15 (double a quote inside a quoted field: \"\")")
        ) { try CorpusReader(path: path).readAll() }
    }
}

@Test("an unclosed quote that runs past maxDocumentBytes stops at the record's first line")
func runawayQuoteStopsAtTheLimit() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/runaway.csv"
        let body = String(repeating: "a line inside an unclosed quote\n", count: 200)
        try InputFixtures.write("label,text\nsport,ok\nsport,\"\(body)", to: path)
        #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path, line: 3), limitBytes: 1000)) {
            try CorpusReader(path: path, limits: InputLimits(maxDocumentBytes: 1000)).readAll()
        }
    }
}

@Test("an empty label cell is an error naming the column")
func emptyCSVLabelIsAnError() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/labels.csv"
        try InputFixtures.write("category,body\n,text without a class\n", to: path)
        #expect(throws: LedeError.malformedRecord(SourceLocation(path: path, line: 2, field: "category"), reason: "the label is empty")) {
            try CorpusReader(path: path).readAll()
        }
    }
}

@Test("a CSV without a label column reads unlabelled documents")
func csvWithoutLabelColumnIsUnlabelled() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/texts.csv"
        try InputFixtures.write("text\nfirst\n\"second\"\n", to: path)
        let documents = try CorpusReader(path: path).readAll()
        #expect(documents.map(\.text) == ["first", "second"])
        #expect(documents.allSatisfy { $0.label == nil })
    }
}
