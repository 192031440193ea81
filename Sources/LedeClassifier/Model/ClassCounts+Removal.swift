/// Taking trained documents back out of the counts: the inverse of ``ClassCounts/add(texts:labels:features:threads:)``.
extension ClassCounts {
    /// Why documents cannot be taken out of the counts. `document` is an index into the texts given.
    public enum RemovalProblem: Error, Equatable {
        /// The document's label is not one of the model's.
        case unknownLabel(document: Int, label: String)
        /// The document has a term the vocabulary never held: it was not trained here (or the
        /// model was compacted, which dropped terms).
        case unknownTerm(document: Int, term: String)
        /// More documents of `label` than the model was trained on.
        case moreDocumentsThanTrained(label: String, trained: Int, removing: Int)
        /// A document frequency, term total or class sum would fall below zero: the documents
        /// were not all trained here.
        case countsBelowZero
    }

    /// The counts without the given labelled documents (texts, title and text joined, with their
    /// labels; `features` must be the options the model was created with). The result equals
    /// counting the rest of the training data alone, exactly (integer sums): a label left
    /// with no documents goes, and so do terms no remaining document holds. Counts cannot tell
    /// every document never trained here — one of known words with a known label passes these
    /// checks — but one with an unseen term or an unknown label is refused, as is any removal
    /// that would leave a count below zero.
    public func removing(
        texts: [String], labels documentLabels: [String], features: VectorizerOptions,
        threads: Int = ParallelWork.defaultThreadCount
    ) throws(RemovalProblem) -> ClassCounts {
        precondition(texts.count == documentLabels.count)
        let classIndex = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var rowsOfClass = [[Int]](repeating: [], count: labels.count)
        for (row, label) in documentLabels.enumerated() {
            guard let c = classIndex[label] else { throw .unknownLabel(document: row, label: label) }
            rowsOfClass[c].append(row)
        }
        for c in labels.indices where rowsOfClass[c].count > documentsPerClass[c] {
            throw .moreDocumentsThanTrained(label: labels[c], trained: documentsPerClass[c], removing: rowsOfClass[c].count)
        }
        let tokenizer = Tokenizer(options: features.tokenizer)
        let (counted, occurrences) = TermCounter(tokenizer: tokenizer, threads: threads).countKnown(texts, in: vocabulary)
        for row in 0..<counted.rowCount {
            let known = counted.values[counted.entries(ofRow: row)].reduce(0) { $0 + Int($1) }
            if known < occurrences[row] {
                let unseen = tokenizer.terms(texts[row]).first { vocabulary.id(of: $0) == nil } ?? ""
                throw .unknownTerm(document: row, term: unseen)
            }
        }
        var remaining = vocabulary
        guard remaining.subtractStatistics(of: counted) else { throw .countsBelowZero }

        var sums = termSums
        var perClass = documentsPerClass
        var accumulator = [Int64](repeating: 0, count: vocabulary.count)
        try accumulator.withUnsafeMutableBufferPointer { (dense) throws(RemovalProblem) in
            var touched: [UInt32] = []
            for c in labels.indices where !rowsOfClass[c].isEmpty {
                for row in rowsOfClass[c] {
                    guard Self.accumulate(
                        row: row, of: counted, tfidf: features.tfidf, subtracting: true, into: dense, touched: &touched)
                    else { throw .countsBelowZero }
                }
                // The very units adding added, taken away: a sum only these documents made
                // becomes exactly zero and goes, and one that would fall below zero proves
                // the documents were not all trained here.
                let change = ClassUnits(class: c, collecting: &touched, from: dense)
                do {
                    try sums.add(toClass: c, ids: change.ids, units: change.units)
                } catch {
                    throw .countsBelowZero
                }
                perClass[c] -= rowsOfClass[c].count
            }
        }
        var keptLabels = labels
        for c in labels.indices.reversed() where perClass[c] == 0 {
            keptLabels.remove(at: c)
            perClass.remove(at: c)
            sums.removeClass(at: c)
        }
        // Shapes agree by construction, so this cannot throw.
        let result = try! ClassCounts(labels: keptLabels, documentsPerClass: perClass, termSums: sums, vocabulary: remaining)
        let keep = remaining.documentFrequencies.map { $0 > 0 }
        return keep.contains(false) ? result.keepingTerms(keep) : result
    }
}
