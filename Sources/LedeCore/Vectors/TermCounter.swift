/// Counts the terms of documents into a sparse document × term matrix, on every core.
/// Documents are split into contiguous chunks; each chunk is tokenised on its own thread into a
/// chunk-local ``NGramDictionary`` (integer ids, no byte string per n-gram occurrence), and the
/// chunks are merged in document order, so term ids (first-seen order) and counts are identical
/// for any number of threads. Term bytes are spelled out once per distinct term, at the end.
public struct TermCounter: Sendable {
    /// The tokenizer that turns each document into terms.
    public let tokenizer: Tokenizer
    /// Worker threads; results do not depend on it.
    public var threads: Int

    /// Creates a counter using `tokenizer` on `threads` threads.
    public init(tokenizer: Tokenizer, threads: Int = ParallelWork.defaultThreadCount) {
        self.tokenizer = tokenizer
        self.threads = threads
    }

    /// Counts `documents`, adding their unseen terms to `vocabulary` and their statistics to its
    /// document frequencies and totals. Returns counts whose columns are `vocabulary` ids.
    public func countAdding(_ documents: [String], to vocabulary: inout Vocabulary) -> SparseMatrix {
        countAdding(documents, to: &vocabulary, sortingRows: true)
    }

    /// ``countAdding(_:to:)``, optionally leaving each row's entries in first-occurrence order
    /// (deterministic, but not sorted by column) for callers that do not need sorted rows.
    public func countAdding(_ documents: [String], to vocabulary: inout Vocabulary, sortingRows: Bool) -> SparseMatrix {
        let parts = countAdding(documents, to: &vocabulary, keepingRows: true, sortingRows: sortingRows)
        guard var matrix = parts.first else { return SparseMatrix(columnCount: vocabulary.count) }
        // Room for every part's rows at once: growing by doubling would copy the entries into
        // freshly faulted pages several times over.
        let entryCount = parts.reduce(0) { $0 + $1.storedCount }
        matrix.columnIndices.reserveCapacity(entryCount)
        matrix.values.reserveCapacity(entryCount)
        matrix.rowOffsets.reserveCapacity(documents.count + 1)
        for part in parts.dropFirst() { matrix.appendRows(of: part) }
        return matrix
    }

    /// ``countAdding(_:to:sortingRows:)`` with the rows left in consecutive parts, as the
    /// threads counted them: the rows of `parts[k]` follow those of `parts[k - 1]`, and all have
    /// the vocabulary's column count. For callers that only walk the rows, this saves copying
    /// them into one matrix (20 Newsgroups' training set: 6 ms of a 0.4 s training, one thread
    /// writing 4 MB of new pages while the other waited).
    ///
    /// With `inTermOrder`, an empty `vocabulary` gets its terms numbered in byte order
    /// (``Vocabulary/isInTermOrder``) instead of first-seen order, and the columns follow: the
    /// canonical order of a new model, found from the words' ranks where it can be (see
    /// `NGramDictionary.termOrderByWords()`), with no second pass over the counts. A vocabulary
    /// that already has terms is extended as without it.
    public func countAddingInParts(
        _ documents: [String], to vocabulary: inout Vocabulary, sortingRows: Bool, inTermOrder: Bool = false
    ) -> [SparseMatrix] {
        countAdding(documents, to: &vocabulary, keepingRows: true, sortingRows: sortingRows, inTermOrder: inTermOrder)
    }

    /// Adds the unseen terms of `documents` to `vocabulary` and their statistics to its document
    /// frequencies and totals, as ``countAdding(_:to:)`` does, without keeping the count matrix:
    /// what fitting a vocabulary needs, in less time and memory.
    public func addStatistics(of documents: [String], to vocabulary: inout Vocabulary) {
        _ = countAdding(documents, to: &vocabulary, keepingRows: false, sortingRows: false)
    }

