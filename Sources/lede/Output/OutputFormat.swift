import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Output formats of the commands that print results. Each command accepts only those it writes
/// (``check(_:among:)``), and its help lists them.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, text, json, jsonl, csv, markdown

    /// Empty, so that help does not list every format under every command: each command's help
    /// names the ones it writes (``help(_:)``).
    static var allValueStrings: [String] { [] }

    /// The help line of a `--format` option that accepts `formats`.
    static func help(_ formats: [OutputFormat]) -> ArgumentHelp {
        ArgumentHelp("Output: \(formats.map(\.rawValue).joined(separator: ", ")).")
    }

    /// Refuses (exit 64) a format the command does not write.
    static func check(_ format: OutputFormat, among formats: [OutputFormat]) throws {
        guard formats.contains(format) else {
            throw ValidationError("this command does not write \(format.rawValue); --format takes \(formats.map(\.rawValue).joined(separator: ", "))")
        }
    }
}

/// JSON encoding shared by every command (sorted keys, so output is stable).
enum JSONOutput {
    static func string<Value: Encodable>(_ value: Value, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Left-aligned text columns for terminal tables.
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        guard let width = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        return rows.map { row in
            row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
