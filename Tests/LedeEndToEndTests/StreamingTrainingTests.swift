import Foundation
import LedeTestSupport
import Testing

/// `lede train` reads its data in batches and keeps only counts, so its peak memory depends on
/// the vocabulary and the batch size, not on the size of the corpus.
@Suite("streaming training: peak memory does not grow with the corpus")
struct StreamingTrainingTests {
    #if DEBUG
    static let isRelease = false
    #else
    static let isRelease = true
    #endif

    /// `documents` distinct labelled documents over a closed word list (so the vocabulary of
    /// words and word pairs is the same at any size): each document a fresh random word sequence.
    static func corpus(documents: Int, seed: UInt64) -> String {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let labels = ["business", "politics", "sport", "tech"]
        let words = (0..<300).map { "w" + String($0 * 7919 % 100_000, radix: 36) }
        var lines: [String] = []
        lines.reserveCapacity(documents)
        for index in 0..<documents {
            let label = labels[index % labels.count]
            let length = 80 + Int(next() % 120)
            let text = (0..<length).map { _ in words[Int(next() % UInt64(words.count))] }.joined(separator: " ")
            lines.append("{\"label\": \"\(label)\", \"text\": \"\(label) \(text)\"}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Peak resident memory of `lede arguments…`, in kilobytes; the run must succeed.
    static func peakKilobytes(_ arguments: [String]) throws -> Int {
        let run = try PeakMemory.run(LedeBinary.path, arguments)
        try #require(run.status == 0, "lede \(arguments.joined(separator: " ")): \(run.standardError)")
        return run.peakKilobytes
    }

    @Test("training on 16 times the documents (64 MB, all distinct) peaks within 1.5 times the memory of 1 time, in 4 MB batches",
          .enabled(if: isRelease, "memory is measured on release builds (CI runs swift test -c release)"),
          .enabled(if: PeakMemory.isAvailable, "needs GNU time at /usr/bin/time to measure peak memory (apt-get install time; .ci/run installs it)"))
    func peakMemoryIndependentOfCorpusSize() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = Self.corpus(documents: 4_000, seed: 1)
        try one.write(toFile: folder + "/x1.jsonl", atomically: true, encoding: .utf8)
        let sixteen = (1...16).map { Self.corpus(documents: 4_000, seed: UInt64($0)) }.joined()
        try sixteen.write(toFile: folder + "/x16.jsonl", atomically: true, encoding: .utf8)
        let batch = ["--batch-bytes", String(one.utf8.count)]
        let small = try Self.peakKilobytes(["train", folder + "/x1.jsonl", "-o", folder + "/x1.ledemodel"] + batch)
        let large = try Self.peakKilobytes(["train", folder + "/x16.jsonl", "-o", folder + "/x16.ledemodel"] + batch)
        #expect(Double(large) <= 1.5 * Double(small), "×1 peaked at \(small) KB, ×16 at \(large) KB")
    }
}
