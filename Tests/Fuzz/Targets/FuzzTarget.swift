/// One fuzzing harness: a name (the folder of its seeds under `Tests/Fuzz/seeds/` and of its
/// binary built by `Tests/Fuzz/run`) and a check that runs one input through Lede's code and
/// verifies properties of the result. The same check runs under libFuzzer and in the normal
/// test build (``FuzzSeedReplayTests`` replays every seed and regression input).
public struct FuzzTarget: Sendable {
    /// The harness name, e.g. `tokenizer`.
    public let name: String
    /// Runs one input; throws ``FuzzPropertyViolation`` when a property fails.
    public let check: @Sendable (UnsafeBufferPointer<UInt8>) throws -> Void

    /// A harness called `name` running `check`.
    public init(name: String, check: @escaping @Sendable (UnsafeBufferPointer<UInt8>) throws -> Void) {
        self.name = name
        self.check = check
    }

    /// Every harness, in the order `Tests/Fuzz/run` builds them.
    public static let all: [FuzzTarget] = [
        TokenizerFuzzTarget.target, SentenceSplitterFuzzTarget.target, JSONLinesFuzzTarget.target,
        CSVFuzzTarget.target, HTMLFuzzTarget.target, ModelLoaderFuzzTarget.target,
    ]

    /// The harness called `name`.
    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// Runs `check` on `bytes` and aborts with the violated property on stderr, so that libFuzzer
    /// records the input as a crash. Called by the `LLVMFuzzerTestOneInput` entry points.
    public func runOrAbort(_ bytes: UnsafeBufferPointer<UInt8>) {
        do {
            try check(bytes)
        } catch {
            fatalError("\(name): \(error)")
        }
    }
}

/// A property a harness checks did not hold for an input.
public struct FuzzPropertyViolation: Error, CustomStringConvertible {
    /// What went wrong, for the crash report.
    public let description: String

    /// A violation described by `description`.
    public init(_ description: String) { self.description = description }
}

/// Throws a ``FuzzPropertyViolation`` with `message` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
    if !condition { throw FuzzPropertyViolation(message()) }
}
