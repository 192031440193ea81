import Testing
import LedeClassifier
import LedeTestSupport

/// Training is a sum, and these pin that it is one in the bytes: the same labelled documents give
/// the same model file however they are ordered, split into shards, merged (in any order or
/// tree), updated in or forgotten — for random splits and orders drawn from a seeded generator.
@Suite("Exact, order-free counts: merge, update and forget give the bytes of training on the data")
struct ExactMergeTests {
    /// A synthetic corpus: `count` documents of four labels, each a draw of words from its label's
    /// pool and a shared pool, some repeating a word many times (large term counts), two sharing
    /// their text with another label's document.
    static func corpus(count: Int, seed: UInt64) -> [LabeledDocument] {
        let pools = [
            ("sport", ClassifierFixtures.sport), ("business", ClassifierFixtures.business),
            ("tech", ClassifierFixtures.tech), ("politics", ClassifierFixtures.politics),
        ].map { label, texts in (label, texts.joined(separator: " ").split(separator: " ").map(String.init)) }
        let shared = ["the", "said", "on", "after", "new", "year", "report", "week", "über", "naïve"]
        var generator = SplitMix(seed: seed)
        var documents: [LabeledDocument] = []
        for index in 0..<count {
            let (label, words) = pools[index % pools.count]
            let length = Int.random(in: 3...40, using: &generator)
            var text = (0..<length).map { _ in
                Bool.random(using: &generator) ? shared.randomElement(using: &generator)! : words.randomElement(using: &generator)!
            }
            if index % 9 == 0 { text += Array(repeating: words[0], count: Int.random(in: 16...70, using: &generator)) }
            documents.append(LabeledDocument(label: label, text: text.joined(separator: " "),
                                             location: SourceLocation(path: "synthetic.jsonl", line: index + 1)))
        }
        documents.append(LabeledDocument(label: "tech", text: documents[0].text, location: SourceLocation(path: "synthetic.jsonl", line: count + 1)))
        return documents
    }

    /// Option sets the sums are checked under: the defaults (word pairs, sublinear tf, l2) and
    /// the other norms, multinomial and a document-frequency floor.
    static var optionSets: [ClassifierOptions] {
        var l1 = ClassifierOptions()
        l1.features.tfidf.norm = .l1
        var raw = ClassifierOptions()
        raw.features.tfidf.norm = .none
        raw.features.tfidf.sublinearTF = false
        raw.variant = .multinomial
        var floor = ClassifierOptions()
        floor.features.minDocumentFrequency = .count(2)
        floor.features.tokenizer.ngramMax = 1
        return [ClassifierOptions(), l1, raw, floor]
    }

    static let anyLabelCount = TrainingDataValidator(minimumExamplesPerLabel: 1)

    /// The model's file bytes, with the creation time (the one field that is not a function of
    /// the data) fixed.
    static func bytes(_ model: TopicClassifier) throws -> [UInt8] {
        var model = model
        model.metadata.createdAt = 0
        return try TopicModelFile.encode(model)
    }

    static func train(_ documents: [LabeledDocument], _ options: ClassifierOptions, threads: Int = 2) throws -> TopicClassifier {
        try TopicClassifier.train(on: documents, options: options, validation: anyLabelCount, threads: threads)
    }

    /// `documents` dealt into `shards` random shards of at least two labels each.
    static func randomShards(
        _ documents: [LabeledDocument], shards: Int, using generator: inout SplitMix
    ) -> [[LabeledDocument]] {
        while true {
            var parts = [[LabeledDocument]](repeating: [], count: shards)
            for document in documents.shuffled(using: &generator) { parts[Int.random(in: 0..<shards, using: &generator)].append(document) }
            if parts.allSatisfy({ Set($0.compactMap(\.label)).count >= 2 }) { return parts }
        }
    }