    /// The inverse of a renumbering: given `order` (`order[n]` is the old id that becomes `n`),
    /// the new id of each old id.
    private static func newIDs<Order: Collection<Int>>(order: Order) -> [Int32] {
        var newID = [Int32](repeating: 0, count: order.count)
        for (id, old) in order.enumerated() { newID[old] = Int32(id) }
        return newID
    }

    /// The counts of `documents` in one part per chunk counted (none when there are no
    /// documents), over `vocabulary`'s ids; `vocabulary` gets the unseen terms and the statistics.
    private func countAdding(
        _ documents: [String], to vocabulary: inout Vocabulary, keepingRows: Bool, sortingRows: Bool,
        inTermOrder: Bool = false
    ) -> [SparseMatrix] {
        let chunks = Self.chunks(of: documents, parts: threads)
        var partials = ParallelWork.map(count: chunks.count, threads: threads) { chunk in
            countWithLocalDictionary(documents[chunks[chunk]], keepingRows: keepingRows)
        }
        guard !partials.isEmpty else { return [] }
        // Merge the chunks' dictionaries in document order; the counts stay in their parts.
        // Each chunk is taken out of `partials` so that it is uniquely owned (no copy on write).
        var (dictionary, first, frequencies, totals) = take(&partials, 0).parts
        var parts = [first]
        // Each later part's columns go from its chunk's ids to the merged dictionary's, and then
        // perhaps on to the vocabulary's: the two renamings are composed on the (short) mappings,
        // and the (long) columns renamed once, at the end.
        var partMappings: [[Int32]?] = [nil]
        for index in partials.indices.dropFirst() {
            let partial = take(&partials, index)
            let mapping = dictionary.merge(partial.dictionary, threads: threads)
            frequencies.append(contentsOf: repeatElement(0, count: dictionary.termCount - frequencies.count))
            totals.append(contentsOf: repeatElement(0, count: dictionary.termCount - totals.count))
            for local in mapping.indices {
                frequencies[Int(mapping[local])] += partial.frequencies[local]
                totals[Int(mapping[local])] += partial.totals[local]
            }
            guard keepingRows else { continue }
            parts.append(partial.counts)
            partMappings.append(mapping)
        }
        // Where each of the merged dictionary's terms goes in the vocabulary (nil: the same id).
        var vocabularyMapping: [Int32]?
        if vocabulary.count == 0 {
            if inTermOrder, let order = dictionary.termOrderByWords() {
                let terms = dictionary.termTable(threads: threads, order: order)
                dictionary = NGramDictionary(tokenizer: tokenizer, capacity: 0)  // its memory is not needed past here
                vocabulary.adopt(terms)
                vocabulary.record(
                    documentCount: documents.count, frequencies: order.map { frequencies[Int($0)] },
                    totals: order.map { totals[Int($0)] }, mapping: nil)
                vocabularyMapping = Self.newIDs(order: order.lazy.map { Int($0) })
            } else {
                let terms = dictionary.termTable(threads: threads)
                dictionary = NGramDictionary(tokenizer: tokenizer, capacity: 0)
                vocabulary.adopt(terms)
                vocabulary.record(documentCount: documents.count, frequencies: frequencies, totals: totals, mapping: nil)
                if inTermOrder, let (sorted, order) = vocabulary.inTermOrder(threads: threads) {
                    // A word the space-joined ranking cannot order: the spellings are sorted.
                    vocabulary = sorted
                    vocabularyMapping = Self.newIDs(order: order)
                }
            }
        } else {
            let terms = dictionary.termTable(threads: threads)
            dictionary = NGramDictionary(tokenizer: tokenizer, capacity: 0)
            let mapping = merge(terms, into: &vocabulary)
            vocabulary.record(documentCount: documents.count, frequencies: frequencies, totals: totals, mapping: mapping)
            vocabularyMapping = mapping
        }
        for index in parts.indices {
            let mapping: [Int32]? = switch (partMappings[index], vocabularyMapping) {
            case (nil, let second): second
            case (let first?, nil): first
            case (let first?, let second?): first.map { second[Int($0)] }
            }
            if let mapping { parts[index].renameColumns(mapping) }
            parts[index].columnCount = vocabulary.count
            if sortingRows { parts[index].sortColumnsWithinRows(threads: threads) }
        }
        return parts
    }

