import ArgumentParser
import LedeAnalysis

/// Size options (`--batch-bytes 64M`, `--max-bytes 100MiB`) read as ``ByteCount`` does.
extension ByteCount: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(parsing: argument)
    }

    public var defaultValueDescription: String { description }
}
