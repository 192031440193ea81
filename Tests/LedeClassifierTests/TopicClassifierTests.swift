import Foundation
import Testing
import LedeClassifier

@Suite("Topic classifier: update, merge, determinism, statuses")
struct TopicClassifierTests {
    static var options: ClassifierOptions {
        var options = ClassifierOptions()
        options.features.minDocumentFrequency = .count(1)
        return options
    }

    static func expectSameModel(_ a: TopicClassifier, _ b: TopicClassifier, texts: [String] = ClassifierFixtures.probes) {
        #expect(a.labels == b.labels)
        #expect(a.counts.documentsPerClass == b.counts.documentsPerClass)
        #expect(a.weights.featureCount == b.weights.featureCount)
        #expect(a.predict(texts).map(\.label) == b.predict(texts).map(\.label))
        for (left, right) in zip(a.logProbabilities(texts), b.logProbabilities(texts)) {
            #expect(left.count == right.count)
            for (x, y) in zip(left, right) { #expect(abs(x - y) <= 1e-4) }
        }
    }

    @Test("update with more documents equals training on the union", arguments: NaiveBayesVariant.allCases)
    func updateEqualsUnion(variant: NaiveBayesVariant) throws {
        var options = Self.options
        options.variant = variant
        let all = ClassifierFixtures.threeTopics
        var model = try TopicClassifier.train(on: Array(all.prefix(9)), options: options)
        try model.update(with: Array(all.dropFirst(9)))
        let union = try TopicClassifier.train(on: all, options: options)
        Self.expectSameModel(model, union)
        #expect(model.counts.vocabulary == union.counts.vocabulary)
        #expect(model.metadata.trainingDataFingerprint == union.metadata.trainingDataFingerprint)
    }

    @Test("update may bring new labels and new words")
    func updateWithNewLabelAndWords() throws {
        let base = ClassifierFixtures.threeTopics
        let extra = ClassifierFixtures.documents(ClassifierFixtures.politics, label: "politics")
        var model = try TopicClassifier.train(on: base, options: Self.options)
        #expect(model.counts.vocabulary.id(of: "minister") == nil)
        try model.update(with: extra)
        #expect(model.labels == ["business", "politics", "sport", "tech"])
        #expect(model.counts.vocabulary.id(of: "minister") != nil)
        #expect(model.predict(["The minister lost the parliamentary vote."])[0].label == "politics")
        Self.expectSameModel(model, try TopicClassifier.train(on: base + extra, options: Self.options))
    }

    @Test("merging models of disjoint shards equals training on both")
    func mergeEqualsUnion() throws {
        let all = ClassifierFixtures.threeTopics + ClassifierFixtures.documents(ClassifierFixtures.politics, label: "politics")
        let left = try TopicClassifier.train(on: Array(all.prefix(10)), options: Self.options)
        let right = try TopicClassifier.train(
            on: Array(all.dropFirst(10)), options: Self.options, validation: TrainingDataValidator(minimumExamplesPerLabel: 1))
        let merged = try left.merged(with: right)
        Self.expectSameModel(merged, try TopicClassifier.train(on: all, options: Self.options))
    }

    @Test("merging models trained with different options is refused")
    func mergeRefusesDifferentOptions() throws {
        var other = Self.options
        other.alpha = 0.5
        let a = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        let b = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: other)
        #expect(throws: LedeError.self) { try a.merged(with: b) }
    }

    @Test("training twice, and on 1 or 2 threads, writes byte-identical model files")
    func modelFilesAreReproducible() throws {
        setenv("SOURCE_DATE_EPOCH", "1700000000", 1)
        let documents = ClassifierFixtures.threeTopics
        let once = try TopicModelFile.encode(TopicClassifier.train(on: documents, options: Self.options, threads: 1))
        let again = try TopicModelFile.encode(TopicClassifier.train(on: documents, options: Self.options, threads: 1))
        let twoThreads = try TopicModelFile.encode(TopicClassifier.train(on: documents, options: Self.options, threads: 2))
        #expect(once == again)
        #expect(once == twoThreads)
    }

