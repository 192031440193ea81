#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Receives warnings about input that was read but needed a workaround (a Latin-1 fallback,
/// a mislabelled charset). Each warning is one line naming the file and line.
public typealias InputWarningHandler = @Sendable (String) -> Void

/// Where input warnings go when the caller does not collect them.
public enum InputWarnings {
    /// Writes `warning: <message>` to standard error: a workaround is never silent, even for
    /// library users who did not ask to see warnings.
    public static let standardError: InputWarningHandler = { message in
        var line = "warning: \(message)\n"
        // One write(2) per warning, so lines from concurrent readers never interleave.
        line.withUTF8 { bytes in _ = write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }
}