    /// Merges `models` pairwise in a random tree: two picked at random, in random order, until one is left.
    static func mergeInRandomTree(_ models: [TopicClassifier], using generator: inout SplitMix) throws -> TopicClassifier {
        var pool = models
        while pool.count > 1 {
            let first = pool.remove(at: Int.random(in: 0..<pool.count, using: &generator))
            let second = pool.remove(at: Int.random(in: 0..<pool.count, using: &generator))
            pool.append(try first.merged(with: second))
        }
        return pool[0]
    }

    @Test("training on the documents in any order, on 1 or 3 threads, writes the same bytes", arguments: optionSets.indices)
    func anyOrderSameBytes(optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let documents = Self.corpus(count: 120, seed: 1)
        let reference = try Self.bytes(try Self.train(documents, options, threads: 1))
        var generator = SplitMix(seed: 2)
        for threads in [1, 3] {
            #expect(try Self.bytes(try Self.train(documents.shuffled(using: &generator), options, threads: threads)) == reference)
        }
    }

    @Test("shards merged in any random tree give the bytes of training on all", arguments: optionSets.indices)
    func randomShardsRandomTrees(optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let documents = Self.corpus(count: 120, seed: 3)
        let reference = try Self.bytes(try Self.train(documents, options))
        var generator = SplitMix(seed: 4 + UInt64(optionSet))
        for trial in 0..<6 {
            let shards = Self.randomShards(documents, shards: 2 + trial % 4, using: &generator)
            let models = try shards.map { try Self.train($0, options, threads: Int.random(in: 1...3, using: &generator)) }
            let merged = try Self.mergeInRandomTree(models, using: &generator)
            #expect(try Self.bytes(merged) == reference, "trial \(trial): \(shards.map(\.count)) shards")
            #expect(merged.metadata.trainingDataFingerprint == (try Self.train(documents, options)).metadata.trainingDataFingerprint)
        }
    }

    @Test("merge(A, B) and merge(B, A) are the same bytes, and so are the merged files read back and merged again")
    func mergeCommutesThroughFiles() throws {
        let documents = Self.corpus(count: 80, seed: 5)
        var generator = SplitMix(seed: 6)
        let shards = Self.randomShards(documents, shards: 3, using: &generator)
        let models = try shards.map { try Self.train($0, ClassifierOptions()) }
        let ab = try models[0].merged(with: models[1])
        #expect(try Self.bytes(ab) == Self.bytes(try models[1].merged(with: models[0])))
        let location = SourceLocation(path: "shard.ledemodel")
        let reread = try models.map { try TopicModelFile.decode(try Self.bytes($0), location: location) }
        let left = try reread[0].merged(with: reread[1]).merged(with: reread[2])
        let right = try reread[2].merged(with: try reread[1].merged(with: reread[0]))
        #expect(try Self.bytes(left) == Self.bytes(right))
        #expect(try Self.bytes(left) == Self.bytes(try Self.train(documents, ClassifierOptions())))
    }

    @Test("updates with random slices, in any order, give the bytes of training on all", arguments: optionSets.indices)
    func updatesEqualTraining(optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let documents = Self.corpus(count: 100, seed: 7)
        let reference = try Self.bytes(try Self.train(documents, options))
        var generator = SplitMix(seed: 8)
        for _ in 0..<4 {
            let shards = Self.randomShards(documents, shards: 3, using: &generator)
            var model = try Self.train(shards[0], options)
            for shard in shards.dropFirst() { try model.update(with: shard, validation: Self.anyLabelCount) }
            #expect(try Self.bytes(model) == reference)
        }
    }

    @Test("forgetting a random shard gives the bytes of training on the rest, fingerprint included", arguments: optionSets.indices)
    func forgetEqualsTrainingOnTheRest(optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let documents = Self.corpus(count: 100, seed: 9)
        var generator = SplitMix(seed: 10)
        var model = try Self.train(documents, options)
        let shards = Self.randomShards(documents, shards: 3, using: &generator)
        try model.forget(shards[1].shuffled(using: &generator))
        let rest = try Self.train(shards[0] + shards[2], options)
        #expect(try Self.bytes(model) == Self.bytes(rest))
        #expect(model.metadata.trainingDataFingerprint == rest.metadata.trainingDataFingerprint)
    }

