#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One line-ending convention for every document, so that the same article saved on Windows
/// and on Linux tokenises, classifies and summarises identically (fastText#435).
public enum LineEndings {
    /// `text` with every `\r\n` replaced by `\n`; returns `text` itself when it has no `\r`.
    public static func normalized(_ text: String) -> String {
        var text = text
        let hasCarriageReturn = text.withUTF8 { bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, 0x0D, bytes.count) != nil
        }
        guard hasCarriageReturn else { return text }
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                for index in bytes.indices {
                    if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
                    output[written] = bytes[index]
                    written += 1
                }
                return written
            }
        }
    }
}
