import LedeClassifier

/// Fuzzes the model loader, ``TopicModelFile/decode(_:location:)``.
///
/// The first input byte picks the mode. Even: the rest is a whole file, so the envelope checks
/// (signature, version, length, checksum) are exercised. Odd: the rest is a payload wrapped in a
/// valid envelope with the right checksum, so the fuzzer reaches the header, vocabulary and
/// count decoding behind the checksum, which random bytes would almost never pass.
///
/// Properties: every refusal is a one-line ``LedeError`` naming the file; a model that loads
/// re-encodes to bytes that load to the same model and re-encode identically, and it predicts a
/// known label for a text without crashing.
enum ModelLoaderFuzzTarget {
    static let location = SourceLocation(path: "fuzz.ledemodel")

    static let target = FuzzTarget(name: "model-loader") { bytes in
        guard let mode = bytes.first else { return }
        let rest = Array(bytes.dropFirst())
        let file = mode & 1 == 0
            ? rest : ModelContainer.encode(payload: rest, kind: ModelContainer.topicClassifierKind)
        let model: TopicClassifier
        do {
            model = try TopicModelFile.decode(file, location: location)
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
}
