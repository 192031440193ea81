import ArgumentParser
import LedeAnalysis

extension ParsableCommand {
    /// Runs a command body, turning a ``LedeError`` into one line on standard error (the error's
    /// facts, then a hint naming this command's options when one helps) and the error's exit
    /// status. `$LEDE_THREADS` is checked first, so a bad value is refused by every command.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            _ = try ParallelWork.environmentThreadCount()
            try body()
        } catch let error as LedeError {
            StandardError.write(Self.errorLine(error) + "\n")
            throw ExitCode(error.exitCode)
        }
    }
}

extension ParsableArguments {
    /// `lede: error: FACTS; HINT` for `error` met by a command, or by an option group reporting
    /// one bad record while the run goes on, naming only this type's options; no line break.
    static func errorLine(_ error: LedeError) -> String { ErrorHint.line(for: error, options: CommandOptionNames(of: self)) }
}

/// Writes to standard error.
enum StandardError {
    /// Writes `text` unbuffered to standard error.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(2, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Whether standard error is a terminal (progress output only goes to terminals).
    static var isTerminal: Bool { isatty(2) != 0 }
}

/// `write(2)`, named apart from ``StandardError/write(_:)`` which wraps it.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
