import Foundation
import LedeTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// One writer of a model at a time: concurrent `lede update`s of one model wait for each other's
/// lock and all land; a lock held past `--lock-timeout` is a clear temporary failure (75).
@Suite("concurrent writers of one model serialise; none is lost", .serialized)
struct ConcurrentWritersTests {
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// `count` labelled JSONL lines for batch `batch`: three topics, each written from its own
    /// words plus words of this batch, so every batch adds documents and terms.
    static func batch(_ batch: Int, count: Int = 6) -> String {
        let topics = [
            ("sport", ["match", "striker", "goal", "league", "coach", "season", "stadium", "penalty"]),
            ("business", ["shares", "profit", "bank", "merger", "investors", "market", "revenue", "forecast"]),
            ("tech", ["software", "chip", "startup", "network", "robot", "battery", "server", "update"]),
        ]
        var lines: [String] = []
        for index in 0..<count {
            let (label, words) = topics[index % topics.count]
            let text = (0..<24).map { step in
                step % 5 == 4 ? "batch\(batch)term\(step % 3)" : words[(index * 7 + step * 3 + batch) % words.count]
            }
            lines.append("{\"label\": \"\(label)\", \"text\": \"\(text.joined(separator: " "))\"}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func info(_ model: String) throws -> [String: Any] {
        let result = try LedeBinary.run(["model", "info", model, "--format", "json"])
        try #require(result.status == 0, "\(result.standardError)")
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any] ?? [:]
    }

    /// Each probe's labels and probabilities under `model`.
    static func predictions(_ model: String, probes: String) throws -> [[String: Double]] {
        let result = try LedeBinary.run(["classify", "-m", model, "--top-k", "3", "--format", "jsonl", probes])
        try #require(result.status == 0, "\(result.standardError)")
        return try result.standardOutput.split(separator: "\n").map { line in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let top = record["ranked"] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: top.map { ($0["label"] as? String ?? "", $0["probability"] as? Double ?? -1) })
        }
    }

    @Test("8 concurrent updates of distinct batches: every document counted, the model equals training on all")
    func eightConcurrentUpdates() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = folder + "/shared.ledemodel"
        for index in 0...8 {
            try Self.batch(index).write(toFile: "\(folder)/batch\(index).jsonl", atomically: true, encoding: .utf8)
        }
        let train = try LedeBinary.run(["train", folder + "/batch0.jsonl", "-o", model, "--min-df", "1"], environment: Self.environment)
        try #require(train.status == 0, "\(train.standardError)")
        let writers = try (1...8).map { try LedeBinary.start(["update", model, "\(folder)/batch\($0).jsonl"], environment: Self.environment) }
        for writer in writers { writer.waitUntilExit() }
        #expect(writers.map(\.terminationStatus) == Array(repeating: 0, count: 8))

        let reference = folder + "/all.ledemodel"
        let all = try LedeBinary.run(
            ["train"] + (0...8).map { "\(folder)/batch\($0).jsonl" } + ["-o", reference, "--min-df", "1"], environment: Self.environment)
        try #require(all.status == 0, "\(all.standardError)")
        let updated = try Self.info(model), trained = try Self.info(reference)
        #expect(updated["documentsPerLabel"] as? [String: Int] == ["business": 18, "sport": 18, "tech": 18])
        #expect(updated["documentsPerLabel"] as? [String: Int] == trained["documentsPerLabel"] as? [String: Int])
        #expect(updated["vocabularySize"] as? Int == trained["vocabularySize"] as? Int)
        #expect(updated["features"] as? Int == trained["features"] as? Int)

