#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prints records as they come, batch by batch, so that output never waits for (or holds) the
/// whole input: a JSON array streamed element by element, or one JSON object per line.
struct RecordWriter {
    /// `json` (one array, pretty-printed) or `jsonl` (one compact object per line).
    enum Style { case jsonArray, jsonLines }

    private let style: Style
    private var written = 0

    /// A writer in `style`; nothing is printed until the first record or ``finish()``.
    init(_ style: Style) {
        self.style = style
    }

    /// Prints one record.
    mutating func write<Record: Encodable>(_ record: Record) throws {
        switch style {
        case .jsonLines:
            print(try JSONOutput.string(record, pretty: false))
        case .jsonArray:
            let element = try JSONOutput.string(record, pretty: true)
                .split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
            print(written == 0 ? "[" : ",")
            print(element, terminator: "")
        }
        written += 1
    }

    /// Ends the output (closes the JSON array; an empty input gives `[]`).
    func finish() {
        guard style == .jsonArray else { return }
        print(written == 0 ? "[]" : "\n]")
    }
}