    /// Chunk `index` of `partials`, leaving an empty one in its place.
    private func take(_ partials: inout [ChunkCounts], _ index: Int) -> ChunkCounts {
        let partial = partials[index]
        partials[index] = ChunkCounts(
            dictionary: NGramDictionary(tokenizer: tokenizer, capacity: 0), counts: SparseMatrix(columnCount: 0),
            frequencies: [], totals: [])
        return partial
    }

    /// Vocabulary ids for every key of `terms`, inserting the unseen ones in `terms`' order.
    /// Known keys are looked up in groups on all threads first
    /// (``ByteStringTable/ids(ofKeysOf:threads:)``); only the new ones are inserted serially.
    private func merge(_ terms: ByteStringTable, into vocabulary: inout Vocabulary) -> [Int32] {
        var mapping = vocabulary.terms.ids(ofKeysOf: terms, threads: threads)
        for local in 0..<terms.count where mapping[local] < 0 {
            mapping[local] = Int32(terms.withBytes(of: local) { vocabulary.insert($0) })
        }
        return mapping
    }

    /// Counts only the terms `vocabulary` knows (others are ignored); the vocabulary is unchanged.
    public func count(_ documents: [String], in vocabulary: Vocabulary) -> SparseMatrix {
        countKnown(documents, in: vocabulary).matrix
    }

    /// Counts known terms and also reports, per document, how many term occurrences it had in
    /// all (known or not), so callers can tell an all-unknown document from an empty one.
    public func countKnown(_ documents: [String], in vocabulary: Vocabulary) -> (matrix: SparseMatrix, termOccurrences: [Int]) {
        let chunks = Self.chunks(of: documents, parts: threads)
        var partials = ParallelWork.map(count: chunks.count, threads: threads) { chunk in
            countWithFixedDictionary(documents[chunks[chunk]], vocabulary.terms)
        }
        guard !partials.isEmpty else { return (SparseMatrix(columnCount: vocabulary.count), []) }
        // The first chunk's rows are the start of the result (its arrays were reserved with room
        // to spare); each later chunk is appended and released at once, so the rows are never
        // held twice over.
        var (matrix, occurrences) = partials[0]
        partials[0] = (SparseMatrix(columnCount: 0), [])
        occurrences.reserveCapacity(documents.count)
        for index in partials.indices.dropFirst() {
            let partial = partials[index]
            partials[index] = (SparseMatrix(columnCount: 0), [])
            matrix.appendRows(of: partial.counts)
            occurrences.append(contentsOf: partial.occurrences)
        }
        return (matrix, occurrences)
    }

    /// Consecutive ranges of `documents` (in the slice's indices) of about `bytes` bytes of text
    /// each: a range ends with the document that brings it to `bytes` or more, so each holds at
    /// least one document. How batches of documents are cut for work that stays in cache.
    public static func runs(of documents: ArraySlice<String>, bytes: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = documents.startIndex
        var size = 0
        for index in documents.indices {
            size += documents[index].utf8.count
            if size >= bytes {
                runs.append(start..<(index + 1))
                start = index + 1
                size = 0
            }
        }
        if start < documents.endIndex { runs.append(start..<documents.endIndex) }
        return runs
    }

