import Foundation
import LedeTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `lede update` replaces its model with a temporary file and a rename, so a SIGKILL at any
/// moment must leave either the old model or the complete new one — never a mix — and the next
/// successful write must sweep away the temporary files killed writers left.
@Suite("SIGKILL during lede update never damages the model", .serialized)
struct AtomicUpdateKillTests {
    /// Seeded labelled JSONL whose many distinct words make a model of a few megabytes, so that
    /// writing it takes long enough to be interrupted.
    static func labelledData(documents: Int, seed: UInt64) -> String {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let labels = ["business", "politics", "sport", "tech"]
        var lines: [String] = []
        for index in 0..<documents {
            let words = (0..<60).map { _ in "w" + String(next() % 40_000, radix: 36) }
            lines.append("{\"label\": \"\(labels[index % labels.count])\", \"text\": \"\(words.joined(separator: " "))\"}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    static func temporaryFiles(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".tmp-") }
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test("killed at random moments, the model is always the old or the complete new one; no temporary file outlives a good write")
    func killedUpdates() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = folder + "/topics.ledemodel"
        try Self.labelledData(documents: 400, seed: 1).write(toFile: folder + "/first.jsonl", atomically: true, encoding: .utf8)
        try Self.labelledData(documents: 2_000, seed: 2).write(toFile: folder + "/more.jsonl", atomically: true, encoding: .utf8)
        let article = LedeBinary.sample("articles/cup-final.txt")
        let train = try LedeBinary.run(["train", folder + "/first.jsonl", "-o", model], environment: Self.environment)
        try #require(train.status == 0, "\(train.standardError)")
        let old = try Self.bytes(model)
        let oldPrediction = try LedeBinary.run(["classify", "-m", model, article, "--format", "json"]).standardOutput

        // The complete new model, from an update that is left alone (timed, to spread the kills).
        let copy = folder + "/reference.ledemodel"
        try old.write(to: URL(fileURLWithPath: copy))
        let started = Date()
        let reference = try LedeBinary.run(["update", copy, folder + "/more.jsonl"], environment: Self.environment)
        let duration = Date().timeIntervalSince(started)
        try #require(reference.status == 0, "\(reference.standardError)")
        let new = try Self.bytes(copy)
        try FileManager.default.removeItem(atPath: copy)
        #expect(new != old)

        var outcomes = (old: 0, new: 0, killedWhileWriting: 0)
        for round in 0..<24 {
            let leftBefore = Set(Self.temporaryFiles(in: folder))
            let process = try LedeBinary.start(["update", model, folder + "/more.jsonl"], environment: Self.environment)
            if round % 2 == 0 {
                // Anywhere in the run: reading, training, encoding, writing, renaming.
                usleep(UInt32(Double.random(in: 0...(duration * 1.1)) * 1_000_000))
            } else {
                // Inside the write: wait for the temporary file to appear, then a few hundred microseconds more.
                let deadline = Date().addingTimeInterval(duration * 3)
                while Set(Self.temporaryFiles(in: folder)).isSubset(of: leftBefore), Date() < deadline, process.isRunning {
                    usleep(100)
                }
                usleep(UInt32.random(in: 0...800))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Self.bytes(model)
            #expect(now == old || now == new, "round \(round): the model is neither the old nor the new one (\(now.count) bytes)")
            if now == new {
                outcomes.new += 1
                try old.write(to: URL(fileURLWithPath: model))  // start the next round from the old model again
            } else {
                outcomes.old += 1
            }
            if !Set(Self.temporaryFiles(in: folder)).isSubset(of: leftBefore) { outcomes.killedWhileWriting += 1 }
        }
        let prediction = try LedeBinary.run(["classify", "-m", model, article, "--format", "json"])
        #expect(prediction.status == 0 && prediction.standardOutput == oldPrediction, "the old model no longer predicts as before")
        #expect(outcomes.killedWhileWriting > 0, "no kill landed inside a write (\(outcomes))")

        let final = try LedeBinary.run(["update", model, folder + "/more.jsonl"], environment: Self.environment)
        #expect(final.status == 0, "\(final.standardError)")
        #expect(try Self.bytes(model) == new)
        #expect(Self.temporaryFiles(in: folder).isEmpty, "left behind: \(Self.temporaryFiles(in: folder))")
        print("atomic update: \(outcomes.old) old, \(outcomes.new) new, \(outcomes.killedWhileWriting) writes interrupted; one update takes \(duration) s")
    }
}
