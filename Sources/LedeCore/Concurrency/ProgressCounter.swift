import Synchronization

/// Counts finished work items across threads and reports `(done, total)` after each one, for
/// progress bars on long jobs.
public final class ProgressCounter: Sendable {
    private let done = Mutex(0)
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?

    /// A counter for `total` items that calls `report` after each.
    public init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Marks one item done.
    public func advance() {
        let now = done.withLock { done in
            done += 1
            return done
        }
        report?(now, total)
    }
}