    /// Contiguous ranges of `documents` with about equal numbers of bytes, one per part, so that
    /// no thread is left with the long documents while the others wait.
    static func chunks(of documents: [String], parts: Int) -> [Range<Int>] {
        guard documents.count > 1, parts > 1 else { return ParallelWork.ranges(total: documents.count, parts: 1) }
        let total = documents.reduce(0) { $0 + $1.utf8.count }
        var ranges: [Range<Int>] = []
        var start = 0
        var seen = 0
        for (index, document) in documents.enumerated() {
            seen += document.utf8.count
            let part = ranges.count + 1
            if part < parts, seen * parts >= total * part, index + 1 < documents.count {
                ranges.append(start..<(index + 1))
                start = index + 1
            }
        }
        ranges.append(start..<documents.count)
        return ranges
    }

    /// One chunk's dictionary, statistics and, when `keepingRows`, its rows over the dictionary's ids.
    private func countWithLocalDictionary(_ documents: ArraySlice<String>, keepingRows: Bool) -> ChunkCounts {
        let bytes = documents.reduce(0) { $0 + $1.utf8.count }
        var dictionary = NGramDictionary(tokenizer: tokenizer, capacity: Self.capacity(forBytes: bytes))
        let accumulator = RowAccumulator()
        var counts = SparseMatrix(columnCount: 0)
        var frequencies: [Int] = []
        var totals: [Int] = []
        frequencies.reserveCapacity(Self.capacity(forBytes: bytes))
        totals.reserveCapacity(Self.capacity(forBytes: bytes))
        if keepingRows {
            counts.rowOffsets.reserveCapacity(documents.count + 1)
            counts.columnIndices.reserveCapacity(entryBound(forBytes: bytes))
            counts.values.reserveCapacity(entryBound(forBytes: bytes))
        }
        for document in documents {
            dictionary.forEachTerm(in: document, tokenizer: tokenizer) { accumulator.add($0) }
            let known = frequencies.count
            frequencies.append(contentsOf: repeatElement(0, count: dictionary.termCount - known))
            totals.append(contentsOf: repeatElement(0, count: dictionary.termCount - known))
            accumulator.addStatistics(to: &frequencies, totals: &totals)
            if keepingRows {
                accumulator.flush(into: &counts)
            } else {
                accumulator.clear()
            }
        }
        if keepingRows { counts.columnCount = dictionary.termCount }
        return ChunkCounts(dictionary: dictionary, counts: counts, frequencies: frequencies, totals: totals)
    }

    /// Counts the terms of `documents` that `table` knows, with each document's number of term
    /// occurrences. Terms are first numbered in a local dictionary (integer work per occurrence);
    /// each distinct term is then looked up in `table` once. Documents go in batches of about a
    /// megabyte of text, so the local dictionary and the batch's rows stay small (in cache, and
    /// off the peak memory of prediction: 4 MB batches of a word-pair model over 20 Newsgroups'
    /// test set peaked 14 MB higher, and were no faster); rows do not depend on the batching.
    private func countWithFixedDictionary(
        _ documents: ArraySlice<String>, _ table: ByteStringTable
    ) -> (counts: SparseMatrix, occurrences: [Int]) {
        var result = SparseMatrix(columnCount: table.count)
        result.rowOffsets.reserveCapacity(documents.count + 1)
        let chunkBytes = documents.reduce(0) { $0 + $1.utf8.count }
        result.columnIndices.reserveCapacity(entryBound(forBytes: chunkBytes))
        result.values.reserveCapacity(entryBound(forBytes: chunkBytes))
        var occurrences: [Int] = []
        occurrences.reserveCapacity(documents.count)
        let spellings = ByteScratch(capacity: min(chunkBytes, Self.batchBytes) + 64)
        var spellingStarts: [Int] = []
        for run in Self.runs(of: documents, bytes: Self.batchBytes) {
            let batch = documents[run]
            let bytes = batch.reduce(0) { $0 + $1.utf8.count }
            var dictionary = NGramDictionary(tokenizer: tokenizer, capacity: Self.capacity(forBytes: bytes))
            let accumulator = RowAccumulator()
            var local = SparseMatrix(columnCount: 0)
            local.rowOffsets.reserveCapacity(batch.count + 1)
            local.columnIndices.reserveCapacity(entryBound(forBytes: bytes))
            local.values.reserveCapacity(entryBound(forBytes: bytes))
            for document in batch {
                var total = 0
                dictionary.forEachTerm(in: document, tokenizer: tokenizer) { term in
                    total += 1
                    accumulator.add(term)
                }
                occurrences.append(total)
                accumulator.flush(into: &local)
            }
            let mapping = Self.tableIDs(of: dictionary, in: table, spellings: spellings, starts: &spellingStarts)
            local.columnCount = dictionary.termCount
            result.appendRows(of: local.remappingColumns(mapping, columnCount: table.count))
        }
        return (result, occurrences)
    }