    @Test("the vocabulary of a trained, merged or updated model is in byte order of its terms")
    func vocabularyInByteOrder() throws {
        let documents = Self.corpus(count: 60, seed: 11)
        var model = try Self.train(Array(documents.prefix(30)), ClassifierOptions())
        #expect(model.counts.vocabulary.isInTermOrder)
        try model.update(with: Array(documents.dropFirst(30)), validation: Self.anyLabelCount)
        let vocabulary = model.counts.vocabulary
        #expect(vocabulary.isInTermOrder)
        let terms = (0..<vocabulary.count).map { Array(vocabulary.term($0).utf8) }
        #expect(zip(terms, terms.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) })
    }

    @Test("a builder given the documents in random batches builds the bytes of training on them at once", arguments: optionSets.indices)
    func batchesEqualTraining(optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let documents = Self.corpus(count: 100, seed: 12)
        let reference = try Self.bytes(try Self.train(documents, options))
        var generator = SplitMix(seed: 13)
        for _ in 0..<3 {
            var builder = try TopicModelBuilder(options: options, validation: Self.anyLabelCount, threads: Int.random(in: 1...3, using: &generator))
            var rest = documents[...]
            while !rest.isEmpty {
                let size = Int.random(in: 1...30, using: &generator)
                try builder.add(Array(rest.prefix(size)))
                rest = rest.dropFirst(size)
            }
            #expect(try Self.bytes(try builder.build()) == reference)
            #expect(builder.documentsGiven == documents.count)
        }
    }

    @Test("counts made for one version of a model and added to a newer one give the bytes of training on all",
          arguments: optionSets.indices)
    func countsAddedOntoANewerModelEqualTraining(optionSet: Int) throws {
        let options = Self.optionSets[optionSet]
        let documents = Self.corpus(count: 100, seed: 14)
        let reference = try Self.bytes(try Self.train(documents, options))
        var generator = SplitMix(seed: 15)
        for _ in 0..<3 {
            // `lede update` counts shard 2 for the model trained on shard 0; meanwhile another
            // writer adds shard 1; shard 2's counts then go onto that newer model.
            let shards = Self.randomShards(documents, shards: 3, using: &generator)
            let first = try Self.train(shards[0], options)
            var builder = try TopicModelBuilder(countingFor: first, validation: Self.anyLabelCount)
            try builder.add(shards[2])
            var newer = first
            try newer.update(with: shards[1], validation: Self.anyLabelCount)
            let updated = try builder.build(onto: newer)
            #expect(try Self.bytes(updated) == reference)
            #expect(updated.metadata.trainingDataFingerprint == (try Self.train(documents, options)).metadata.trainingDataFingerprint)

            // Onto the version it was made for, it is the in-place update's bytes.
            var again = try TopicModelBuilder(countingFor: first, validation: Self.anyLabelCount)
            try again.add(shards[1])
            var inPlace = first
            try inPlace.update(with: shards[1], validation: Self.anyLabelCount)
            #expect(try Self.bytes(try again.build(onto: first)) == Self.bytes(inPlace))
        }
    }

    @Test("counts are not added onto a model trained with other options, nor onto a compact one")
    func countsRefuseAnotherModel() throws {
        let documents = Self.corpus(count: 40, seed: 16)
        let model = try Self.train(documents, ClassifierOptions())
        var builder = try TopicModelBuilder(countingFor: model, validation: Self.anyLabelCount)
        try builder.add(Array(documents.prefix(10)))
        var words = ClassifierOptions()
        words.features.tokenizer.ngramMax = 1
        #expect(throws: LedeError.self) { try builder.build(onto: try Self.train(documents, words)) }
        #expect(throws: LedeError.self) { try builder.build(onto: model.compacted()) }
        #expect(throws: LedeError.self) { try TopicModelBuilder(countingFor: model.compacted()) }
    }
}
