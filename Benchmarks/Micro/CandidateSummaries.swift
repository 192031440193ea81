import Foundation
import LedeAnalysis

/// The file every summariser of the benchmark writes, Lede and peers alike: one JSON object per
/// line, `{"candidate": "the chosen sentences"}`, in the order of the data file's articles.
/// `score-summaries` reads it back and scores it, so no system scores its own summaries.
enum CandidateSummaries {
    /// Writes one `{"candidate": …}` line per summary.
    static func write(_ candidates: [String], to path: String) throws {
        var output = Data()
        for candidate in candidates {
            output.append(try JSONSerialization.data(withJSONObject: ["candidate": candidate]))
            output.append(0x0A)
        }
        do {
            try output.write(to: URL(fileURLWithPath: path))
        } catch {
            throw LedeError.writeFailed(SourceLocation(path: path), reason: error.localizedDescription)
        }
    }

    /// The candidates of a summaries file, in file order; a bad line is an error naming it.
    static func read(path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedeError.fileNotFound(SourceLocation(path: path))
        }
        var candidates: [String] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let location = SourceLocation(path: path, line: index + 1)
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw LedeError.malformedRecord(location, reason: "not a JSON object")
            }
            guard let candidate = object["candidate"] as? String else {
                throw LedeError.missingField(location, field: "candidate")
            }
            candidates.append(candidate)
        }
        return candidates
    }
}

/// A summaries file whose line count is not the number of articles it is scored against: the
/// summariser skipped or repeated an article, so no line can be trusted to pair with its reference.
struct SummaryCountMismatch: Error, CustomStringConvertible {
    /// The summaries file.
    var summaries: String
    /// How many summaries it holds.
    var found: Int
    /// How many articles the data file (after any `--limit`) holds.
    var articles: Int

    var description: String {
        "\(summaries): \(found) summaries for \(articles) articles; a summariser must write one line per article, in order"
    }
}
