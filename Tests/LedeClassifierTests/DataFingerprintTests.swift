import LedeClassifier
import LedeTestSupport
import Testing

@Suite("DataFingerprint")
struct DataFingerprintTests {
    private let texts = ["Shares rose 6% after the results.", "The striker scored twice.", ""]
    private let labels = ["business", "sport", "sport"]

    @Test("the same labelled texts give the same fingerprint")
    func sameDataSameFingerprint() {
        #expect(DataFingerprint.of(texts: texts, labels: labels) == DataFingerprint.of(texts: Array(texts), labels: Array(labels)))
    }

    @Test("a changed byte, label, record or boundary between texts changes the fingerprint")
    func anyChangeChangesTheFingerprint() {
        let base = DataFingerprint.of(texts: texts, labels: labels)
        var changedByte = texts
        changedByte[0] = "Shares rose 7% after the results."
        var changedLong = ["Shares rose 6% after the results, and then some more to pass sixteen bytes.", "x"]
        let long = DataFingerprint.of(texts: changedLong, labels: ["a", "b"])
        changedLong[0] = "Shares rose 6% after the results, and then some more to pass sixteen bytes!"
        let variants: [UInt64] = [
            DataFingerprint.of(texts: changedByte, labels: labels),
            DataFingerprint.of(texts: texts, labels: ["business", "sport", "tech"]),
            DataFingerprint.of(texts: Array(texts.dropLast()), labels: Array(labels.dropLast())),
            // A record given twice counts twice.
            DataFingerprint.of(texts: texts + [texts[0]], labels: labels + [labels[0]]),
        ]
        for variant in variants { #expect(variant != base) }
        #expect(DataFingerprint.of(texts: changedLong, labels: ["a", "b"]) != long)
        // Where one string ends and the next begins is part of the data.
        #expect(DataFingerprint.of(texts: ["ab", "c"], labels: ["x", "x"]) != DataFingerprint.of(texts: ["a", "bc"], labels: ["x", "x"]))
        #expect(DataFingerprint.of(texts: ["a"], labels: ["b"]) != DataFingerprint.of(texts: ["b"], labels: ["a"]))
        // Swapping the labels of two records changes the pairs, so the fingerprint.
        #expect(DataFingerprint.of(texts: texts, labels: ["sport", "business", "sport"]) != base)
    }

    @Test("the fingerprint is a multiset hash: any order, any split added up, forgetting subtracts, on any thread count")
    func orderFreeAndAdditive() {
        let many = (0..<5000).map { "record \($0) about \($0 % 7 == 0 ? "shares" : "goals")" }
        let manyLabels = (0..<5000).map { $0 % 3 == 0 ? "business" : "sport" }
        let whole = DataFingerprint.of(texts: many, labels: manyLabels, threads: 1)
        #expect(DataFingerprint.of(texts: many, labels: manyLabels, threads: 3) == whole)
        var generator = SplitMix(seed: 7)
        let order = Array(many.indices).shuffled(using: &generator)
        #expect(DataFingerprint.of(texts: order.map { many[$0] }, labels: order.map { manyLabels[$0] }) == whole)
        let cut = 1234
        let first = DataFingerprint.of(texts: order.prefix(cut).map { many[$0] }, labels: order.prefix(cut).map { manyLabels[$0] })
        let rest = DataFingerprint.of(texts: order.dropFirst(cut).map { many[$0] }, labels: order.dropFirst(cut).map { manyLabels[$0] })
        #expect(DataFingerprint.combining(first, rest) == whole)
        #expect(DataFingerprint.combining(rest, first) == whole)
        #expect(DataFingerprint.removing(rest, from: whole) == first)
        #expect(DataFingerprint.of(texts: [], labels: []) == DataFingerprint.empty)
    }

    @Test("fingerprints print as sixteen hex digits")
    func hexIsFixedWidth() {
        let fresh = DataFingerprint.of(texts: texts, labels: labels)
        #expect(DataFingerprint.hex(0x1F) == "000000000000001f")
        #expect(DataFingerprint.hex(fresh).count == 16)
        #expect(UInt64(DataFingerprint.hex(fresh), radix: 16) == fresh)
    }
}
