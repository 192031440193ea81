import LedeClassifier
import Testing

@Suite("DataFingerprint")
struct DataFingerprintTests {
    private let texts = ["Shares rose 6% after the results.", "The striker scored twice.", ""]
    private let labels = ["business", "sport", "sport"]

    @Test("the same labelled texts give the same fingerprint")
    func sameDataSameFingerprint() {
        #expect(DataFingerprint.of(texts: texts, labels: labels) == DataFingerprint.of(texts: Array(texts), labels: Array(labels)))
    }

    @Test("a changed byte, label, order or boundary between texts changes the fingerprint")
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
            DataFingerprint.of(texts: [texts[1], texts[0], texts[2]], labels: [labels[1], labels[0], labels[2]]),
            DataFingerprint.of(texts: Array(texts.dropLast()), labels: Array(labels.dropLast())),
        ]
        for variant in variants { #expect(variant != base) }
        #expect(DataFingerprint.of(texts: changedLong, labels: ["a", "b"]) != long)
        // Where one string ends and the next begins is part of the data.
        #expect(DataFingerprint.of(texts: ["ab", "c"], labels: ["x", "x"]) != DataFingerprint.of(texts: ["a", "bc"], labels: ["x", "x"]))
        #expect(DataFingerprint.of(texts: ["a"], labels: ["b"]) != DataFingerprint.of(texts: ["b"], labels: ["a"]))
    }

    @Test("seeding with the fingerprint of earlier data continues it, and fingerprints print as sixteen hex digits")
    func seedsContinueAndHexIsFixedWidth() {
        let fresh = DataFingerprint.of(texts: texts, labels: labels)
        let earlier = DataFingerprint.of(texts: Array(texts.prefix(1)), labels: Array(labels.prefix(1)))
        let continued = DataFingerprint.of(texts: Array(texts.dropFirst()), labels: Array(labels.dropFirst()), seed: earlier)
        #expect(continued == fresh)
        #expect(DataFingerprint.of(texts: texts, labels: labels, seed: fresh) != fresh)
        #expect(DataFingerprint.hex(0x1F) == "000000000000001f")
        #expect(DataFingerprint.hex(fresh).count == 16)
        #expect(UInt64(DataFingerprint.hex(fresh), radix: 16) == fresh)
    }
}
