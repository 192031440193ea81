/// How many n-grams two token-id sequences share, counting a repeated n-gram as often as it
/// occurs in both (the clipped count `rouge-score` sums as `min(target[g], prediction[g])`).
enum NGramOverlap {
    /// Shared unigrams; ids must be below `vocabularySize`.
    static func unigrams(_ first: [Int32], _ second: [Int32], vocabularySize: Int) -> Int {
        var counts = [Int32](repeating: 0, count: vocabularySize)
        for id in first { counts[Int(id)] += 1 }
        var shared = 0
        for id in second where counts[Int(id)] > 0 {
            counts[Int(id)] -= 1
            shared += 1
        }
        return shared
    }

    /// Shared bigrams, found by sorting both bigram lists and walking them together.
    static func bigrams(_ first: [Int32], _ second: [Int32]) -> Int {
        let firstBigrams = sortedBigrams(first)
        let secondBigrams = sortedBigrams(second)
        var i = 0
        var j = 0
        var shared = 0
        while i < firstBigrams.count && j < secondBigrams.count {
            if firstBigrams[i] < secondBigrams[j] {
                i += 1
            } else if firstBigrams[i] > secondBigrams[j] {
                j += 1
            } else {
                shared += 1
                i += 1
                j += 1
            }
        }
        return shared
    }

    /// Each adjacent pair packed into one integer, first id in the high half.
    private static func sortedBigrams(_ ids: [Int32]) -> [UInt64] {
        guard ids.count >= 2 else { return [] }
        var bigrams = [UInt64]()
        bigrams.reserveCapacity(ids.count - 1)
        for k in 1 ..< ids.count {
            bigrams.append(UInt64(UInt32(ids[k - 1])) << 32 | UInt64(UInt32(ids[k])))
        }
        bigrams.sort()
        return bigrams
    }
}
