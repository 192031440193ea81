/// 64-bit fingerprints of training data, shown by `lede model info` to tell which data a model
/// was trained on. Not cryptographic: it tells data sets apart, it does not authenticate them.
///
/// Each label and text is fed as its byte length followed by its UTF-8 bytes, eight bytes per
/// multiply-xorshift step, so a fingerprint costs a few milliseconds per 20 MB of text (the
/// byte-at-a-time FNV-1a it replaced took 33 ms on 20 Newsgroups' training set, serially,
/// inside every `train`). Models written before it carry FNV-1a fingerprints; both are
/// sixteen hex digits and only ever compared for equality.
///
/// The state is the fingerprint, so feeding more data continues it: the fingerprint of A then
/// B equals that of B seeded with the fingerprint of A, and an updated model's fingerprint is
/// that of a model trained on all its data at once.
public enum DataFingerprint {
    /// The starting state when no earlier fingerprint is folded in.
    public static let initialSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The fingerprint of `labels` and `texts` (pairwise, in order), folded into `seed`.
    public static func of(texts: [String], labels: [String], seed: UInt64 = initialSeed) -> UInt64 {
        precondition(texts.count == labels.count, "one label per text")
        var state = seed
        for (text, label) in zip(texts, labels) {
            feed(label, into: &state)
            feed(text, into: &state)
        }
        return state
    }

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
}
