#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedeInput

/// Runs one fuzz input through ``CorpusReader`` as a file of a given format, the way `lede train`
/// reads it: bytes are written to a scratch file (the readers stream from file descriptors) with
/// a small document limit so that the size checks are reached too.
///
/// Properties: every error is a ``LedeError`` whose message is one line starting with the path;
/// documents come in strictly increasing line order, with labels that are non-empty and trimmed.
enum CorpusReaderFuzzing {
    /// A scratch path private to this process.
    static let scratchFolder: String = {
        let folder = "/tmp/lede-fuzz-\(getpid())"
        mkdir(folder, 0o700)
        return folder
    }()

    static func check(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String, format: CorpusFormat) throws {
        let path = scratchFolder + "/" + fileName
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try require(descriptor >= 0, "cannot create \(path)")
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result <= 0 { break }
            written += result
        }
        close(descriptor)
        let reader = CorpusReader(
            path: path, format: format, limits: InputLimits(maxDocumentBytes: 4096), onWarning: { _ in })
        var lastLine = 0
        do {
            try reader.forEach { document in
                let line = document.location.line ?? 0
                try require(document.location.path == path, "document names \(document.location.path)")
                try require(line > lastLine, "document at line \(line) after line \(lastLine)")
                lastLine = line
                if let label = document.label {
                    try require(!label.isEmpty, "empty label at line \(line)")
                    let scalars = label.unicodeScalars
                    try require(!scalars.first!.properties.isWhitespace && !scalars.last!.properties.isWhitespace,
                                "label \(label.debugDescription) is not trimmed")
                }
            }
        } catch let error as LedeError {
            let message = error.description
            try require(!message.contains("\n") && !message.contains("\r"), "error spans lines: \(message.debugDescription)")
            try require(message.hasPrefix(path), "error does not start with the file: \(message)")
        }
    }
}
