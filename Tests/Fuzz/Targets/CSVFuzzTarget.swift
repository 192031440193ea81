import LedeInput

/// Fuzzes the CSV reader (``CorpusReader`` with ``CorpusFormat/csv``).
enum CSVFuzzTarget {
    static let target = FuzzTarget(name: "csv-reader") { bytes in
        try CorpusReaderFuzzing.check(bytes, fileName: "input.csv", format: .csv)
    }
}
