extension ByteStringTable {
    /// The number of keys ``ids(ofKeysIn:starts:into:)`` looks up side by side.
    static let lookupGroup = 16

    /// Looks up many keys at once: `ids[k]` becomes the id of key `k` (`arena[starts[k]..<starts[k + 1]]`)
    /// or -1 when it is absent; the same answers as ``id(of:)-(UnsafeBufferPointer<UInt8>)`` key by key.
    ///
    /// On a large table (a vocabulary of a million word pairs) each lookup is three dependent
    /// cache misses — the slot, the key's offsets, its bytes — and looking keys up one at a time
    /// waits for each in turn. Here keys go in groups, step by step: the group's home slots are
    /// all prefetched, then read, and the candidates' offsets prefetched, then read, and their
    /// bytes prefetched, then compared; the misses of one step overlap instead of following one
    /// another (a prefetch does not wait for its line, where a load holds up the loads after it
    /// once enough are outstanding).
    func ids(ofKeysIn arena: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<Int>, into ids: UnsafeMutableBufferPointer<Int32>) {
        let count = starts.count - 1
        precondition(ids.count >= count)
        guard count > 0 else { return }
        let group = Self.lookupGroup
        // One group's working state, in fixed-size tuples on the stack (no allocation per call).
        var hashes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        var candidates = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var keyStarts = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &hashes) { hashBytes in
            withUnsafeMutableBytes(of: &candidates) { candidateBytes in
                withUnsafeMutableBytes(of: &keyStarts) { keyStartBytes in
                    let hashes = hashBytes.bindMemory(to: UInt64.self)
                    let candidates = candidateBytes.bindMemory(to: Int.self)
                    let keyStarts = keyStartBytes.bindMemory(to: Int.self)
                    slots.withUnsafeBufferPointer { slots in
                        self.starts.withUnsafeBufferPointer { tableStarts in
                            self.arena.withUnsafeBufferPointer { tableArena in
                                var first = 0
                                while first < count {
                                    let size = min(group, count - first)
                                    // 0. Hash every key and prefetch its home slot.
                                    for k in 0..<size {
                                        let key = UnsafeBufferPointer(rebasing: arena[starts[first + k]..<starts[first + k + 1]])
                                        let hash = Self.hash(key)
                                        hashes[k] = hash
                                        Prefetch.line(at: slots.baseAddress! + (Int(truncatingIfNeeded: hash) & mask))
                                    }
                                    // 1. Find each key's candidate in its slots (now arriving) and
                                    //    prefetch the candidate's offset.
                                    for k in 0..<size {
                                        let hash = hashes[k]
                                        // The first slot whose tag matches (usually the home slot), or -1.
                                        var index = Int(truncatingIfNeeded: hash) & mask
                                        var candidate = -1
                                        while true {
                                            let slot = slots[index]
                                            if slot == 0 { break }
                                            if slot >> 32 == hash >> 32 {
                                                candidate = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                                                break
                                            }
                                            index = (index + 1) & mask
                                        }
                                        candidates[k] = candidate
                                        if candidate >= 0 { Prefetch.line(at: tableStarts.baseAddress! + candidate) }
                                    }
                                    // 2. Load each candidate's offset and prefetch its bytes.
                                    for k in 0..<size where candidates[k] >= 0 {
                                        let start = tableStarts[candidates[k]]
                                        keyStarts[k] = start
                                        if start < tableArena.count { Prefetch.line(at: tableArena.baseAddress! + start) }
                                    }
                                    // 3. Compare bytes; a tag that matched another key (rare) takes the full probe.
                                    for k in 0..<size {
                                        let key = UnsafeBufferPointer(rebasing: arena[starts[first + k]..<starts[first + k + 1]])
                                        let candidate = candidates[k]
                                        guard candidate >= 0 else {
                                            ids[first + k] = -1
                                            continue
                                        }
                                        let start = keyStarts[k]
                                        if tableStarts[candidate + 1] - start == key.count
                                            && Self.equal(tableArena.baseAddress.map { $0 + start }, key.baseAddress, key.count) {
                                            ids[first + k] = Int32(candidate)
                                        } else {
                                            ids[first + k] = probe(key, hashes[k]).id.map { Int32($0) } ?? -1
                                        }
                                    }
                                    first += size
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension ByteStringTable {
    /// The id here of every key of `other`, in `other`'s id order (-1 when absent): its keys
    /// looked up in groups (``ids(ofKeysIn:starts:into:)``), on `threads` threads when there are
    /// enough of them. What merging one table's keys into another needs before inserting the new ones.
    func ids(ofKeysOf other: ByteStringTable, threads: Int) -> [Int32] {
        let count = other.count
        let ranges = ParallelWork.ranges(total: count, parts: count >= 1 << 14 ? threads : 1)
        return [Int32](unsafeUninitializedCapacity: count) { ids, initialized in
            other.arena.withUnsafeBufferPointer { arena in
                other.starts.withUnsafeBufferPointer { starts in
                    let output = ids
                    _ = ParallelWork.map(count: ranges.count, threads: threads) { part in
                        let range = ranges[part]
                        self.ids(ofKeysIn: arena, starts: UnsafeBufferPointer(rebasing: starts[range.lowerBound...range.upperBound]),
                                 into: UnsafeMutableBufferPointer(rebasing: output[range]))
                    }
                }
            }
            initialized = count
        }
    }
}
