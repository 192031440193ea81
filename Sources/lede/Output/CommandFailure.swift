import ArgumentParser
import Foundation
import LedeAnalysis

/// Runs a command body, turning a ``LedeError`` into one line on standard error and the error's
/// documented exit status.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as LedeError {
        StandardError.write("lede: error: \(error)\n")
        throw ExitCode(error.exitCode)
    }
}

/// Writes to standard error.
enum StandardError {
    /// Writes `text` unbuffered to standard error.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal (progress output only goes to terminals).
    static var isTerminal: Bool { isatty(2) != 0 }
}
