/// 64-bit fingerprints of training data, shown by `lede model info` to tell which data a model
/// was trained on. Not cryptographic: it tells data sets apart, it does not authenticate them.
///
/// A multiset hash: each labelled text is hashed on its own (its label, then its text, each as
/// a byte length followed by the UTF-8 bytes, eight bytes per multiply-xorshift step, then a
/// final avalanche), and the fingerprint of a data set is the sum of its records' hashes modulo
/// 2⁶⁴. So it does not depend on the order of the records, and it adds up like the counts do:
/// the fingerprint of A ∪ B is that of A plus that of B (``combining(_:_:)``, what `merge` and
/// `update` do), and forgetting B takes its fingerprint back off (``removing(_:from:)``). A
/// record given twice counts twice. The empty data set's fingerprint is 0.
///
/// Models written before format version 3 carry sequential fingerprints (FNV-1a or the
/// multiply-xorshift chain over the records in order); they print the same way, and updating
/// such a model adds to its old value.
public enum DataFingerprint {
    /// The fingerprint of no data.
    public static let empty: UInt64 = 0

    /// The fingerprint of `labels` and `texts` (pairwise, in any order), hashed on `threads`
    /// threads.
    public static func of(texts: [String], labels: [String], threads: Int = 1) -> UInt64 {
        precondition(texts.count == labels.count, "one label per text")
        let parts = texts.count >= 1 << 12 ? max(1, threads) : 1
        let ranges = ParallelWork.ranges(total: texts.count, parts: parts)
        let partials = ParallelWork.map(count: ranges.count, threads: parts) { part in
            ranges[part].reduce(empty) { $0 &+ record(label: labels[$1], text: texts[$1]) }
        }
        return partials.reduce(empty, &+)
    }

    /// The hash of one labelled text.
    public static func record(label: String, text: String) -> UInt64 {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        feed(label, into: &state)
        feed(text, into: &state)
        return avalanche(state)
    }

    /// The fingerprint of the union of two data sets.
    public static func combining(_ a: UInt64, _ b: UInt64) -> UInt64 { a &+ b }

    /// The fingerprint of `total`'s data without `removed`'s (which must be part of it).
    public static func removing(_ removed: UInt64, from total: UInt64) -> UInt64 { total &- removed }

    /// Sixteen lower-case hex digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Mixes the length, then the bytes of `string` into `state`.
    private static func feed(_ string: String, into state: inout UInt64) {
        var string = string
        string.withUTF8 { bytes in
            state = mix(state, UInt64(bytes.count))
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset + 8 <= bytes.count {
                state = mix(state, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            if offset < bytes.count {
                var tail: UInt64 = 0
                for index in offset..<bytes.count { tail |= UInt64(base[index]) << (8 * UInt64(index - offset)) }
                state = mix(state, tail)
            }
        }
    }

    @inline(__always)
    private static func mix(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let product = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
        return product ^ (product >> 31)
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit, so that sums
    /// of record hashes do not cancel in structured ways.
    @inline(__always)
    private static func avalanche(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
