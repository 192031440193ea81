import LedeClassifier

/// Fuzzes the model loader, ``TopicModelFile/decode(_:location:)``.
///
/// The first input byte picks the mode. Even: the rest is a whole file, so the envelope checks
/// (signature, version, length, checksum) are exercised. Odd: the rest is a payload wrapped in a
/// valid envelope with the right checksum, so the fuzzer reaches the header, vocabulary and
/// count decoding behind the checksum, which random bytes would almost never pass. `0xFF`: the
/// next five bytes are a ``CraftedModelFile``'s shape (up to 2,047 labels and 16,383 terms, and
/// the version's low bit), so the loader meets files far above libFuzzer's 64 KB input limit
/// that declare up to 33 million weights. They are decoded under a 4 MiB weight limit, so that
/// most are refused cheaply and the harness stays fast; `Tests/Fuzz/run` caps the harness's
/// memory (`-rss_limit_mb`, `-malloc_limit_mb`), so anything that allocated by the declared
/// shapes instead of the limit would be a failure.
///
/// Properties: every refusal is a one-line ``LedeError`` naming the file; a model that loads
/// re-encodes to bytes that load to the same model and re-encode identically, and it predicts a
/// known label for a text without crashing.
enum ModelLoaderFuzzTarget {
    static let location = SourceLocation(path: "fuzz.ledemodel")

    static let target = FuzzTarget(name: "model-loader") { bytes in
        guard let mode = bytes.first else { return }
        let rest = Array(bytes.dropFirst())
        let file: [UInt8]
        var limit = MemoryLimit()
        if mode == 0xFF {
            guard let crafted = crafted(rest) else { return }
            file = try crafted.bytes()
            limit = MemoryLimit(maxWeightBytes: 4 << 20)
        } else {
            file = mode & 1 == 0 ? rest : ModelContainer.encode(payload: rest, kind: ModelContainer.topicClassifierKind)
        }
        let model: TopicClassifier
        do {
            model = try TopicModelFile.decode(file, location: location, limit: limit)
        } catch let error as LedeError {
            let message = error.description
            try require(!message.contains("\n") && message.hasPrefix(location.path), "bad refusal: \(message.debugDescription)")
            return
        }
        let encoded = try TopicModelFile.encode(model)
        let reloaded = try TopicModelFile.decode(encoded, location: location)
        try require(reloaded.counts == model.counts && reloaded.options == model.options, "re-encoded model differs")
        try require(try TopicModelFile.encode(reloaded) == encoded, "encoding is not stable")
        let prediction = model.predict(["Shares rose after the match; the minister's film won."], topK: 2)
        try require(prediction.count == 1 && model.labels.contains(prediction[0].label), "prediction \(prediction) names no label")
    }

    /// The crafted file whose shape `shape` spells, or `nil` when it is too short. A version-2
    /// file stores its weights, so its shape is capped at 2^16 weights (a 256 KB file) to keep
    /// each run fast; a version-1 file is not capped, since it derives them.
    static func crafted(_ shape: [UInt8]) -> CraftedModelFile? {
        guard shape.count >= 5 else { return nil }
        let labels = max(1, (Int(shape[0]) | Int(shape[1]) << 8) % 2048)
        var terms = max(1, (Int(shape[2]) | Int(shape[3]) << 8) % 16384)
        let version: UInt32 = shape[4] & 1 == 0 ? 1 : 2
        if version == 2 { terms = min(terms, max(1, (1 << 16) / labels)) }
        return CraftedModelFile(labels: labels, terms: terms, version: version)
    }
}
