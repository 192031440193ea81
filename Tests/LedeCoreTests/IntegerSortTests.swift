@testable import LedeCore
import Testing

@Suite("IntegerSort")
struct IntegerSortTests {
    /// Keys drawn from `range` by a fixed-seed generator (xorshift), so failures reproduce.
    private func keys(count: Int, range: ClosedRange<UInt64>, seed: UInt64) -> [UInt64] {
        var state = seed | 1
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            let span = range.upperBound - range.lowerBound
            return span == .max ? state : range.lowerBound + state % (span + 1)
        }
    }

    @Test("sorts random keys of every length up to 300 exactly as the standard sort does")
    func sortsRandomKeysOfEveryLength() {
        for count in 0...300 {
            var values = keys(count: count, range: 0...UInt64.max, seed: UInt64(count) &* 7919)
            let expected = values.sorted()
            values.withUnsafeMutableBufferPointer { IntegerSort.sort($0) }
            #expect(values == expected, "length \(count)")
        }
    }

    @Test("sorts many duplicates, sorted, reversed and organ-pipe inputs")
    func sortsAdversarialShapes() {
        let ascending = (0..<5_000).map { UInt64($0) }
        let shapes: [[UInt64]] = [
            keys(count: 5_000, range: 0...3, seed: 11),
            ascending,
            Array(ascending.reversed()),
            ascending.prefix(2_500) + ascending.prefix(2_500).reversed(),
            [UInt64](repeating: 42, count: 1_000),
        ]
        for (index, shape) in shapes.enumerated() {
            var values = shape
            values.withUnsafeMutableBufferPointer { IntegerSort.sort($0) }
            #expect(values == shape.sorted(), "shape \(index)")
        }
    }
}
