import Foundation
import LedeTestSupport
import Testing

/// `lede train` on shards and `lede merge` of their models write the file `lede train` writes on
/// all the data, byte for byte (README "More than one machine").
@Suite("sharded training: shards trained and tree-merged are the bytes of one training run")
struct ShardedTrainingTests {
    static let pinnedTime = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// Writes the lines of `source` dealt round-robin into `count` files in `folder`.
    static func roundRobin(_ source: String, into count: Int, in folder: String) throws -> [String] {
        let lines = try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        return try (0..<count).map { shard in
            let path = folder + "/shard-\(shard).jsonl"
            let kept = lines.indices.filter { $0 % count == shard }.map { lines[$0] }
            try (kept.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    static func lede(_ arguments: [String]) throws {
        let result = try LedeBinary.run(arguments, environment: pinnedTime)
        try #require(result.status == 0, "lede \(arguments.joined(separator: " ")): \(result.standardError)")
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test("four round-robin shards of 20 Newsgroups, trained and tree-merged either way round, are cmp-identical to training on all",
          .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func twentyNewsShards() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let train = SharedCorpora.corpus("20news/train.jsonl")
        let shards = try Self.roundRobin(train, into: 4, in: folder)
        try Self.lede(["train", train, "-o", folder + "/all.ledemodel"])
        for (index, shard) in shards.enumerated() { try Self.lede(["train", shard, "-o", folder + "/\(index).ledemodel"]) }
        try Self.lede(["merge", folder + "/0.ledemodel", folder + "/1.ledemodel", "-o", folder + "/01.ledemodel"])
        try Self.lede(["merge", folder + "/3.ledemodel", folder + "/2.ledemodel", "-o", folder + "/32.ledemodel"])
        try Self.lede(["merge", folder + "/32.ledemodel", folder + "/01.ledemodel", "-o", folder + "/tree.ledemodel"])
        try Self.lede(["merge", folder + "/1.ledemodel", folder + "/0.ledemodel", "-o", folder + "/10.ledemodel"])
        let all = try Self.bytes(folder + "/all.ledemodel")
        #expect(try Self.bytes(folder + "/tree.ledemodel") == all)
        #expect(try Self.bytes(folder + "/01.ledemodel") == Self.bytes(folder + "/10.ledemodel"))
    }

    @Test("merge and update refuse a model trained with --compact, with status 64 and a message saying so")
    func compactModelsRefused() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = folder + "/data.jsonl"
        try AtomicUpdateKillTests.labelledData(documents: 200, seed: 3).write(toFile: data, atomically: true, encoding: .utf8)
        try Self.lede(["train", data, "--compact", "--min-df", "2", "-o", folder + "/compact.ledemodel"])
        try Self.lede(["train", data, "--min-df", "2", "-o", folder + "/full.ledemodel"])
        let before = try Self.bytes(folder + "/compact.ledemodel")
        for arguments in [
            ["merge", folder + "/full.ledemodel", folder + "/compact.ledemodel", "-o", folder + "/merged.ledemodel"],
            ["update", folder + "/compact.ledemodel", data],
        ] {
            let result = try LedeBinary.run(arguments, environment: Self.pinnedTime)
            #expect(result.status == 64, "\(arguments[0]): \(result.standardError)")
            #expect(result.standardError.contains("compact"), "\(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/merged.ledemodel"))
        #expect(try Self.bytes(folder + "/compact.ledemodel") == before)
        let info = try LedeBinary.run(["model", "info", folder + "/compact.ledemodel"])
        #expect(info.standardOutput.contains("compact"))
    }
}
