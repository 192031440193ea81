import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs independent pieces of work on all cores and returns their results in input order, so
/// that callers stay deterministic whatever the thread count.
public enum ParallelWork {
    /// The number of worker threads Lede uses: `$LEDE_THREADS` when set to a positive integer,
    /// otherwise the number of active processors (a value that is not a positive integer is
    /// ignored here; ``environmentThreadCount()`` reports it). Read once per process: it is the
    /// default of many per-article calls, and building the environment dictionary each time was
    /// about 30% of the summariser's time.
    public static var defaultThreadCount: Int { resolvedDefaultThreadCount }

    private static let resolvedDefaultThreadCount: Int = {
        if let value = try? environmentThreadCount() { return value }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// `$LEDE_THREADS` read strictly: `nil` when it is unset or empty, its value when it is a
    /// positive integer (decimal digits only), and `.invalidOption` naming the value otherwise
    /// (`abc`, `0`, `-3`, `4 `).
    public static func environmentThreadCount() throws -> Int? {
        guard let text = ProcessInfo.processInfo.environment["LEDE_THREADS"], !text.isEmpty else { return nil }
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text), value > 0 else {
            throw LedeError.invalidOption("LEDE_THREADS must be a positive whole number of threads (got \"\(text)\")")
        }
        return value
    }

    /// Calls `body(i)` for every `i` in `0..<count`, spread over `threads` threads, and returns
    /// the results ordered by `i`.
    public static func map<Result>(
        count: Int, threads: Int = defaultThreadCount, _ body: (Int) -> Result
    ) -> [Result] {
        guard count > 0 else { return [] }
        if count == 1 || threads <= 1 {
            return (0..<count).map(body)
        }
        let slots = ResultSlots<Result>(count: count)
        withoutActuallyEscaping(body) { body in
            let box = UncheckedBox(body)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.store(box.value(index), at: index)
            }
        }
        return slots.results()
    }

    /// Splits `0..<total` into at most `parts` contiguous, nearly equal ranges (none empty).
    public static func ranges(total: Int, parts: Int) -> [Range<Int>] {
        guard total > 0 else { return [] }
        let parts = max(1, min(parts, total))
        return (0..<parts).map { part in
            (total * part / parts)..<(total * (part + 1) / parts)
        }
    }
}

/// Per-index result storage written by distinct threads; every index is written exactly once.
/// The slots live in raw memory rather than a Swift array, because concurrent mutating access
/// to one array variable is a data race even when the threads touch different elements.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: Result, at index: Int) {
        storage[index] = value
    }

    func results() -> [Result] { (0..<count).map { storage[$0]! } }
}

/// Carries a non-Sendable closure into `concurrentPerform`; the closure only reads shared state.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
