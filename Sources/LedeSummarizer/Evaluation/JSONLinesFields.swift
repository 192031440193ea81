#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The string and list-of-strings values of the wanted fields of each record of a JSON Lines
/// file, for the evaluation readers (summaries and keyphrases). A wanted field that is absent or
/// of another type is left out; a line that is not a JSON object is an error naming the file
/// and line; blank lines are skipped; a file without records is an error.
struct JSONLinesFields: Decodable {
    static let wantedKey = CodingUserInfoKey(rawValue: "LedeWantedFields")!

    /// String values by field name.
    var strings: [String: String] = [:]
    /// List-of-strings values by field name.
    var lists: [String: [String]] = [:]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for name in decoder.userInfo[Self.wantedKey] as? [String] ?? [] {
            let key = Key(stringValue: name)
            if let value = try? container.decode(String.self, forKey: key) {
                strings[name] = value
            } else if let value = try? container.decode([String].self, forKey: key) {
                lists[name] = value
            }
        }
    }

    /// Every record of the file at `path` with its location.
    static func read(path: String, wanted: [String]) throws -> [(SourceLocation, JSONLinesFields)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? LedeError.unreadable(SourceLocation(path: path), reason: "permission denied or I/O error")
                : LedeError.fileNotFound(SourceLocation(path: path))
        }
        let decoder = JSONDecoder()
        decoder.userInfo[wantedKey] = wanted
        var records: [(SourceLocation, JSONLinesFields)] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let location = SourceLocation(path: path, line: index + 1)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let object = try? decoder.decode(JSONLinesFields.self, from: Data(line)) else {
                throw LedeError.malformedRecord(location, reason: "not a JSON object")
            }
            records.append((location, object))
        }
        guard !records.isEmpty else { throw LedeError.emptyInput(SourceLocation(path: path)) }
        return records
    }
}
