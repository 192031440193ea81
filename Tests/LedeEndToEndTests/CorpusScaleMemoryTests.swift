import Foundation
import LedeTestSupport
import Testing

/// The streaming promise on real data: 20 Newsgroups' training set copied 16 times (371 MB)
/// trains within 1.5 times the peak memory of one copy, and its test set copied 16 times
/// (235 MB) is classified within 1.5 times the peak of one copy. (`Benchmarks/run`'s scale
/// section measures the same with distinct documents, up to 32 times, beside scikit-learn.)
@Suite("20 Newsgroups ×16: train and classify peak within 1.5 times their ×1 peaks", .serialized)
struct CorpusScaleMemoryTests {
    /// Writes `copies` copies of the file at `source` to `path`.
    static func copy(_ source: String, times copies: Int, to path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: source))
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        for _ in 0..<copies { handle.write(data) }
        try handle.close()
    }

    @Test("train on 16 copies of the training set, and classify 16 copies of the test set, each within 1.5 times one copy's peak",
          .enabled(if: StreamingTrainingTests.isRelease, "memory is measured on release builds (CI runs swift test -c release)"),
          .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"),
          .enabled(if: PeakMemory.isAvailable, "needs GNU time at /usr/bin/time to measure peak memory (apt-get install time; .ci/run installs it)"))
    func sixteenCopiesWithinOneAndAHalfTimes() throws {
        let folder = try LedeBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let train = SharedCorpora.corpus("20news/train.jsonl"), test = SharedCorpora.corpus("20news/test.jsonl")
        try Self.copy(train, times: 16, to: folder + "/train-x16.jsonl")
        try Self.copy(test, times: 16, to: folder + "/test-x16.jsonl")

        let trainOne = try StreamingTrainingTests.peakKilobytes(["train", train, "-o", folder + "/x1.ledemodel"])
        let trainSixteen = try StreamingTrainingTests.peakKilobytes(["train", folder + "/train-x16.jsonl", "-o", folder + "/x16.ledemodel"])
        #expect(Double(trainSixteen) <= 1.5 * Double(trainOne), "train: ×1 peaked at \(trainOne) KiB, ×16 at \(trainSixteen) KiB")

        let model = folder + "/x1.ledemodel"
        let classifyOne = try StreamingTrainingTests.peakKilobytes(["classify", "-m", model, "--format", "jsonl", test])
        let classifySixteen = try StreamingTrainingTests.peakKilobytes(["classify", "-m", model, "--format", "jsonl", folder + "/test-x16.jsonl"])
        #expect(Double(classifySixteen) <= 1.5 * Double(classifyOne), "classify: ×1 peaked at \(classifyOne) KiB, ×16 at \(classifySixteen) KiB")

        // The ×16 model counted every copy.
        let info = try LedeBinary.run(["model", "info", folder + "/x16.ledemodel", "--format", "json"])
        let fields = try JSONSerialization.jsonObject(with: Data(info.standardOutput.utf8)) as? [String: Any] ?? [:]
        let perLabel = fields["documentsPerLabel"] as? [String: Int] ?? [:]
        #expect(perLabel.values.reduce(0, +) == 16 * 11_314, "\(perLabel)")
    }
}
