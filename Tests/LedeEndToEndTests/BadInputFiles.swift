import Foundation
import LedeAnalysis
import LedeTestSupport

/// Files the rows are built from.
enum BadInputFiles {
    /// Writes `text` to `folder/name`.
    static func write(_ text: String, _ folder: String, _ name: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    /// Writes `bytes` to `folder/name`.
    static func write(bytes: [UInt8], _ folder: String, _ name: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    }

    /// Three good labelled lines (two labels, enough examples) to put bad lines after.
    static let goodLines = """
        {"label": "sport", "text": "The home side won the cup final after extra time."}
        {"label": "sport", "text": "The striker scored twice in the league match."}
        {"label": "business", "text": "Shares in the bakery chain rose after profits grew."}
        {"label": "business", "text": "The regional bank agreed a merger with a rival lender."}

        """

    /// A model trained on the repository's sample data, shared by the model rows.
    static let goodModel: [UInt8] = {
        let folder = try! LedeBinary.temporaryFolder()
        let result = try! LedeBinary.run(
            ["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", folder + "/good.ledemodel"])
        precondition(result.status == 0, result.standardError)
        return [UInt8](try! Data(contentsOf: URL(fileURLWithPath: folder + "/good.ledemodel")))
    }()

    /// A single-line JSONL file of `megabytes` MB, written in 1 MB chunks.
    static func writeHugeLine(megabytes: Int, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: Data("{\"label\": \"a\", \"text\": \"".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        let chunk = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
    }

    /// The good model with its JSON options edited (same length) and the checksum recomputed,
    /// so only the loader's validation of the decoded options can refuse it.
    static func modelWithEditedOptions(replacing old: String, with new: String) -> [UInt8] {
        let bytes = goodModel
        let headerSize = ModelContainer.magic.count + 24
        var payload = Array(bytes[headerSize...])
        let needle = Array(old.utf8)
        let start = (0...(payload.count - needle.count)).first { Array(payload[$0..<($0 + needle.count)]) == needle }!
        payload.replaceSubrange(start..<(start + needle.count), with: Array(new.utf8))
        return ModelContainer.encode(payload: payload, kind: ModelContainer.topicClassifierKind)
    }
}
