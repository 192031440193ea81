@testable import LedeClassifier
import Testing

@Suite("ClassTermSums")
struct ClassTermSumsTests {
    /// Sparse sums of `classes` classes over `termCount` terms, about `density` of them stored
    /// (which ones and their values follow a fixed integer hash, so every run sees the same sums).
    private func scatteredSums(classes: Int, termCount: Int, density: Double) -> ClassTermSums {
        var dense = [[Double]](repeating: [Double](repeating: 0, count: termCount), count: classes)
        for c in 0..<classes {
            for term in 0..<termCount {
                let mixed = (UInt64(c) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(term) &* 0xBF58_476D_1CE4_E5B9) >> 40
                if Double(mixed % 1000) < density * 1000 { dense[c][term] = Double(mixed % 977 + 1) / 8 }
            }
        }
        return ClassTermSums(dense: dense)
    }

    @Test("laid out by term, every stored sum appears once under its term, classes ascending, on any thread count",
          arguments: [(3, 50, 0.3), (20, 20_000, 0.25)])
    func byTermHoldsEverySumOnce(classes: Int, termCount: Int, density: Double) {
        let sums = scatteredSums(classes: classes, termCount: termCount, density: density)
        let single = sums.byTerm(termCount: termCount, threads: 1)
        #expect(single.offsets.count == termCount + 1 && single.offsets.first == 0)
        #expect(single.offsets.last == sums.terms.reduce(0) { $0 + $1.count })
        for term in [0, 1, termCount / 2, termCount - 1] {
            let entries = single.offsets[term]..<single.offsets[term + 1]
            let expected = (0..<classes).filter { sums.value(class: $0, term: term) != 0 }
            #expect(entries.map { Int(single.classes[$0]) } == expected)
            #expect(entries.map { FixedPointWeight.value(single.sums[$0]) } == expected.map { sums.value(class: $0, term: term) })
        }
        for threads in [2, 3, 7] {
            let parallel = sums.byTerm(termCount: termCount, threads: threads)
            #expect(parallel.offsets == single.offsets && parallel.classes == single.classes && parallel.sums == single.sums)
        }
    }

    @Test("terms past the last stored id and classes with no sums lay out as empty")
    func byTermWithEmptyClassesAndTrailingTerms() {
        let sums = ClassTermSums(dense: [[0, 2, 0, 0], [0, 0, 0, 0], [1, 3, 0, 0]])
        let laid = sums.byTerm(termCount: 6, threads: 2)
        #expect(laid.offsets == [0, 1, 3, 3, 3, 3, 3])
        #expect(laid.classes == [2, 0, 2])
        #expect(laid.sums == [1, 2, 3].map { FixedPointWeight.units($0) })
    }
}
