import Foundation
import LedeTestSupport
import Testing

/// Many labels: weights grow with features × labels, so 10,000 labels are refused before
/// anything that size is allocated, naming the size they would need and the `--max-features`
/// that fits; with it they train. Never an abort.
@Suite("10,000 labels: refused with the size needed, or trained with fewer features", .serialized)
struct ManyLabelsTests {
    /// `labels` labels of two documents each, written from a shared pool of made-up words.
    static func data(labels: Int) -> String {
        var state: UInt64 = 42
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var lines: [String] = []
        lines.reserveCapacity(labels * 2)
        for label in 0..<labels {
            for _ in 0..<2 {
                let words = (0..<20).map { _ in "w" + String(next() % 6_000, radix: 36) }
                lines.append("{\"label\": \"topic\(label)\", \"text\": \"\(words.joined(separator: " "))\"}")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("10,000 labels beyond --max-memory are refused (65) naming the size; with the --max-features it names, they train")
    func tenThousandLabels() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = folder + "/labels.jsonl"
        try Self.data(labels: 10_000).write(toFile: data, atomically: true, encoding: .utf8)
        let model = folder + "/many.ledemodel"
        let refused = try LedeBinary.run(["train", data, "-o", model, "--max-memory", "64"])
        #expect(refused.status == 65, "\(refused.standardError)")
        #expect(refused.standardError.hasPrefix("lede: error: \(data): the weights of 10000 labels × "), "\(refused.standardError)")
        #expect(refused.standardError.contains("more than the limit of 64.0 MiB (at most 1677 features would fit); keep fewer features with --max-features 1677 or raise --max-memory\n"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: model))

        let trained = try LedeBinary.run(["train", data, "-o", model, "--max-memory", "64", "--max-features", "1677"])
        #expect(trained.status == 0, "\(trained.standardError)")
        #expect(trained.standardError.contains("trained 10000 labels on 20000 documents (1677 features)"), "\(trained.standardError)")
        let classify = try LedeBinary.run(["classify", "-m", model, "--format", "jsonl", "-"], input: Data("w1 w2 w3 w4".utf8))
        #expect(classify.status == 0, "\(classify.standardError)")
        #expect(classify.standardOutput.contains("\"label\":\"topic"), "\(classify.standardOutput)")
    }

    @Test("--max-memory that is not a positive number of MiB is a usage error (64)")
    func badMaxMemory() throws {
        for value in ["0", "-5"] {
            let result = try LedeBinary.run(["train", LedeBinary.sample("labelled/articles.jsonl"), "-o", "/tmp/unused.ledemodel", "--max-memory", value])
            #expect(result.status == 64, "\(value): \(result.standardError)")
            #expect(result.standardError.contains("--max-memory"), "\(result.standardError)")
        }
    }
}
