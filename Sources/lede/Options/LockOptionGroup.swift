import ArgumentParser
import LedeAnalysis

/// `--lock-timeout` of the commands that write a model; absent, ``LockOptions``'s default applies.
struct LockOptionGroup: ParsableArguments {
    @Option(name: .customLong("lock-timeout"), help: "Seconds to wait while another lede writes the same model (default \(Int(LockOptions().timeoutSeconds))); then exit 75.")
    var lockTimeout: Double?

    /// The library defaults with the given override applied.
    func resolved() throws -> LockOptions {
        var options = LockOptions()
        if let lockTimeout { options.timeoutSeconds = lockTimeout }
        try options.validate()
        return options
    }
}
