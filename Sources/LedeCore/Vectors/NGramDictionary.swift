/// The terms of a batch of documents as integer ids, built without a byte string per n-gram
/// occurrence: words get ids from a byte-string table, and an n-gram is named by the pair (its
/// first n − 1 words, its last word) in an ``IDPairTable``. Terms (the n-grams within the
/// tokenizer's n-gram range) are numbered in first-seen order, exactly as inserting each emitted
/// term's bytes into a ``ByteStringTable`` would number them; their bytes are spelled out once
/// per distinct term, by ``termTable()``.
///
/// Internally every word sequence of one to `ngramMax` words seen is a "gram", numbered in the
/// order it was first met. When unigrams are terms, grams are met in the order terms are
/// emitted, so gram ids are term ids and no translation is stored.
struct NGramDictionary {
    private var words: ByteStringTable
    /// Frequent short words' ids, in front of `words`.
    private var recentWords: ShortWordCache
    /// The gram of each word id.
    private var gramOfWord: [Int32] = []
    /// Per gram: the gram of its first n − 1 words (-1 for a single word) and its last word.
    private var prefixOfGram: [Int32] = []
    private var wordOfGram: [Int32] = []
    /// Per gram, its term id or -1 (only when grams are not terms).
    private var termOfGram: [Int32] = []
    /// The gram of each term id (only when grams are not terms).
    private var gramOfTerm: [Int32] = []
    private var pairs: IDPairTable
    /// The current text's word ids (kept between texts for its capacity).
    private var documentWords: [Int32] = []
    private let low: Int
    private let high: Int
    private let gramsAreTerms: Bool

    /// An empty dictionary for the n-gram range of `tokenizer`, sized for about `capacity` terms.
    init(tokenizer: Tokenizer, capacity: Int) {
        low = tokenizer.options.ngramMin
        high = tokenizer.options.ngramMax
        gramsAreTerms = low == 1
        // Words are far fewer than terms; a small word table stays in cache (it grows if need be).
        words = ByteStringTable(capacity: max(16, min(capacity / 8, 1 << 15)))
        recentWords = ShortWordCache(capacity: capacity / 4)
        pairs = IDPairTable(capacity: high > 1 ? capacity : 1)
    }

    /// The number of distinct terms.
    var termCount: Int { gramsAreTerms ? prefixOfGram.count : gramOfTerm.count }

    /// Calls `body` with the term id of each term of `text`, in ``Tokenizer/forEachTerm(in:_:)``
    /// order (for each word, its unigram, then the n-grams ending at it, shortest first),
    /// numbering unseen terms.
    ///
    /// With n-grams, the text's words get their (internal) word ids first, then its grams are
    /// numbered in text order: a pair lookup is nearly always a cache miss on a large pair
    /// table, and with the words known, the bigram ``Prefetch/entriesAhead`` words on is
    /// prefetched so that its miss overlaps the lookups before it. Gram and term ids are the
    /// same as taking each word's grams as it comes.
    @inline(__always)
    mutating func forEachTerm(in text: String, tokenizer: Tokenizer, _ body: (Int) -> Void) {
        if high == 1 {
            // Words only: each word's gram is its term.
            tokenizer.forEachWord(in: text) { bytes in body(term(of: gramOfWord[Int(wordID(bytes))])) }
        } else {
            forEachTermWithNGrams(in: text, tokenizer: tokenizer, body)
        }
    }

    /// ``forEachTerm(in:tokenizer:_:)`` when n-grams are counted.
    private mutating func forEachTermWithNGrams(in text: String, tokenizer: Tokenizer, _ body: (Int) -> Void) {
        let high = high
        let low = low
        var words = documentWords
        documentWords = []
        words.removeAll(keepingCapacity: true)
        // Words are numbered here; their single-word grams below, in text order with the rest.
        tokenizer.forEachWord(in: text) { bytes in words.append(wordID(bytes, addingGram: false)) }
        // grams[k] is the gram of the k + 1 words ending at the latest word.
        var grams = [Int32](repeating: -1, count: high)
        var held = 0
        let lookahead = Prefetch.entriesAhead
        for position in words.indices {
            // The bigram ending `lookahead` words on; longer n-grams depend on inserts not yet made.
            let ahead = position + lookahead
            if ahead < words.count {
                pairs.prefetch(gramOfWord[Int(words[ahead - 1])], words[ahead])
            }
            let word = words[position]
            var unigram = gramOfWord[Int(word)]
            if unigram < 0 {
                unigram = newGram(prefix: -1, word: word)
                gramOfWord[Int(word)] = unigram
            }
            if low == 1 { body(term(of: unigram)) }
            held = min(held + 1, high)
            var shorter = grams[0]
            grams[0] = unigram
            guard held >= 2 else { continue }
            for n in 2...held {
                let previous = grams[n - 1]
                let current = gram(shorter, word)
                grams[n - 1] = current
                shorter = previous
                if n >= low { body(term(of: current)) }
            }
        }
        documentWords = words
    }

