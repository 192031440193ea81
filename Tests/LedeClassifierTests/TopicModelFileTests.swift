import Testing
import LedeClassifier

@Suite("Topic model files: round trip and refusal of damaged files")
struct TopicModelFileTests {
    static let location = SourceLocation(path: "model.lede")

    static func encodedModel() throws -> (TopicClassifier, [UInt8]) {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(1)
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: options)
        return (model, try TopicModelFile.encode(model))
    }

    @Test("a decoded model predicts exactly as the encoded one and re-encodes to the same bytes")
    func roundTrip() throws {
        let (model, bytes) = try Self.encodedModel()
        let decoded = try TopicModelFile.decode(bytes, location: Self.location)
        #expect(decoded.predict(ClassifierFixtures.probes) == model.predict(ClassifierFixtures.probes))
        #expect(decoded.counts == model.counts)
        #expect(decoded.options == model.options)
        #expect(try TopicModelFile.encode(decoded) == bytes)
    }

    @Test("a truncated file is refused", arguments: [0, 8, 20, 100])
    func truncated(keep: Int) throws {
        let (_, bytes) = try Self.encodedModel()
        #expect(throws: LedeError.self) { try TopicModelFile.decode(Array(bytes.prefix(keep)), location: Self.location) }
        #expect(throws: LedeError.self) { try TopicModelFile.decode(Array(bytes.dropLast()), location: Self.location) }
    }

    @Test("a flipped bit in the payload fails the checksum")
    func bitFlip() throws {
        var (_, bytes) = try Self.encodedModel()
        bytes[bytes.count - 5] ^= 0x10
        #expect {
            try TopicModelFile.decode(bytes, location: Self.location)
        } throws: { error in
            guard case LedeError.invalidModel(_, let reason) = error else { return false }
            return reason.contains("checksum")
        }
    }

    @Test("a newer format version is refused as unsupported")
    func newerVersion() throws {
        var (_, bytes) = try Self.encodedModel()
        bytes[8] = UInt8(ModelContainer.formatVersion + 1)
        #expect(throws: LedeError.unsupportedModelVersion(Self.location, found: Int(ModelContainer.formatVersion) + 1, supported: Int(ModelContainer.formatVersion))) {
            try TopicModelFile.decode(bytes, location: Self.location)
        }
    }

    @Test("a foreign file and a model of another kind are refused")
    func foreign() throws {
        #expect(throws: LedeError.self) { try TopicModelFile.decode(Array("{\"not\": \"a model\"}".utf8), location: Self.location) }
        let otherKind = ModelContainer.encode(payload: [1, 2, 3], kind: ModelContainer.topicClassifierKind + 1)
        #expect {
            try TopicModelFile.decode(otherKind, location: Self.location)
        } throws: { error in
            guard case LedeError.invalidModel(_, let reason) = error else { return false }
            return reason.contains("another kind")
        }
    }
}
