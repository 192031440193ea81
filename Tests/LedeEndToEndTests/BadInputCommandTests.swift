import Foundation
import LedeTestSupport
import Testing

@Suite("bad input gives one clear line naming the file, a documented exit status, and no damage")
struct BadInputCommandTests {
    /// Runs lede and checks: non-zero `status`, one line on stderr containing `mentions`.
    func expectFailure(_ arguments: [String], input: Data = Data(), status: Int32, mentions: String...) throws {
        let result = try LedeBinary.run(arguments, input: input)
        #expect(result.status == status, "\(arguments): \(result.standardError)")
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.standardError)")
        for text in mentions { #expect(result.standardError.contains(text), "\(result.standardError) lacks \(text)") }
    }

    @Test("a path that does not exist")
    func missingPath() throws {
        try expectFailure(["train", "/nonexistent/data.jsonl", "-o", "/tmp/x.ledemodel"], status: 66, mentions: "/nonexistent/data.jsonl")
    }

    @Test("--max-bytes 0 is a usage error (64) before any file is read, not a data error later")
    func zeroMaxBytes() throws {
        let result = try LedeBinary.run(["train", "/nonexistent/data.jsonl", "-o", "/tmp/unused.ledemodel", "--max-bytes", "0"])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("The value '0' is invalid for '--max-bytes <size>'"), "\(result.standardError)")
    }

    static let sizeOptionCases: [([String], Int32)] = [
        (["--batch-bytes", "1k", "--max-bytes", "1MiB"], 0), (["--batch-bytes", "64 MiB"], 0),
        (["--batch-bytes", "0"], 64), (["--batch-bytes", "12X"], 64), (["--max-bytes", "0.5"], 64),
    ]

    @Test("size options take units: --batch-bytes 1k and --max-bytes 1MiB train; a size that is not one is a usage error",
          arguments: sizeOptionCases)
    func sizeOptionsTakeUnits(options: [String], status: Int32) throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/small.jsonl"
        let lines = (0..<40).map { "{\"label\": \"\($0 % 2 == 0 ? "boats" : "bread")\", \"text\": \"\($0 % 2 == 0 ? "hull sail keel harbour" : "flour yeast oven crust") number \($0)\"}" }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try LedeBinary.run(["train", path, "-o", folder + "/m.ledemodel"] + options)
        #expect(result.status == status, "\(options): \(result.standardError)")
        if status == 64 { #expect(result.standardError.contains("is invalid for '--"), "\(result.standardError)") }
    }

    @Test("a JSONL line that is broken names the file and line")
    func brokenJSONLine() throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/bad.jsonl"
        try "{\"label\": \"a\", \"text\": \"fine words here\"}\n{\"label\": \"b\", \"text\": \"broken\n".write(toFile: path, atomically: true, encoding: .utf8)
        try expectFailure(["train", path, "-o", folder + "/m.ledemodel"], status: 65, mentions: "bad.jsonl:2")
        #expect(!FileManager.default.fileExists(atPath: folder + "/m.ledemodel"))
    }

    @Test("a label with fewer examples than --min-examples is refused, naming the label")
    func singletonLabel() throws {
        let folder = try LedeBinary.temporaryFolder()
        let path = folder + "/one.jsonl"
        try """
        {"label": "a", "text": "alpha words one"}
        {"label": "a", "text": "alpha words two"}
        {"label": "b", "text": "beta words three"}

        """.write(toFile: path, atomically: true, encoding: .utf8)
        try expectFailure(["train", path, "-o", folder + "/m.ledemodel", "--min-examples", "2"], status: 65, mentions: "one.jsonl:3", "\"b\"")
    }

    @Test("a truncated, bit-flipped, newer-version or foreign model file is refused and the old model survives a failed update")
    func damagedModels() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        #expect(try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", model]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        let truncated = folder + "/t.ledemodel"
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        try expectFailure(["model", "info", truncated], status: 65, mentions: "t.ledemodel", "truncated")
        var flipped = bytes
        flipped[bytes.count - 10] ^= 0x40
        try flipped.write(to: URL(fileURLWithPath: folder + "/f.ledemodel"))
        try expectFailure(["model", "info", folder + "/f.ledemodel"], status: 65, mentions: "f.ledemodel", "checksum")
        var newer = bytes
        newer[8] = 99
        try newer.write(to: URL(fileURLWithPath: folder + "/n.ledemodel"))
        try expectFailure(["model", "info", folder + "/n.ledemodel"], status: 65, mentions: "n.ledemodel", "version 99")
        try Data("PK\u{3}\u{4} not a model".utf8).write(to: URL(fileURLWithPath: folder + "/z.ledemodel"))
        try expectFailure(["model", "info", folder + "/z.ledemodel"], status: 65, mentions: "z.ledemodel", "signature")
        let broken = folder + "/broken.jsonl"
        try "{\"label\": \"sport\"}\n".write(toFile: broken, atomically: true, encoding: .utf8)
        try expectFailure(["update", model, broken], status: 65, mentions: "broken.jsonl:1")
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == bytes)
    }

    @Test("an empty file and a binary file given to classify")
    func emptyAndBinaryArticles() throws {
        let folder = try LedeBinary.temporaryFolder()
        let model = folder + "/m.ledemodel"
        _ = try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", model])
        FileManager.default.createFile(atPath: folder + "/empty.txt", contents: Data())
        try expectFailure(["classify", "-m", model, folder + "/empty.txt"], status: 65, mentions: "empty.txt")
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.append(Data(repeating: 0, count: 64))
        try png.write(to: URL(fileURLWithPath: folder + "/image.txt"))
        try expectFailure(["classify", "-m", model, folder + "/image.txt"], status: 65, mentions: "image.txt")
    }
}