        let probes = folder + "/probes.jsonl"
        try (Self.batch(3, count: 3) + Self.batch(11, count: 3)).write(toFile: probes, atomically: true, encoding: .utf8)
        let fromUpdates = try Self.predictions(model, probes: probes)
        let fromTraining = try Self.predictions(reference, probes: probes)
        #expect(fromUpdates.count == 6 && fromUpdates.map { Set($0.keys) } == fromTraining.map { Set($0.keys) })
        for (a, b) in zip(fromUpdates, fromTraining) {
            for (label, probability) in a { #expect(abs(probability - (b[label] ?? -1)) < 1e-9, "\(label): \(probability) vs \(b[label] ?? -1)") }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".") }.isEmpty, "a lock or temporary file was left")
    }

    @Test("an update still reading its data does not hold the model's lock: another update lands meanwhile, and both count")
    func readingDoesNotHoldTheLock() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = folder + "/shared.ledemodel"
        for index in 0...2 {
            try Self.batch(index).write(toFile: "\(folder)/batch\(index).jsonl", atomically: true, encoding: .utf8)
        }
        let train = try LedeBinary.run(["train", folder + "/batch0.jsonl", "-o", model, "--min-df", "1"], environment: Self.environment)
        try #require(train.status == 0, "\(train.standardError)")

        // The slow update reads batch 1 from a pipe this test keeps open: half now, half later.
        let feed = Pipe()
        let slowErrors = Pipe()
        let slow = try LedeBinary.start(
            ["update", model, "-", "--input-format", "jsonl"], environment: Self.environment, standardInput: feed,
            standardError: slowErrors)
        let lines = Self.batch(1).split(separator: "\n", omittingEmptySubsequences: true).map { $0 + "\n" }
        feed.fileHandleForWriting.write(Data(lines.prefix(3).joined().utf8))
        Thread.sleep(forTimeInterval: 0.3)

        let quick = try LedeBinary.run(["update", "--lock-timeout", "1", model, folder + "/batch2.jsonl"], environment: Self.environment)
        #expect(quick.status == 0, "the quick update waited for a writer that was only reading: \(quick.standardError)")
        #expect(slow.isRunning, "the slow update should still be waiting for the rest of its data")

        feed.fileHandleForWriting.write(Data(lines.dropFirst(3).joined().utf8))
        try feed.fileHandleForWriting.close()
        let slowMessage = String(decoding: slowErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        slow.waitUntilExit()
        #expect(slow.terminationStatus == 0, "\(slowMessage)")

        // Both updates are in the model: it is the file training on all three batches writes.
        let reference = folder + "/all.ledemodel"
        let all = try LedeBinary.run(
            ["train"] + (0...2).map { "\(folder)/batch\($0).jsonl" } + ["-o", reference, "--min-df", "1"], environment: Self.environment)
        try #require(all.status == 0, "\(all.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == Data(contentsOf: URL(fileURLWithPath: reference)))
    }

    @Test("a lock held longer than --lock-timeout fails with 75 and one line; the model is untouched")
    func lockTimeout() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = folder + "/held.ledemodel"
        try Self.batch(0).write(toFile: folder + "/batch0.jsonl", atomically: true, encoding: .utf8)
        try Self.batch(1).write(toFile: folder + "/batch1.jsonl", atomically: true, encoding: .utf8)
        let train = try LedeBinary.run(["train", folder + "/batch0.jsonl", "-o", model, "--min-df", "1"])
        try #require(train.status == 0, "\(train.standardError)")
        let before = try Data(contentsOf: URL(fileURLWithPath: model))
        // This process plays the other writer: it holds the model's lock.
        let holder = open(folder + "/.held.ledemodel.lock", O_RDWR | O_CREAT, 0o644)
        try #require(holder >= 0 && flock(holder, LOCK_EX) == 0)
        defer { close(holder) }
        let started = Date()
        let update = try LedeBinary.run(["update", "--lock-timeout", "0.5", model, folder + "/batch1.jsonl"])
        let seconds = Date().timeIntervalSince(started)
        #expect(update.status == 75, "\(update.standardError)")
        #expect(update.standardError == "lede: error: \(model): another lede process has been writing this model for more than 0.5 s (try again later); raise --lock-timeout to wait longer\n")
        #expect(seconds >= 0.5 && seconds < 5, "waited \(seconds) s")
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == before)
        let train2 = try LedeBinary.run(["train", folder + "/batch1.jsonl", "-o", model, "--lock-timeout", "0"])
        #expect(train2.status == 75, "train over a locked model: \(train2.standardError)")
        let negative = try LedeBinary.run(["update", "--lock-timeout=-1", model, folder + "/batch1.jsonl"])
        #expect(negative.status == 64 && negative.standardError == "lede: error: --lock-timeout must be a number of seconds, 0 or more (got -1.0)\n", "\(negative.standardError)")
    }

    @Test("a file-size limit (ulimit -f) fails update with 73 and a message, not SIGXFSZ; the model is untouched")
    func fileSizeLimit() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let model = folder + "/m.ledemodel"
        let train = try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", model])
        try #require(train.status == 0, "\(train.standardError)")
        let before = try Data(contentsOf: URL(fileURLWithPath: model))
        try #require(before.count > 8 * 1024)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 8 && exec \"$0\" update \"$1\" \"$2\"", LedeBinary.path, model, LedeBinary.sample("labelled/articles.jsonl")]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 73, "\(process.terminationStatus): \(message)")
        #expect(message.hasPrefix("lede: error: \(model): cannot write: File too large"), "\(message)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: model)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["m.ledemodel"])
    }
}
