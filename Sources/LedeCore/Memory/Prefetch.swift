import CPrefetch

/// Cache prefetch hints, for loops that know the addresses they will read a few steps ahead:
/// a prefetch starts loading a line and retires at once, so the misses of many steps overlap
/// instead of each stalling the loop (a plain load would hold up the work behind it once enough
/// loads are outstanding). A hint only: it never faults, even on an address that is not mapped.
public enum Prefetch {
    /// Starts bringing the cache line holding `address` into the caches.
    @inlinable @inline(__always)
    public static func line(at address: UnsafeRawPointer) {
        lede_prefetch(address)
    }

    /// How many steps ahead the prefetching loops fetch (a sparse row's later entry, a later
    /// word's bigram, a later gram's pair): far enough for a memory access to arrive, near
    /// enough that the lines are still cached when used.
    public static let entriesAhead = 16
}
