import Foundation
import LedeInput
import Testing

/// ``AtomicFile`` replaces files whole and cleans up after writers that were killed.
@Suite("atomic file writes")
struct AtomicFileTests {
    static func folder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test("a write replaces the whole file and leaves no temporary file")
    func replaces() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/model.ledemodel"
        try AtomicFile.write(Array(repeating: 1, count: 10_000), to: path)
        try AtomicFile.write([2, 3], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data([2, 3]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["model.ledemodel"])
    }

    @Test("temporary files of dead writers are removed; those of running writers are kept")
    func staleTemporaries() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/model.ledemodel"
        let dead = ".model.ledemodel.tmp-99999999-1"  // beyond any pid_max
        let running = ".model.ledemodel.tmp-\(getppid())-2"
        let unrelated = ".other.ledemodel.tmp-99999999-3"
        for name in [dead, running, unrelated] {
            #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data([0])))
        }
        try AtomicFile.write([7], to: path)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(left == ["model.ledemodel", running, unrelated])
    }

    @Test("a folder that does not exist is a write failure naming the path")
    func missingFolder() {
        #expect(throws: LedeError.writeFailed(SourceLocation(path: "/nonexistent-lede/m.ledemodel"), reason: "No such file or directory")) {
            try AtomicFile.write([1], to: "/nonexistent-lede/m.ledemodel")
        }
    }
}
