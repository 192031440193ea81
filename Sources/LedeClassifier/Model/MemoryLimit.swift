/// How much memory a model's weights may take — the one allocation that grows with features ×
/// labels, and so the one a small input can make enormous (10,000 labels × 90,000 features is
/// 3.6 GB of weights; a 1 MB model file can declare 20,000 × 20,000). Beyond the limit a model
/// is refused before anything is allocated, with the size it would need, instead of the process
/// being killed by an allocation failure.
public struct MemoryLimit: Sendable, Equatable {
    /// The most bytes the weights of a model being trained, updated, forgotten from or merged
    /// may take. Default: half of the machine's memory, or of the process's address-space or
    /// data limit (`ulimit -v`, `ulimit -d`) when that is lower.
    public var maxWeightBytes: Int = MemoryLimit.defaultMaxWeightBytes

    /// What a model file may make Lede derive, per byte of the file: a version-2 file stores its
    /// weights, so they are never more than the file; a version-1 file derives them from sparse
    /// counts, which legitimately makes a few times the file's size.
    public static let derivedBytesPerFileByte = 16
    /// What any model file may make Lede derive, however small the file.
    public static let derivedBytesFloor = 64 << 20

    /// The defaults.
    public init() {}

    /// A limit of `maxWeightBytes`.
    public init(maxWeightBytes: Int) {
        self.maxWeightBytes = maxWeightBytes
    }

    /// The limit for weights derived from model files holding `fileBytes` bytes in all: this
    /// limit, or ``derivedBytesPerFileByte`` per file byte (at least ``derivedBytesFloor``) when
    /// that is lower.
    public func forFiles(ofBytes fileBytes: Int) -> MemoryLimit {
        let (scaled, overflow) = fileBytes.multipliedReportingOverflow(by: Self.derivedBytesPerFileByte)
        return MemoryLimit(maxWeightBytes: min(maxWeightBytes, max(Self.derivedBytesFloor, overflow ? .max : scaled)))
    }

    /// The bytes of dense weights for `features` × `classes` (saturating).
    public static func weightBytes(features: Int, classes: Int) -> Int {
        let (cells, overflow) = features.multipliedReportingOverflow(by: classes)
        let (bytes, overflow2) = cells.multipliedReportingOverflow(by: MemoryLayout<Float>.size)
        return overflow || overflow2 ? .max : bytes
    }

    /// Refuses weights of `counts` under `options` that would exceed the limit.
    /// - Throws: `.tooLarge` at `location` with the size needed and, without a `note` saying why
    ///   the limit is what it is, how many features would fit.
    public func requireWeightsFit(
        counts: ClassCounts, options: ClassifierOptions, at location: SourceLocation? = nil, note: String? = nil
    ) throws(LedeError) {
        let features = NaiveBayesWeights.selectedFeatures(of: counts.vocabulary, options: options.features).count
        let classes = counts.labels.count
        let needed = Self.weightBytes(features: features, classes: classes)
        guard needed > maxWeightBytes else { return }
        let fitting = maxWeightBytes / max(1, classes * MemoryLayout<Float>.size)
        throw .tooLarge(
            location, what: "the weights of \(classes) labels × \(features) features", needed: needed, limit: maxWeightBytes,
            fittingFeatures: note == nil && fitting > 0 ? fitting : nil,
            note: note ?? (fitting > 0 ? "" : "too many labels for this limit"))
    }

    /// Half the machine's memory or of the process's memory limits, whichever is lowest.
    public static let defaultMaxWeightBytes: Int = {
        var lowest = Int.max
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        if pages > 0 && pageSize > 0 { lowest = pages.multipliedReportingOverflow(by: pageSize).overflow ? .max : pages * pageSize }
        for resource in [RLIMIT_AS, RLIMIT_DATA] {
            var limit = rlimit()
            if getrlimit(__rlimit_resource_t(resource.rawValue), &limit) == 0, limit.rlim_cur < UInt64(Int.max) {
                lowest = min(lowest, Int(limit.rlim_cur))
            }
        }
        return lowest == .max ? 1 << 32 : lowest / 2
    }()
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
