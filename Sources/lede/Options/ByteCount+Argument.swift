import ArgumentParser
import LedeAnalysis

/// Size options (`--batch-bytes 64M`, `--max-bytes 100MiB`) read as ``ByteCount`` does.
extension ByteCount: ExpressibleByArgument {
    /// Reads a size option's value (see ``ByteCount/init(parsing:)``).
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    /// The default as help shows it: `64 MiB`.
    public var defaultValueDescription: String { description }
}