    /// The id in `table` of each term of `dictionary` (-1 when absent). The terms are spelled
    /// end to end into `spellings` (offsets in `starts`) and looked up in groups, whose cache
    /// misses overlap (``ByteStringTable/ids(ofKeysIn:starts:into:)``).
    private static func tableIDs(
        of dictionary: NGramDictionary, in table: ByteStringTable, spellings: ByteScratch, starts: inout [Int]
    ) -> [Int32] {
        dictionary.spellTerms(into: spellings, ends: &starts)
        let arena = UnsafeBufferPointer(start: UnsafePointer(spellings.base), count: spellings.count)
        return [Int32](unsafeUninitializedCapacity: dictionary.termCount) { ids, initialized in
            starts.withUnsafeBufferPointer { starts in
                table.ids(ofKeysIn: arena, starts: starts, into: ids)
            }
            initialized = dictionary.termCount
        }
    }

    /// Text per batch of ``countWithFixedDictionary(_:_:)``: 1 MB.
    private static let batchBytes = 1 << 20

    /// A starting size for a chunk's dictionary: about one distinct term per 16 bytes of text,
    /// within bounds (a title needs a few slots; a corpus grows the tables as it goes).
    private static func capacity(forBytes bytes: Int) -> Int {
        min(max(16, bytes / 16), 1 << 18)
    }

    /// A generous bound on the matrix entries of `bytes` of text (a distinct term per two bytes
    /// per n-gram length), to reserve up front: reserved pages that are never written cost
    /// nothing, while growing an array copies it into freshly faulted pages.
    private func entryBound(forBytes bytes: Int) -> Int {
        let lengths = tokenizer.options.ngramMax - tokenizer.options.ngramMin + 1
        return bytes / 2 * lengths + 16
    }
}

/// What one chunk of documents counted: its dictionary, its rows over the dictionary's term
/// ids, and each term's document frequency and total count.
private struct ChunkCounts {
    var dictionary: NGramDictionary
    var counts: SparseMatrix
    var frequencies: [Int]
    var totals: [Int]

    /// The four parts, for taking apart.
    var parts: (NGramDictionary, SparseMatrix, [Int], [Int]) { (dictionary, counts, frequencies, totals) }
}

/// Accumulates one document's term counts, then appends them as a row in first-occurrence
/// order. A small hash table keyed by term id (a document has a few hundred distinct terms)
/// stays in the L1 cache, where a counter per vocabulary id missed it on every rare term.
///
/// It is called once per term occurrence, so its tables are raw memory it owns: kept in Swift
/// arrays, every counter update paid a call to check the array was not shared.
private final class RowAccumulator {
    /// Open-addressing slots: the term id held, or -1; and its count.
    private var keys: UnsafeMutablePointer<Int32>
    private var slotCounts: UnsafeMutablePointer<Int32>
    private var capacity: Int
    /// Ids in first-occurrence order, and the slot of each (at most half the slots are used).
    private var touched: UnsafeMutablePointer<Int32>
    private var touchedSlots: UnsafeMutablePointer<Int32>
    private var touchedCount = 0