    @Test("on a vocabulary of tens of thousands of features (weights derived in blocks on several threads), 1, 2 or 3 threads write byte-identical model files")
    func largeModelFilesDoNotDependOnThreads() throws {
        setenv("SOURCE_DATE_EPOCH", "1700000000", 1)
        // 600 documents of 4 topics; each uses topic words and its own rare made-up words, so
        // that the vocabulary (with word pairs) runs to tens of thousands of terms.
        let topics = ["market shares profit", "match goal striker", "vote minister party", "chip software phone"]
        let documents = (0..<600).map { index -> LabeledDocument in
            let topic = index % topics.count
            let rare = (0..<40).map { "w\((index * 131 + $0 * 7919) % 50_000)" }.joined(separator: " ")
            return LabeledDocument(
                label: "topic\(topic)", text: topics[topic] + " " + rare + " " + topics[topic],
                location: SourceLocation(path: "synthetic.jsonl", line: index + 1))
        }
        var options = Self.options
        options.features.tokenizer.ngramMax = 2
        let files = try [1, 2, 3].map { threads in
            try TopicModelFile.encode(TopicClassifier.train(on: documents, options: options, threads: threads))
        }
        let model = try TopicClassifier.train(on: documents, options: options, threads: 1)
        #expect(model.weights.featureCount * model.labels.count >= 1 << 16)
        #expect(files[0] == files[1])
        #expect(files[0] == files[2])
    }

    @Test("a batch large enough to be ranked on several threads gets the same predictions, in order, on 1, 2 or 3 threads")
    func largeBatchPredictionsDoNotDependOnThreads() throws {
        var model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        // Over 4,096 texts (the size ranked in parts), each different: the probes and texts of
        // unknown words, each with its own number.
        let kinds = ClassifierFixtures.probes + ["", "zzqx blorf"]
        let texts = (0..<5_000).map { "\(kinds[$0 % kinds.count]) \($0)" }
        model.threads = 1
        let serial = model.predict(texts, topK: 3)
        #expect(serial.count == texts.count)
        #expect(Set(serial.map(\.label)).count > 1)
        for threads in [2, 3] {
            model.threads = threads
            #expect(model.predict(texts, topK: 3) == serial, "\(threads) threads")
        }
    }

    @Test("a batch of several megabytes, predicted in one-megabyte runs on two threads, gets the predictions and log-probabilities one thread gives the whole batch, and each text the prediction it gets alone")
    func predictionsDoNotDependOnRuns() throws {
        var model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        // About 3 MB: each text repeats one probe (or unknown words) and carries its own number.
        let kinds = ClassifierFixtures.probes + ["", "zzqx blorf"]
        let texts = (0..<3_000).map { index in
            Array(repeating: kinds[index % kinds.count], count: 24).joined(separator: " ") + " \(index)"
        }
        #expect(texts.reduce(0) { $0 + $1.utf8.count } > 2 << 20)
        model.threads = 1
        let whole = model.predict(texts, topK: 3)
        let wholeLogProbabilities = model.logProbabilities(texts)
        #expect(Set(whole.map(\.label)).count > 1)
        model.threads = 2
        #expect(model.predict(texts, topK: 3) == whole)
        #expect(model.logProbabilities(texts) == wholeLogProbabilities)
        for index in stride(from: 0, to: texts.count, by: 97) {
            #expect(model.predict([texts[index]], topK: 3) == [whole[index]], "text \(index)")
        }
    }

    @Test("a document of unknown words is no_known_terms and one without words is empty")
    func weakPredictionStatuses() throws {
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        let predictions = model.predict(["Zebra quokka xylophone.", " ... !!! ", "The striker scored a goal."])
        #expect(predictions[0].status == .noKnownTerms)
        #expect(predictions[0].coverage == 0)
        #expect(predictions[1].status == .empty)
        #expect(predictions[2].status == .ok)
        #expect(predictions[2].label == "sport")
        #expect(predictions[2].coverage > 0 && predictions[2].coverage <= 1)
    }

