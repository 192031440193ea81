/// Checks labelled documents before training, at the edge, so that bad data is refused with a
/// message naming the file and line instead of producing a silent, useless model.
///
/// Rules: every document needs a non-empty label; documents with no text are skipped (and
/// counted in ``skippedEmptyDocuments``); a new model needs at least two labels; and every label
/// needs at least ``minimumExamplesPerLabel`` documents.
///
/// A label with one example trains by default, as in scikit-learn and fastText: real training
/// splits have them (Reuters-52's has several), and refusing would drop a topic the data holds.
/// A program can name them from the trained model's documents per label and warn (one may be a
/// typo such as `sport,`); raise ``minimumExamplesPerLabel`` to refuse them instead.
public struct TrainingDataValidator: Sendable {
    /// The fewest documents a label may have. Default 1 (every label trains).
    public var minimumExamplesPerLabel: Int

    /// The documented defaults.
    public init(minimumExamplesPerLabel: Int = 1) {
        self.minimumExamplesPerLabel = minimumExamplesPerLabel
    }

    /// Returns the texts (title and text joined) and labels to train on, or throws the first problem.
    /// Labels already in the model (`existingLabels`) are exempt from the minimum.
    public func check(_ documents: [LabeledDocument], existingLabels: Set<String>) throws -> (texts: [String], labels: [String]) {
        var tally = LabelTally()
        let (texts, labels) = try trainable(documents, tally: &tally)
        try check(tally, existingLabels: existingLabels)
        return (texts, labels)
    }

    /// What the checks that need the whole data set have seen so far: documents given, the
    /// documents kept per label and where each label was first seen.
    public struct LabelTally: Sendable {
        /// Documents given, empty ones included.
        public internal(set) var documentsGiven = 0
        /// Documents skipped because they hold no text.
        public internal(set) var skippedEmpty = 0
        /// Documents kept, per label.
        public internal(set) var perLabel: [String: Int] = [:]
        /// Where each label was first seen.
        public internal(set) var firstSeen: [String: SourceLocation] = [:]
        /// Where the first document came from.
        public internal(set) var firstLocation: SourceLocation?

        /// Nothing seen yet.
        public init() {}
    }

    /// The per-document checks, for one batch of a data set that may come in several: returns
    /// the texts and labels to train on (empty documents skipped) and adds the batch to `tally`,
    /// which ``check(_:existingLabels:)-(LabelTally,_)`` checks once every batch is in. Throws at
    /// a document with no label or an empty one.
    public func trainable(_ documents: [LabeledDocument], tally: inout LabelTally) throws -> (texts: [String], labels: [String]) {
        var texts: [String] = []
        var labels: [String] = []
        texts.reserveCapacity(documents.count)
        labels.reserveCapacity(documents.count)
        if tally.firstLocation == nil { tally.firstLocation = documents.first?.location }
        tally.documentsGiven += documents.count
        // Corpora usually list a label's documents together: a run of one label is counted
        // here and added to `perLabel` when the label changes, instead of hashing every label.
        var runLabel: String?
        var runCount = 0
        for document in documents {
            guard let label = document.label else {
                throw LedeError.missingField(document.location, field: "label")
            }
            let text = document.fullText
            if label != runLabel {
                guard !label.allSatisfy(\.isWhitespace) else {
                    throw LedeError.invalidTrainingData(document.location, reason: "empty label")
                }
            }
            if Self.isBlank(text) {
                tally.skippedEmpty += 1
                continue
            }
            if label != runLabel {
                if let runLabel { tally.perLabel[runLabel, default: 0] += runCount }
                if tally.firstSeen[label] == nil { tally.firstSeen[label] = document.location }
                runLabel = label
                runCount = 0
            }
            runCount += 1
            texts.append(text)
            labels.append(label)
        }
        if let runLabel { tally.perLabel[runLabel, default: 0] += runCount }
        return (texts, labels)
    }

    /// The checks on a whole data set: there are documents, not all empty; a new model gets at
    /// least two labels; every new label has at least ``minimumExamplesPerLabel`` documents.
    public func check(_ tally: LabelTally, existingLabels: Set<String>) throws {
        guard tally.documentsGiven > 0 else {
            throw LedeError.invalidTrainingData(nil, reason: "no labelled documents to train on")
        }
        guard !tally.perLabel.isEmpty else {
            throw LedeError.invalidTrainingData(tally.firstLocation, reason: "every document is empty")
        }
        if existingLabels.isEmpty && tally.perLabel.count < 2 {
            throw LedeError.invalidTrainingData(
                tally.firstLocation,
                reason: "only one label (\(tally.perLabel.keys.first ?? "")) — a topic classifier needs at least two")
        }
        for (label, count) in tally.perLabel.sorted(by: { $0.key < $1.key })
        where count < minimumExamplesPerLabel && !existingLabels.contains(label) {
            throw LedeError.invalidTrainingData(
                tally.firstSeen[label],
                reason: "label \"\(label)\" has only \(count) example\(count == 1 ? "" : "s") (at least \(minimumExamplesPerLabel) required)")
        }
    }

    /// How many documents of `documents` would be skipped because they hold no text.
    public func skippedEmptyDocuments(_ documents: [LabeledDocument]) -> Int {
        documents.count(where: Self.isEmpty)
    }

    /// Whether `document` is skipped because it holds no text (only spaces, tabs and line breaks).
    public static func isEmpty(_ document: LabeledDocument) -> Bool { isBlank(document.fullText) }

    private static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }
}
