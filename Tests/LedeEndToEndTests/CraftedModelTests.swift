import Foundation
import LedeAnalysis
import LedeFuzzTargets
import LedeTestSupport
import Testing

/// Memory bounded by the file: a model file under 2 MB that declares enormous shapes is refused
/// (65, naming the file) by every command before it allocates what the shapes ask for, and no
/// command's peak resident memory from it reaches 300 MB.
@Suite("crafted model files: refused in bounded memory, never an abort", .serialized)
struct CraftedModelTests {
    static let ceilingKiB = 300 * 1024

    /// Runs `lede arguments…`: status, standard error, peak resident KiB.
    static func measured(_ arguments: [String], in folder: String) throws -> (status: Int32, error: String, peakKiB: Int) {
        let run = try PeakMemory.run(LedeBinary.path, arguments)
        return (run.status, run.standardError, run.peakKilobytes)
    }

    static func write(_ file: CraftedModelFile, to path: String) throws -> Int {
        let bytes = try file.bytes()
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return bytes.count
    }

    @Test("a 1.1 MB version-1 file declaring 20,000 labels × 20,000 terms (1.6 GB of weights) is refused by every command, under 300 MB",
          .enabled(if: PeakMemory.isAvailable, "needs GNU time at /usr/bin/time to measure peak memory (apt-get install time; .ci/run installs it)"))
    func versionOneShapes() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = folder + "/crafted.ledemodel"
        let crafted = CraftedModelFile(labels: 20_000, terms: 20_000, version: 1)
        let size = try Self.write(crafted, to: model)
        #expect(size < 2 << 20 && crafted.weightBytes == 1_600_000_000, "\(size) bytes")
        let data = LedeBinary.sample("labelled/articles.jsonl")
        let article = LedeBinary.sample("articles/cup-final.txt")
        let commands: [[String]] = [
            ["classify", "-m", model, article], ["analyze", "-m", model, article], ["explain", "-m", model, article],
            ["model", "info", model], ["update", model, data], ["forget", model, data], ["evaluate", model, data],
            ["merge", model, model, "-o", folder + "/merged.ledemodel"],
        ]
        for arguments in commands {
            let run = try Self.measured(arguments, in: folder)
            #expect(run.status == 65, "\(arguments): \(run.status) \(run.error)")
            #expect(run.error.hasPrefix("lede: error: \(model): the weights of 20000 labels × 20000 features would need 1.5 GiB"), "\(arguments): \(run.error)")
            #expect(run.peakKiB > 0 && run.peakKiB < Self.ceilingKiB, "\(arguments): peak \(run.peakKiB) KiB")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["crafted.ledemodel"])
    }

    @Test("merging a 16,000-label file with a 4,000-term file (256 MB of merged weights from 0.3 MB) is refused under 300 MB",
          .enabled(if: PeakMemory.isAvailable, "needs GNU time at /usr/bin/time to measure peak memory (apt-get install time; .ci/run installs it)"))
    func mergeShapes() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manyLabels = CraftedModelFile(labels: 16_000, terms: 1, version: 2, labelPrefix: "a", termPrefix: "s")
        let manyTerms = CraftedModelFile(labels: 2, terms: 4_000, version: 2, labelPrefix: "b", termPrefix: "u")
        let sizes = try [Self.write(manyLabels, to: folder + "/a.ledemodel"), Self.write(manyTerms, to: folder + "/b.ledemodel")]
        #expect(sizes.reduce(0, +) < 1 << 20, "\(sizes)")
        let run = try Self.measured(["merge", folder + "/a.ledemodel", folder + "/b.ledemodel", "-o", folder + "/merged.ledemodel"], in: folder)
        #expect(run.status == 65, "\(run.status) \(run.error)")
        #expect(run.error.hasPrefix("lede: error: \(folder)/a.ledemodel: merged with \(folder)/b.ledemodel, the weights of 16002 labels × 4001 features would need 244.2 MiB"), "\(run.error)")
        #expect(run.peakKiB > 0 && run.peakKiB < Self.ceilingKiB, "peak \(run.peakKiB) KiB")
        #expect(!FileManager.default.fileExists(atPath: folder + "/merged.ledemodel"))
    }

    @Test("a model path that is a device or a FIFO is refused at once (66), not read without limit")
    func notRegularModels() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkfifo(folder + "/model.fifo", 0o644) == 0)
        for model in ["/dev/zero", folder + "/model.fifo"] {
            let started = Date()
            let run = try LedeBinary.run(["classify", "-m", model, LedeBinary.sample("articles/cup-final.txt")])
            #expect(run.status == 66, "\(model): \(run.standardError)")
            #expect(run.standardError == "lede: error: \(model): cannot read: not a regular file (a model must be a file, not a pipe or device)\n")
            #expect(Date().timeIntervalSince(started) < 5)
        }
    }

    @Test("crafted files within the bounds load and classify: the bounds refuse shapes, not files")
    func shapesWithinBoundsLoad() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for crafted in [CraftedModelFile(labels: 300, terms: 300, version: 1), CraftedModelFile(labels: 50, terms: 400, version: 2)] {
            let model = folder + "/ok.ledemodel"
            _ = try Self.write(crafted, to: model)
            let run = try LedeBinary.run(["classify", "-m", model, "-"], input: Data("t0001 t0002 t0003".utf8))
            #expect(run.status == 0, "\(crafted): \(run.standardError)")
        }
    }
}
