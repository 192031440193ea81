import ArgumentParser
import LedeAnalysis

/// `--max-memory` of the commands that derive a model's weights; absent, ``MemoryLimit``'s
/// default applies.
struct MemoryOptionGroup: ParsableArguments {
    @Option(name: .customLong("max-memory"), help: "Most MiB the model's weights may take (default: half of this machine's memory).")
    var maxMemory: Int?

    /// The library default with the given override applied.
    func resolved() throws -> MemoryLimit {
        guard let maxMemory else { return MemoryLimit() }
        guard maxMemory > 0, maxMemory <= Int.max >> 20 else {
            throw LedeError.invalidOption("--max-memory must be a positive number of MiB (got \(maxMemory))")
        }
        return MemoryLimit(maxWeightBytes: maxMemory << 20)
    }
}
