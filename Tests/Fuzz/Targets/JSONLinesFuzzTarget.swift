import LedeInput

/// Fuzzes the JSON Lines reader (``CorpusReader`` with ``CorpusFormat/jsonLines``).
enum JSONLinesFuzzTarget {
    static let target = FuzzTarget(name: "jsonl-reader") { bytes in
        try CorpusReaderFuzzing.check(bytes, fileName: "input.jsonl", format: .jsonLines)
    }
}