    /// Adds every term of `other` (a dictionary for the same tokenizer) and returns, for each
    /// of its term ids, the id here; unseen terms are numbered in `other`'s order.
    mutating func merge(_ other: NGramDictionary, threads: Int = 1) -> [Int32] {
        var gramMapping = [Int32](repeating: -1, count: other.prefixOfGram.count)
        var wordMapping = [Int32](repeating: -1, count: other.words.count)
        // `other`'s words already known here, looked up side by side (their cache misses
        // overlap) on `threads` threads; only the unseen words are inserted one at a time below.
        let knownWords = words.ids(ofKeysOf: other.words, threads: threads)
        // Grams in `other`'s order: a gram's words and prefix were always met before it.
        // The pair of the gram `lookahead` places on is prefetched first, when its parts are
        // known, so that its (likely) cache miss is under way by the time it is inserted.
        let lookahead = Prefetch.entriesAhead
        for index in 0..<other.prefixOfGram.count {
            let ahead = index + lookahead
            if ahead < other.prefixOfGram.count {
                let prefix = other.prefixOfGram[ahead]
                if prefix >= 0 {
                    let mappedPrefix = gramMapping[Int(prefix)]
                    let mappedWord = wordMapping[Int(other.wordOfGram[ahead])]
                    if mappedPrefix >= 0 && mappedWord >= 0 { pairs.prefetch(mappedPrefix, mappedWord) }
                }
            }
            let otherWord = Int(other.wordOfGram[index])
            let prefix = other.prefixOfGram[index]
            if prefix < 0 {
                let known = knownWords[otherWord]
                let word = known >= 0 ? known : other.words.withBytes(of: otherWord) { wordID($0) }
                wordMapping[otherWord] = word
                gramMapping[index] = gramOfWord[Int(word)]
            } else {
                gramMapping[index] = gram(gramMapping[Int(prefix)], wordMapping[otherWord])
            }
        }
        if gramsAreTerms { return gramMapping }
        return other.gramOfTerm.map { Int32(term(of: gramMapping[Int($0)])) }
    }

    /// The bytes of every term, as a table whose ids are this dictionary's term ids — or, given
    /// `order` (a permutation of the term ids), whose id `n` is term `order[n]` — built on
    /// `threads` threads.
    func termTable(threads: Int, order: [Int32]? = nil) -> ByteStringTable {
        // Distinct by construction: each term is a distinct sequence of distinct words.
        ByteStringTable(
            distinctKeys: termCount, threads: threads,
            length: { id in termLength(order.map { Int($0[id]) } ?? id) },
            write: { id, destination in
                let term = order.map { Int($0[id]) } ?? id
                // The words from the last back to the first, so the bytes go in from the end.
                var link = gramsAreTerms ? Int32(term) : gramOfTerm[term]
                var end = destination + termLength(term)
                while link >= 0 {
                    let word = Int(wordOfGram[Int(link)])
                    words.withBytes(of: word) { bytes in
                        end -= bytes.count
                        if let source = bytes.baseAddress { end.update(from: source, count: bytes.count) }
                    }
                    link = prefixOfGram[Int(link)]
                    if link >= 0 {
                        end -= 1
                        end.pointee = 0x20
                    }
                }
            })!
    }