    init() {
        capacity = 1024
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: -1, count: capacity)
        slotCounts = .allocate(capacity: capacity)
        slotCounts.initialize(repeating: 0, count: capacity)
        touched = .allocate(capacity: capacity / 2 + 1)
        touchedSlots = .allocate(capacity: capacity / 2 + 1)
    }

    deinit {
        keys.deallocate()
        slotCounts.deallocate()
        touched.deallocate()
        touchedSlots.deallocate()
    }

    @inline(__always)
    func add(_ id: Int) {
        let key = Int32(truncatingIfNeeded: id)
        let mask = capacity - 1
        var index = Self.home(key) & mask
        while true {
            let held = keys[index]
            if held == key {
                slotCounts[index] += 1
                return
            }
            if held < 0 { break }
            index = (index + 1) & mask
        }
        keys[index] = key
        slotCounts[index] = 1
        touched[touchedCount] = key
        touchedSlots[touchedCount] = Int32(index)
        touchedCount += 1
        if touchedCount * 2 > capacity { grow() }
    }

    /// Adds one to the document frequency of each term of the document and its count to the
    /// term's total; the document is kept.
    func addStatistics(to frequencies: inout [Int], totals: inout [Int]) {
        let ahead = Prefetch.entriesAhead
        frequencies.withUnsafeMutableBufferPointer { frequencies in
            totals.withUnsafeMutableBufferPointer { totals in
                for position in 0..<touchedCount {
                    // Both arrays are as long as the chunk's terms: fetch a later term's entries early.
                    if position + ahead < touchedCount {
                        let later = Int(touched[position + ahead])
                        Prefetch.line(at: frequencies.baseAddress! + later)
                        Prefetch.line(at: totals.baseAddress! + later)
                    }
                    let term = Int(touched[position])
                    frequencies[term] += 1
                    totals[term] += Int(slotCounts[Int(touchedSlots[position])])
                }
            }
        }
    }

    /// Appends the document as a row of `matrix`, then clears it.
    func flush(into matrix: inout SparseMatrix) {
        for position in 0..<touchedCount {
            matrix.columnIndices.append(touched[position])
            matrix.values.append(Float(slotCounts[Int(touchedSlots[position])]))
        }
        matrix.rowOffsets.append(matrix.columnIndices.count)
        clear()
    }

    /// Forgets the document, ready for the next.
    func clear() {
        for position in 0..<touchedCount { keys[Int(touchedSlots[position])] = -1 }
        touchedCount = 0
    }

    /// A multiplicative hash with its high bits folded down, so ids that differ only in their
    /// high bits do not share a home slot.
    @inline(__always)
    private static func home(_ key: Int32) -> Int {
        let product = UInt32(bitPattern: key) &* 0x9E37_79B1
        return Int(product ^ (product >> 15))
    }

    /// Doubles the slots and re-places the document's terms.
    private func grow() {
        let newCapacity = capacity * 2
        let newKeys = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        newKeys.initialize(repeating: -1, count: newCapacity)
        let newCounts = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        newCounts.initialize(repeating: 0, count: newCapacity)
        let newTouched = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity / 2 + 1)
        let newTouchedSlots = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity / 2 + 1)
        let mask = newCapacity - 1
        for position in 0..<touchedCount {
            let key = touched[position]
            var index = Self.home(key) & mask
            while newKeys[index] >= 0 { index = (index + 1) & mask }
            newKeys[index] = key
            newCounts[index] = slotCounts[Int(touchedSlots[position])]
            newTouched[position] = key
            newTouchedSlots[position] = Int32(index)
        }
        keys.deallocate()
        slotCounts.deallocate()
        touched.deallocate()
        touchedSlots.deallocate()
        (keys, slotCounts, touched, touchedSlots, capacity) = (newKeys, newCounts, newTouched, newTouchedSlots, newCapacity)
    }
}
