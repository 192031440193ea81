extension CorpusReader {
    /// Every document of every reader, the files read at the same time on up to `threads`
    /// threads (a training and a test file, or the several files of one `lede train`), returned
    /// in reader order: `result[i]` is what `readers[i].readAll()` returns.
    ///
    /// Reading is one thread per file, so one large file gains nothing; two files of similar
    /// size take about the time of the larger one instead of the sum (20 Newsgroups' training
    /// and test files: 127 → 77 ms, medians of six runs on two cores). Each reader's warning
    /// handler may be called from a reading thread.
    /// - Throws: the error of the first reader, in reader order, that failed (the others are
    ///   still read to their end or their own error, then dropped).
    public static func readAll(_ readers: [CorpusReader], threads: Int = ParallelWork.defaultThreadCount) throws -> [[LabeledDocument]] {
        let outcomes = ParallelWork.map(count: readers.count, threads: threads) { index in
            Result { try readers[index].readAll() }
        }
        return try outcomes.map { try $0.get() }
    }
}
