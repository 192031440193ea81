import Foundation
import LedeTestSupport
import Testing

/// The shipped model must be exactly what `Models/README.md`'s command builds from the corpus.
@Suite("the shipped default model")
struct DefaultModelTests {
    static let committed = SharedCorpora.repositoryRoot.appendingPathComponent("Models/topic-default.ledemodel").path
    /// The creation time the committed model was built with (see Models/README.md).
    static let sourceDateEpoch = "1795392000"

    @Test(
        "rebuilding it from ../shared/corpora gives the committed file bit for bit and the same predictions",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func rebuildMatches() throws {
        let folder = try LedeBinary.temporaryFolder()
        let rebuilt = folder + "/rebuilt.ledemodel"
        let train = try LedeBinary.run(
            ["train", SharedCorpora.corpus("bbc-news/train.jsonl"), "--min-df", "2", "--compact", "-o", rebuilt],
            environment: ["SOURCE_DATE_EPOCH": Self.sourceDateEpoch])
        #expect(train.status == 0, "\(train.standardError)")
        let test = SharedCorpora.corpus("bbc-news/test.jsonl")
        let committedPredictions = try LedeBinary.run(["classify", "-m", Self.committed, "--format", "jsonl", test])
        let rebuiltPredictions = try LedeBinary.run(["classify", "-m", rebuilt, "--format", "jsonl", test])
        #expect(committedPredictions.status == 0)
        #expect(committedPredictions.standardOutput == rebuiltPredictions.standardOutput)
        #expect(try Data(contentsOf: URL(fileURLWithPath: rebuilt)) == Data(contentsOf: URL(fileURLWithPath: Self.committed)))
    }

    @Test("lede finds it without flags and describes it")
    func foundWithoutFlags() throws {
        let info = try LedeBinary.run(["model", "info"])
        #expect(info.status == 0, "\(info.standardError)")
        #expect(info.standardOutput.contains("topic-default.ledemodel"))
        #expect(info.standardOutput.contains("business"))
    }
}