    /// The term ids in byte order of the terms' spellings (`order[n]` is the term that comes
    /// `n`th), found without comparing spellings: the words are sorted by their bytes, and each
    /// term, a sequence of words, is ranked by its words' ranks — lexicographically, a sequence
    /// before its extensions — with one radix sort of integer keys. That is the byte order when
    /// every word is non-empty and all its bytes sort above the space that joins words (a term
    /// then ends, or goes on with a space, exactly where a longer word would go on with a higher
    /// byte). `nil` when some word is not so, or the ranks of `ngramMax` words do not fit in 64
    /// bits; callers then sort the spellings.
    ///
    /// On 20 Newsgroups' training set with word pairs (139,328 words, 1,183,546 terms) this took
    /// about 75 ms of CPU where sorting the spellings and renumbering the term table took 170.
    func termOrderByWords() -> [Int32]? {
        let wordCount = words.count
        guard termCount > 1, wordCount < Int(Int32.max) else { return nil }
        let allAboveSpace = words.arena.withUnsafeBufferPointer { arena in
            words.starts.withUnsafeBufferPointer { starts in
                (0..<wordCount).allSatisfy { starts[$0 + 1] > starts[$0] }
                    && arena.allSatisfy { $0 > 0x20 }
            }
        }
        guard allAboveSpace else { return nil }
        // Each word's rank + 1 takes `bits` bits; 0 stands for "no word here" (a shorter term).
        let bits = Int.bitWidth - wordCount.leadingZeroBitCount
        guard bits * high <= 64 else { return nil }
        var rankOfWord = [UInt64](repeating: 0, count: wordCount)
        for (rank, word) in words.idsInKeyOrder(Array(0..<wordCount)).enumerated() {
            rankOfWord[word] = UInt64(rank + 1)
        }
        // A gram's prefix is always an earlier gram: keys are made in one pass, the first word
        // in the highest bits.
        let gramCount = prefixOfGram.count
        var gramKeys = [UInt64](repeating: 0, count: gramCount)
        var gramLengths = [UInt8](repeating: 0, count: gramCount)
        for gram in 0..<gramCount {
            let prefix = Int(prefixOfGram[gram])
            let length = prefix < 0 ? 1 : Int(gramLengths[prefix]) + 1
            precondition(prefix < gram && length <= high)
            let shift = UInt64(bits * (high - length))
            gramKeys[gram] = (prefix < 0 ? 0 : gramKeys[prefix]) | rankOfWord[Int(wordOfGram[gram])] << shift
            gramLengths[gram] = UInt8(length)
        }
        var keys = gramsAreTerms ? gramKeys : gramOfTerm.map { gramKeys[Int($0)] }
        gramKeys = []
        var order = (0..<UInt32(termCount)).map { $0 }
        IntegerSort.radixSort(&keys, carrying: &order)
        return order.map { Int32(bitPattern: $0) }
    }

    /// The number of bytes of term `term`'s spelling.
    private func termLength(_ term: Int) -> Int {
        var link = gramsAreTerms ? Int32(term) : gramOfTerm[term]
        var length = -1
        while link >= 0 {
            length += 1 + words.length(of: Int(wordOfGram[Int(link)]))
            link = prefixOfGram[Int(link)]
        }
        return length
    }

    /// Spells every term, in id order, end to end into `scratch` (emptied first); `ends[term]`
    /// becomes where term `term`'s bytes end, and `ends` starts with 0 (so it has one entry more
    /// than there are terms).
    func spellTerms(into scratch: ByteScratch, ends: inout [Int]) {
        scratch.removeAll()
        ends.removeAll(keepingCapacity: true)
        ends.append(0)
        var chain: [Int32] = []
        for term in 0..<termCount {
            chain.removeAll(keepingCapacity: true)
            var link = gramsAreTerms ? Int32(term) : gramOfTerm[term]
            while link >= 0 {
                chain.append(wordOfGram[Int(link)])
                link = prefixOfGram[Int(link)]
            }
            for position in chain.indices.reversed() {
                if position < chain.count - 1 { scratch.append(0x20) }
                words.withBytes(of: Int(chain[position])) { scratch.append(contentsOf: $0) }
            }
            ends.append(scratch.count)
        }
    }

    /// The id of the word `bytes`, adding it when new, with its single-word gram when
    /// `addingGram` (otherwise its `gramOfWord` entry is -1 until the caller adds that gram).
    @inline(__always)
    private mutating func wordID(_ bytes: UnsafeBufferPointer<UInt8>, addingGram: Bool = true) -> Int32 {
        if let cached = recentWords.id(of: bytes) { return cached }
        let (id, inserted) = words.insert(bytes)
        if inserted { gramOfWord.append(addingGram ? newGram(prefix: -1, word: Int32(id)) : -1) }
        recentWords.store(Int32(id), for: bytes)
        return Int32(id)
    }

    /// The gram of `prefix` followed by `word`, adding it when new.
    @inline(__always)
    private mutating func gram(_ prefix: Int32, _ word: Int32) -> Int32 {
        let next = Int32(prefixOfGram.count)
        let found = pairs.value(prefix, word, orInsert: next)
        if found == next { _ = newGram(prefix: prefix, word: word) }
        return found
    }

    private mutating func newGram(prefix: Int32, word: Int32) -> Int32 {
        prefixOfGram.append(prefix)
        wordOfGram.append(word)
        if !gramsAreTerms { termOfGram.append(-1) }
        return Int32(prefixOfGram.count - 1)
    }

    @inline(__always)
    private mutating func term(of gram: Int32) -> Int {
        if gramsAreTerms { return Int(gram) }
        let existing = termOfGram[Int(gram)]
        if existing >= 0 { return Int(existing) }
        let id = gramOfTerm.count
        termOfGram[Int(gram)] = Int32(id)
        gramOfTerm.append(gram)
        return id
    }
}
