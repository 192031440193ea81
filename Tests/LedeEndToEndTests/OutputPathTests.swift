import Foundation
import LedeTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Where outputs land: `-o`, `update`/`forget` in place and `evaluate --store` write only to a
/// regular file or a missing path, never over an input of the same command, and write through a
/// symbolic link to the file it leads to (the link stays).
@Suite("outputs land only on regular files, never on an input; links are written through")
struct OutputPathTests {
    static let data = LedeBinary.sample("labelled/articles.jsonl")

    static func copyOfData(in folder: String) throws -> String {
        let path = folder + "/data.jsonl"
        try FileManager.default.copyItem(atPath: data, toPath: path)
        return path
    }

    static func trainedModel(in folder: String, name: String = "m.ledemodel") throws -> String {
        let model = folder + "/" + name
        let result = try LedeBinary.run(["train", data, "-o", model])
        try #require(result.status == 0, "\(result.standardError)")
        return model
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    static func isModel(_ path: String) throws -> Bool { try bytes(path).prefix(8) == Data("LEDEMODL".utf8) }

    @Test("train -o naming its own data file is refused (64) and the data is untouched")
    func trainOverItsData() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = try Self.copyOfData(in: folder)
        let before = try Self.bytes(copy)
        let result = try LedeBinary.run(["train", copy, "-o", copy])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("data.jsonl: refusing to write the output over an input"), "\(result.standardError)")
        #expect(try Self.bytes(copy) == before)
    }

    @Test("-o naming a hard link or a symbolic link to an input is refused: inputs are compared by device and inode")
    func sameFileUnderAnotherName() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = try Self.copyOfData(in: folder)
        let before = try Self.bytes(copy)
        #expect(link(copy, folder + "/hard.jsonl") == 0)
        #expect(symlink(copy, folder + "/soft.jsonl") == 0)
        for output in ["hard.jsonl", "soft.jsonl"] {
            let result = try LedeBinary.run(["train", copy, "-o", folder + "/" + output])
            #expect(result.status == 64, "\(output): \(result.standardError)")
            #expect(result.standardError.contains("over the input \(copy)"), "\(result.standardError)")
        }
        #expect(try Self.bytes(copy) == before)
    }

    @Test("-o naming a FIFO, a device or a directory is refused (73) and left as it was")
    func notARegularFile() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/pipe", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: folder + "/dir", withIntermediateDirectories: false)
        for (output, kind) in [(folder + "/pipe", "named pipe"), ("/dev/full", "device"), ("/dev/null", "device"), (folder + "/dir", "directory")] {
            let result = try LedeBinary.run(["train", Self.data, "-o", output])
            #expect(result.status == 73, "\(output): \(result.standardError)")
            #expect(result.standardError.contains("\(output): refusing to write the output here: it is a") && result.standardError.contains(kind),
                    "\(result.standardError)")
        }
        var info = stat()
        #expect(lstat(folder + "/pipe", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
        #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("-o through a symbolic link writes the file it leads to and keeps the link; a dangling link creates its target")
    func symbolicLinksAreWrittenThrough() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/versions", withIntermediateDirectories: false)
        try Data("old".utf8).write(to: URL(fileURLWithPath: folder + "/versions/v1.ledemodel"))
        #expect(symlink("versions/v1.ledemodel", folder + "/current.ledemodel") == 0)
        #expect(symlink("versions/v2.ledemodel", folder + "/next.ledemodel") == 0)
        for (linkName, target) in [("current.ledemodel", "versions/v1.ledemodel"), ("next.ledemodel", "versions/v2.ledemodel")] {
            let result = try LedeBinary.run(["train", Self.data, "-o", folder + "/" + linkName])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/" + linkName) == target, "the link was replaced")
            #expect(try Self.isModel(folder + "/" + target))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["current.ledemodel", "next.ledemodel", "versions"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/versions").sorted() == ["v1.ledemodel", "v2.ledemodel"])
    }

    @Test("update and forget in place through a symbolic link change the target, keep the link and the file's permissions")
    func inPlaceThroughALink() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = try Self.trainedModel(in: folder, name: "v1.ledemodel")
        #expect(chmod(model, 0o600) == 0)
        #expect(symlink("v1.ledemodel", folder + "/current.ledemodel") == 0)
        let update = try LedeBinary.run(["update", folder + "/current.ledemodel", Self.data])
        #expect(update.status == 0, "\(update.standardError)")
        let info = try LedeBinary.run(["model", "info", model, "--format", "json"])
        #expect(info.standardOutput.contains("\"business\" : 8"), "\(info.standardOutput)")
        let forget = try LedeBinary.run(["forget", folder + "/current.ledemodel", Self.data])
        #expect(forget.status == 0, "\(forget.standardError)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/current.ledemodel") == "v1.ledemodel")
        let attributes = try FileManager.default.attributesOfItem(atPath: model)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["current.ledemodel", "v1.ledemodel"])
    }

    @Test("update, forget, merge and evaluate --store refuse to write over one of their inputs, before any work")
    func rewritesRefuseTheirInputs() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = try Self.trainedModel(in: folder)
        let other = try Self.trainedModel(in: folder, name: "other.ledemodel")
        let copy = try Self.copyOfData(in: folder)
        let before = try [model, other, copy].map(Self.bytes)
        let commands: [[String]] = [
            ["update", model, copy, "-o", copy],
            ["forget", model, copy, "-o", copy],
            ["update", model, model],
            ["merge", model, other, "-o", other],
            ["evaluate", "--store", model, model],
        ]
        for arguments in commands {
            let result = try LedeBinary.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
            #expect(result.standardError.contains("refusing to write the output over"), "\(arguments): \(result.standardError)")
        }
        #expect(try [model, other, copy].map(Self.bytes) == before)
    }

    @Test("update in place of a model that is a device is refused (73) before reading it")
    func inPlaceOnADevice() throws {
        let result = try LedeBinary.run(["update", "/dev/zero", Self.data])
        #expect(result.status == 73, "\(result.standardError)")
        #expect(result.standardError.contains("/dev/zero: refusing to write the output here: it is a device"), "\(result.standardError)")
    }
}