    @Test("with a threshold, ranked keeps only the labels that reach it, and a best label below it is uncertain")
    func thresholdKeepsLabelsThatReachIt() throws {
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        let texts = ClassifierFixtures.probes + [" ... "]
        let plain = model.predict(texts, topK: 3)
        #expect(model.predict(texts, topK: 3, threshold: 0) == plain)
        for (index, prediction) in plain.enumerated() {
            let top = prediction.ranked[0].probability, second = prediction.ranked[1].probability
            // Between the best and the runner-up: only the best label is listed, and it stands.
            // (A text without known terms has all labels equally likely: all three reach it.)
            let between = model.predict([texts[index]], topK: 3, threshold: (top + second) / 2)[0]
            let listed = top > second ? [prediction.ranked[0]] : prediction.ranked
            #expect(between.label == prediction.label && between.ranked == listed, "text \(index)")
            #expect(between.status == prediction.status, "text \(index)")
            // Above the best: the label is still the best guess, but marked uncertain when the
            // text had known terms; empty and unknown texts keep their own status.
            let above = model.predict([texts[index]], topK: 3, threshold: min(1, top + 1e-6))[0]
            #expect(above.label == prediction.label && above.ranked == [prediction.ranked[0]], "text \(index)")
            #expect(above.status == (prediction.status == .ok ? .uncertain : prediction.status), "text \(index)")
        }
        #expect(plain.map(\.status).contains(.ok) && plain.map(\.status).contains(.empty))
        #expect(plain.map(\.status).contains(.noKnownTerms))
        #expect(plain.contains { $0.status == .ok && $0.ranked[0].probability > $0.ranked[1].probability })
    }

    @Test("probabilities of the ranked labels are sorted and sum to at most 1", arguments: [1, 3])
    func rankedProbabilities(topK: Int) throws {
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        for prediction in model.predict(ClassifierFixtures.probes, topK: topK) {
            #expect(prediction.ranked.count == topK)
            #expect(prediction.ranked.map(\.probability) == prediction.ranked.map(\.probability).sorted(by: >))
            #expect(prediction.ranked.reduce(0) { $0 + $1.probability } <= 1 + 1e-9)
        }
    }

    @Test("the probes of the fixture corpus are classified as their topic")
    func fixtureProbes() throws {
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        #expect(model.predict(Array(ClassifierFixtures.probes.prefix(3))).map(\.label) == ["sport", "business", "tech"])
    }

    @Test("explanation contributions sum to the score difference of chosen and runner-up")
    func explanationSumsToScoreDifference() throws {
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        let text = ClassifierFixtures.probes[1]
        let (prediction, terms) = TopicExplanation.explain(text, with: model, count: 10_000)
        let scores = model.scores(of: model.featureRows([text]).rows)
        let chosen = try #require(model.labels.firstIndex(of: prediction.label))
        let runnerUp = try #require(model.labels.firstIndex(of: prediction.ranked[1].label))
        let difference = Double(scores[0, chosen] - scores[0, runnerUp])
        #expect(!terms.isEmpty)
        #expect(abs(terms.reduce(0) { $0 + $1.weight } - difference) < 1e-4)
        #expect(terms.map(\.weight) == terms.map(\.weight).sorted(by: >))
    }

    @Test("top terms of a class are words of that class")
    func topTermsBelongToClass() throws {
        let model = try TopicClassifier.train(on: ClassifierFixtures.threeTopics, options: Self.options)
        let top = TopicExplanation.topTerms(of: model, count: 5)
        #expect(top["business"]?.contains { $0.term == "profits" } == true)
    }
}

@Suite("Tokenizer address option used by the classifier defaults")
struct AddressTokenTests {
    @Test("with keepAddresses, e-mail addresses and host names are one term each")
    func addressesStayWhole() {
        var options = TokenizerOptions()
        options.stopWords = .none
        options.keepAddresses = true
        let words = Tokenizer(options: options).words("Mail jo@cs.example.edu or see news.example.org. Price 4.95 now")
        #expect(words == ["mail", "jo@cs.example.edu", "or", "see", "news.example.org", "price", "4.95", "now"])
        #expect(Tokenizer(options: TokenizerOptions()).words("see news.example.org") == ["see", "news", "example", "org"])
    }
}
