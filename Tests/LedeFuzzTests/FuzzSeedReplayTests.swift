import Foundation
import LedeFuzzTargets
import LedeTestSupport
import Testing

/// Replays every seed and every regression input of the libFuzzer harnesses through the same
/// property checks, in the normal test build, so that a fixed crash stays fixed without a fuzzer.
@Suite("fuzz seeds and crash regressions replay cleanly through every harness")
struct FuzzSeedReplayTests {
    /// `Tests/Fuzz/seeds/<harness>` and `Tests/Fuzz/regressions/<harness>`.
    static func inputs(of harness: String) -> [URL] {
        let fuzz = SharedCorpora.repositoryRoot.appendingPathComponent("Tests/Fuzz")
        return ["seeds", "regressions"].flatMap { kind -> [URL] in
            let folder = fuzz.appendingPathComponent(kind).appendingPathComponent(harness)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    @Test("every harness has at least three seeds", arguments: FuzzTarget.all.map(\.name))
    func seedsExist(harness: String) {
        #expect(Self.inputs(of: harness).count >= 3, "Tests/Fuzz/seeds/\(harness) needs seeds")
    }

    @Test("each seed and regression input keeps the harness's properties", arguments: FuzzTarget.all.map(\.name))
    func replay(harness: String) throws {
        let target = try #require(FuzzTarget.named(harness))
        for input in Self.inputs(of: harness) {
            let bytes = [UInt8](try Data(contentsOf: input))
            #expect(throws: Never.self, "\(input.lastPathComponent)") {
                try bytes.withUnsafeBufferPointer { try target.check($0) }
            }
        }
    }
}
