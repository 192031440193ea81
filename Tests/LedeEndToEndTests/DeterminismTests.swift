import Foundation
import LedeTestSupport
import Testing

/// Training is reproducible to the byte and analysis does not depend on how many threads run it
/// (`LEDE_THREADS`, see README "Environment").
@Suite("models and analyses do not depend on the run or the thread count")
struct DeterminismTests {
    static let pinnedTime = ["SOURCE_DATE_EPOCH": "1700000000"]

    @Test("training twice on the same data, on 1, 2 or 3 threads, writes byte-identical model files")
    func reproducibleTraining() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = folder + "/data.jsonl"
        try AtomicUpdateKillTests.labelledData(documents: 3_000, seed: 7).write(toFile: data, atomically: true, encoding: .utf8)
        var files: [String: Data] = [:]
        for (run, threads) in [(1, "1"), (2, "1"), (3, "2"), (4, "2"), (5, "3")] {
            let model = folder + "/model-\(run).ledemodel"
            let result = try LedeBinary.run(
                ["train", data, "-o", model], environment: Self.pinnedTime.merging(["LEDE_THREADS": threads]) { $1 })
            try #require(result.status == 0, "\(result.standardError)")
            files["run \(run), \(threads) threads"] = try Data(contentsOf: URL(fileURLWithPath: model))
        }
        let reference = files["run 1, 1 threads"]!
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            #expect(bytes == reference, "\(name) differs")
        }
    }

    @Test("analyze prints the same JSON on 1, 2 and 3 threads")
    func analysisIndependentOfThreads() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["cup-final.txt", "chip-plant.html", "harbour-wind-farm.txt"] {
            let source = LedeBinary.sample("articles/" + name)
            for copy in 0..<4 {
                try FileManager.default.copyItem(atPath: source, toPath: folder + "/\(copy)-" + name)
            }
        }
        let outputs = try ["1", "2", "3"].map { threads in
            let result = try LedeBinary.run(["analyze", folder, "--format", "json"], environment: ["LEDE_THREADS": threads])
            #expect(result.status == 0, "\(result.standardError)")
            return result.standardOutput
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs[1] == outputs[0])
        #expect(outputs[2] == outputs[0])
    }
}
