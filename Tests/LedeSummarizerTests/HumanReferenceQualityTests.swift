import Foundation
import LedeSummarizer
import LedeTestSupport
import Testing

/// The shipped defaults judged by people's references, the way `lede evaluate-summaries` and
/// `lede evaluate-keywords` judge them (references from `summary_sentences`, else the summary's
/// lines, else the splitter; as many sentences as the reference; ROUGE F1 with Porter stemming;
/// keyphrases stemmed and matched exactly). Cheap enough for CI's release run (about 2 s).
/// The figures and how the defaults were chosen: `Models/CHOOSING-SUMMARY-DEFAULTS.md`.
@Suite("Quality against references written by people")
struct HumanReferenceQualityTests {
    private static func report(_ corpus: String) throws -> SummaryEvaluationReport {
        let examples = try SummaryExample.read(path: SharedCorpora.corpus(corpus))
        return SummaryEvaluationReport(examples: examples, summarizer: TextRankSummarizer(), length: .reference)
    }

    @Test(
        "news-summaries dev: shipped defaults reach ROUGE-1 36.6, the first k sentences' published figure, and beat Lede's own lead-k",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func newsSummaries() throws {
        let report = try Self.report("news-summaries/dev.jsonl")
        #expect(report.articles == 404)
        print("news-summaries R1 \(report.lede.rouge1.f1 * 100) (lead-k \(report.leadK.rouge1.f1 * 100)), RLsum \(report.lede.rougeLsum.f1 * 100)")
        #expect(report.lede.rouge1.f1 * 100 >= 36.6)
        #expect(report.lede.rouge1.f1 > report.leadK.rouge1.f1)
        #expect(report.lede.rouge2.f1 > report.leadK.rouge2.f1)
    }

    @Test(
        "bbc-summary: the same defaults keep ROUGE-1 at 80 or more on all 2,225 articles",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func bbcSummary() throws {
        let report = try Self.report("bbc-summary/all.jsonl")
        #expect(report.articles == 2_225)
        print("bbc-summary R1 \(report.lede.rouge1.f1 * 100) (lead-k \(report.leadK.rouge1.f1 * 100))")
        #expect(report.lede.rouge1.f1 * 100 >= 80)
    }

    @Test(
        "DUC-2001: shipped keyword defaults with the shipped background reach the pinned F1@10 and beat both baselines",
        .enabled(if: SharedCorpora.isAvailable, "needs ../shared/corpora (CI provides it)"))
    func duc2001Keywords() throws {
        let examples = try KeyphraseExample.read(path: SharedCorpora.corpus("keyphrases-news/duc2001.jsonl"))
        let background = try KeywordBackground.read(
            path: SharedCorpora.repositoryRoot.appendingPathComponent("Models/keyword-background.tsv").path)
        let report = KeyphraseEvaluationReport(
            examples: examples, extractor: KeywordExtractor(background: background), cutoffs: [10])
        #expect(report.stories == 307)
        let f1 = report.systems.map { $0.scores[0].f1 * 100 }
        print("DUC-2001 F1@10: lede \(f1[0]), first phrases \(f1[1]), TF-IDF words \(f1[2])")
        #expect(f1[0] >= Self.keywordFloor)
        #expect(f1[0] > f1[1] && f1[0] > f1[2])
    }

    /// A little below the measured figure (see `Models/CHOOSING-SUMMARY-DEFAULTS.md`).
    static let keywordFloor = 28.0
}
