import Foundation
import LedeAnalysis
import LedeTestSupport
import Testing

/// Issue 7's table of bad inputs, each run through the real `lede` binary. Every row must give
/// the documented exit status, exactly one line on standard error naming the file (and `:line`
/// where there is one), nothing on standard output, and leave the folder exactly as it was: no
/// model, no partial file, no temporary file, no input changed.
@Suite("bad-input table: one line naming the file, a documented status, nothing written")
struct BadInputTableTests {
    static let article = LedeBinary.sample("articles/cup-final.txt")

    static let rows: [BadInput] = [
        BadInput(
            description: "an empty file",
            setUp: { try BadInputFiles.write("", $0, "empty.jsonl") },
            arguments: ["train", "{dir}/empty.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["empty.jsonl", "empty"]),
        BadInput(
            description: "an empty article",
            setUp: { try BadInputFiles.write("  \n", $0, "empty.txt") },
            arguments: ["summarize", "{dir}/empty.txt"],
            status: 65, mentions: ["empty.txt", "empty"]),
        BadInput(
            description: "a binary file (PNG)",
            setUp: { try BadInputFiles.write(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 200), $0, "photo.jsonl") },
            arguments: ["train", "{dir}/photo.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["photo.jsonl", "binary"]),
        BadInput(
            description: "a binary article (PNG)",
            setUp: { try BadInputFiles.write(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 200), $0, "photo.txt") },
            arguments: ["summarize", "{dir}/photo.txt"],
            status: 65, mentions: ["photo.txt", "binary"]),
        BadInput(
            description: "invalid UTF-8 in the middle of an article (JSONL text field)",
            setUp: {
                try BadInputFiles.write(
                    bytes: Array(BadInputFiles.goodLines.utf8) + Array("{\"label\": \"sport\", \"text\": \"Half way ".utf8)
                        + [0xFF, 0xFE] + Array(" through the match.\"}\n".utf8), $0, "mixed.jsonl")
            },
            arguments: ["train", "{dir}/mixed.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["mixed.jsonl:5", "UTF-8"]),
        BadInput(
            description: "invalid UTF-8 in the middle of a plain-text article",
            setUp: {
                try BadInputFiles.write(
                    bytes: Array("The match began well. Half way ".utf8) + [0xC3, 0x28, 0xFF] + Array(" it rained hard.\n".utf8),
                    $0, "article.txt")
            },
            arguments: ["summarize", "{dir}/article.txt"],
            status: 65, mentions: ["article.txt", "UTF-8"]),
        BadInput(
            description: "UTF-16 with a byte-order mark where UTF-8 lines are required",
            setUp: {
                try BadInputFiles.write(bytes: [0xFF, 0xFE] + BadInputFiles.goodLines.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, $0, "wide.jsonl")
            },
            arguments: ["train", "{dir}/wide.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["wide.jsonl:1", "UTF-16"]),
        BadInput(
            description: "a 500 MB single-line file (stops at the size limit)",
            setUp: { try BadInputFiles.writeHugeLine(megabytes: 500, to: $0 + "/huge.jsonl") },
            arguments: ["train", "{dir}/huge.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["huge.jsonl:1", "--max-bytes"]),
        BadInput(
            description: "JSONL with a broken line",
            setUp: { try BadInputFiles.write(BadInputFiles.goodLines + "{\"label\": \"sport\", \"text\": \"no closing\n", $0, "broken.jsonl") },
            arguments: ["train", "{dir}/broken.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["broken.jsonl:5"]),
        BadInput(
            description: "JSONL with a missing text field",
            setUp: { try BadInputFiles.write(BadInputFiles.goodLines + "{\"label\": \"sport\", \"title\": \"no text\"}\n", $0, "missing.jsonl") },
            arguments: ["train", "{dir}/missing.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["missing.jsonl:5", "missing field \"text\""]),
        BadInput(
            description: "JSONL with a non-string label",
            setUp: { try BadInputFiles.write(BadInputFiles.goodLines + "{\"label\": 7, \"text\": \"a number for a label\"}\n", $0, "numeric.jsonl") },
            arguments: ["train", "{dir}/numeric.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["numeric.jsonl:5", "(field \"label\")"]),
        BadInput(
            description: "CSV with an unclosed quote",
            setUp: { try BadInputFiles.write("label,text\nsport,fine words\nsport,\"never closed\nbusiness,more\n", $0, "quote.csv") },
            arguments: ["train", "{dir}/quote.csv", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["quote.csv:3", "quote"]),
        BadInput(
            description: "CSV with a wrong column count",
            setUp: { try BadInputFiles.write("label,text\nsport,fine words\nsport,two,three\n", $0, "columns.csv") },
            arguments: ["train", "{dir}/columns.csv", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["columns.csv:3", "fields"]),
        BadInput(
            description: "an empty label",
            setUp: { try BadInputFiles.write(BadInputFiles.goodLines + "{\"label\": \"  \", \"text\": \"whose topic?\"}\n", $0, "blank.jsonl") },
            arguments: ["train", "{dir}/blank.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["blank.jsonl:5", "(field \"label\")", "empty"]),
        BadInput(
            description: "a label with one example under --min-examples 2",
            setUp: { try BadInputFiles.write(BadInputFiles.goodLines + "{\"label\": \"weather\", \"text\": \"Rain all week.\"}\n", $0, "single.jsonl") },
            arguments: ["train", "{dir}/single.jsonl", "-o", "{dir}/out.ledemodel", "--min-examples", "2"],
            status: 65, mentions: ["single.jsonl:5", "\"weather\""]),
        BadInput(
            description: "a directory with no files",
            setUp: { try FileManager.default.createDirectory(atPath: $0 + "/nothing/sport", withIntermediateDirectories: true) },
            arguments: ["train", "{dir}/nothing", "-o", "{dir}/out.ledemodel"],
            status: 65, mentions: ["nothing"]),
        BadInput(
            description: "a truncated model file",
            setUp: { try BadInputFiles.write(bytes: Array(BadInputFiles.goodModel.prefix(BadInputFiles.goodModel.count / 2)), $0, "cut.ledemodel") },
            arguments: ["classify", "-m", "{dir}/cut.ledemodel", article],
            status: 65, mentions: ["cut.ledemodel", "truncated"]),
        BadInput(
            description: "a bit-flipped model file given to update",
            setUp: {
                var bytes = BadInputFiles.goodModel
                bytes[bytes.count - 7] ^= 0x04
                try BadInputFiles.write(bytes: bytes, $0, "flipped.ledemodel")
                try BadInputFiles.write(BadInputFiles.goodLines, $0, "more.jsonl")
            },
            arguments: ["update", "{dir}/flipped.ledemodel", "{dir}/more.jsonl"],
            status: 65, mentions: ["flipped.ledemodel", "checksum"]),
        BadInput(
            description: "a model file of a newer format version",
            setUp: {
                var bytes = BadInputFiles.goodModel
                bytes[8] = UInt8(ModelContainer.formatVersion + 1)
                try BadInputFiles.write(bytes: bytes, $0, "future.ledemodel")
            },
            arguments: ["classify", "-m", "{dir}/future.ledemodel", article],
            status: 65, mentions: ["future.ledemodel", "version \(ModelContainer.formatVersion + 1)"]),
        BadInput(
            description: "a file that is not a model at all",
            setUp: { try BadInputFiles.write("{\"label\": \"sport\", \"text\": \"I am data\"}\n", $0, "data.ledemodel") },
            arguments: ["classify", "-m", "{dir}/data.ledemodel", article],
            status: 65, mentions: ["data.ledemodel", "signature"]),
        BadInput(
            description: "a model file whose options are invalid (n-gram range 1...0) behind a good checksum",
            setUp: {
                try BadInputFiles.write(
                    bytes: BadInputFiles.modelWithEditedOptions(replacing: "\"ngramMax\":2", with: "\"ngramMax\":0"), $0, "zero.ledemodel")
            },
            arguments: ["classify", "-m", "{dir}/zero.ledemodel", article],
            status: 65, mentions: ["zero.ledemodel", "n-gram"]),
        BadInput(
            description: "a path that does not exist",
            setUp: { _ in },
            arguments: ["train", "{dir}/absent.jsonl", "-o", "{dir}/out.ledemodel"],
            status: 66, mentions: ["absent.jsonl", "no such file"]),
        BadInput(
            description: "a path that cannot be read (a directory given as the model)",
            setUp: { try FileManager.default.createDirectory(atPath: $0 + "/folder.ledemodel", withIntermediateDirectories: true) },
            arguments: ["classify", "-m", "{dir}/folder.ledemodel", article],
            status: 66, mentions: ["folder.ledemodel", "directory"]),
        BadInput(
            description: "- with nothing on standard input",
            setUp: { _ in },
            arguments: ["summarize", "-"],
            status: 65, mentions: ["-: input is empty"]),
        BadInput(
            description: "- with nothing on standard input, for classify",
            setUp: { _ in },
            arguments: ["classify", "-"],
            status: 65, mentions: ["-: input is empty"]),

        // Issue 21: where outputs land, crafted models, resource bounds, smaller refusals. One line per case:
        // description, files to create, command, exit status, what the one error line must say.
        BadInput("-o naming the command's own data file", ["d.jsonl": .goodLinesThen("")], ["train", "{dir}/d.jsonl", "-o", "{dir}/d.jsonl"], 64, ["d.jsonl", "over an input"]),
        BadInput("-o naming a FIFO", ["d.jsonl": .goodLinesThen(""), "pipe": .fifo], ["train", "{dir}/d.jsonl", "-o", "{dir}/pipe"], 73, ["pipe", "named pipe"]),
        BadInput("-o naming a directory", ["d.jsonl": .goodLinesThen(""), "out": .folder], ["train", "{dir}/d.jsonl", "-o", "{dir}/out"], 73, ["out", "a directory"]),
        BadInput("-o naming a device", ["d.jsonl": .goodLinesThen("")], ["train", "{dir}/d.jsonl", "-o", "/dev/full"], 73, ["/dev/full", "a device"]),
        BadInput("update in place given the model as its data", ["m.ledemodel": .goodModel], ["update", "{dir}/m.ledemodel", "{dir}/m.ledemodel"], 64, ["m.ledemodel", "over an input"]),
        BadInput("forget -o naming its data", ["m.ledemodel": .goodModel, "d.jsonl": .goodLinesThen("")], ["forget", "{dir}/m.ledemodel", "{dir}/d.jsonl", "-o", "{dir}/d.jsonl"], 64, ["d.jsonl", "over an input"]),
        BadInput("merge -o naming one of the two models", ["a.ledemodel": .goodModel, "b.ledemodel": .goodModel], ["merge", "{dir}/a.ledemodel", "{dir}/b.ledemodel", "-o", "{dir}/b.ledemodel"], 64, ["b.ledemodel", "over an input"]),
        BadInput("evaluate --store with the model as its data", ["m.ledemodel": .goodModel], ["evaluate", "--store", "{dir}/m.ledemodel", "{dir}/m.ledemodel"], 64, ["m.ledemodel", "over an input"]),
        BadInput("a model path that is a device (/dev/zero)", [:], ["classify", "-m", "/dev/zero", article], 66, ["/dev/zero", "not a regular file"]),
        BadInput("a model path that is a FIFO", ["m.ledemodel": .fifo], ["classify", "-m", "{dir}/m.ledemodel", article], 66, ["m.ledemodel", "not a regular file"]),
        BadInput("a 1.1 MB version-1 model declaring 20,000 × 20,000 (1.6 GB to derive)", ["c.ledemodel": .crafted(.init(labels: 20_000, terms: 20_000, version: 1))], ["classify", "-m", "{dir}/c.ledemodel", article], 65, ["c.ledemodel", "would need 1.5 GiB"]),
        BadInput("the same crafted model given to update", ["c.ledemodel": .crafted(.init(labels: 20_000, terms: 20_000, version: 1)), "d.jsonl": .goodLinesThen("")], ["update", "{dir}/c.ledemodel", "{dir}/d.jsonl"], 65, ["c.ledemodel", "would need 1.5 GiB"]),
        BadInput("merging 16,000 labels with 4,000 terms (256 MB from 0.3 MB)", ["a.ledemodel": .crafted(.init(labels: 16_000, terms: 1, version: 2, labelPrefix: "a", termPrefix: "s")), "b.ledemodel": .crafted(.init(labels: 2, terms: 4_000, version: 2, labelPrefix: "b", termPrefix: "u"))], ["merge", "{dir}/a.ledemodel", "{dir}/b.ledemodel", "-o", "{dir}/m.ledemodel"], 65, ["a.ledemodel: merged with", "would need 244.2 MiB"]),
        BadInput("a model of format version 0", ["zero.ledemodel": .modelOfVersion(0)], ["classify", "-m", "{dir}/zero.ledemodel", article], 65, ["zero.ledemodel", "version 0 does not exist"]),
        BadInput("10,000 labels beyond --max-memory", ["many.jsonl": .text(ManyLabelsTests.data(labels: 10_000))], ["train", "{dir}/many.jsonl", "-o", "{dir}/m.ledemodel", "--max-memory", "64"], 65, ["many.jsonl", "10000 labels", "--max-features 1677"]),
        BadInput("--max-memory 0", ["d.jsonl": .goodLinesThen("")], ["train", "{dir}/d.jsonl", "-o", "{dir}/m.ledemodel", "--max-memory", "0"], 64, ["--max-memory"]),
        BadInput("--lock-timeout below zero", ["m.ledemodel": .goodModel, "d.jsonl": .goodLinesThen("")], ["update", "{dir}/m.ledemodel", "{dir}/d.jsonl", "--lock-timeout=-1"], 64, ["--lock-timeout"]),
        BadInput("a CSV header naming a column twice", ["twice.csv": .text("label,text,text\nsport,a goal,another goal\nbusiness,a bank,a loan\n")], ["train", "{dir}/twice.csv", "-o", "{dir}/m.ledemodel"], 65, ["twice.csv:1", "\"text\" twice"]),
        BadInput("a label folder whose name is not UTF-8", ["labels": .labelFoldersWithName([0x73, 0xFF, 0x70])], ["train", "{dir}/labels", "-o", "{dir}/m.ledemodel"], 65, ["labels/s", "not valid UTF-8"]),
        BadInput("a label holding a newline and an escape", ["ctl.jsonl": .goodLinesThen("{\"label\": \"sp\\nort\\u001b\", \"text\": \"a goal\"}\n")], ["train", "{dir}/ctl.jsonl", "-o", "{dir}/m.ledemodel"], 65, ["ctl.jsonl:5", "sp\\u{000A}ort\\u{001B}", "U+000A"]),
    ]

    /// Names, sizes, modification times and (for small files) contents of everything in `folder`.
    static func snapshot(_ folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            let path = folder + "/" + name
            // A name that is not UTF-8 cannot be looked up through Foundation: its presence is recorded.
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
                result[name] = "present"
                continue
            }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
            var entry = "\(size) \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
            if attributes[.type] as? FileAttributeType == .typeRegular, size > 0, size < 1 << 20 {
                entry += " \(try Data(contentsOf: URL(fileURLWithPath: path)).hashValue)"
            }
            result[name] = entry
        }
        return result
    }

    @Test("a data file without read permission is refused with status 66", .enabled(if: getuid() != 0, "root reads any file"))
    func unreadableFile() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BadInputFiles.write(BadInputFiles.goodLines, folder, "secret.jsonl")
        chmod(folder + "/secret.jsonl", 0)
        let result = try LedeBinary.run(["train", folder + "/secret.jsonl", "-o", folder + "/out.ledemodel"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("secret.jsonl: cannot read"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.ledemodel"))
    }

    /// The peak resident memory (VmHWM, in KiB) of a running process, from /proc.
    static func peakResidentKiB(of pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    @Test("a 500 MB single-line file is refused in bounded memory and time", .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func hugeLineBoundedMemory() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try BadInputFiles.writeHugeLine(megabytes: 500, to: folder + "/huge.jsonl")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LedeBinary.path)
        process.arguments = ["train", folder + "/huge.jsonl", "-o", folder + "/out.ledemodel"]
        process.standardError = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var peak = 0
        while process.isRunning {
            peak = max(peak, Self.peakResidentKiB(of: process.processIdentifier) ?? 0)
            usleep(500)
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 65)
        #expect(Date().timeIntervalSince(started) < 10)
        // The default limit is 32 MiB per document: the reader must stop near it, not hold 500 MB.
        #expect(peak > 0 && peak < 200 * 1024, "peak resident memory \(peak) KiB")
    }

    @Test("each bad input is refused cleanly", arguments: rows)
    func refused(_ row: BadInput) throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try row.setUp(folder)
        let before = try Self.snapshot(folder)
        let started = Date()
        let result = try LedeBinary.run(row.resolvedArguments(in: folder), input: row.standardInput)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == row.status, "\(row): \(result.standardError)")
        let lines = result.standardError.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1 && result.standardError.hasSuffix("\n"), "expected exactly one line, got: \(result.standardError)")
        #expect(result.standardError.hasPrefix("lede: error: "), "\(result.standardError)")
        for text in row.mentions {
            #expect(result.standardError.contains(text), "\(result.standardError) lacks \(text)")
        }
        #expect(result.standardOutput.isEmpty, "partial output: \(result.standardOutput.prefix(200))")
        #expect(try Self.snapshot(folder) == before, "the folder changed")
        #expect(seconds < 30, "took \(seconds) s")
    }
}
