/// Reads scikit-learn's `load_files` layout: `<dir>/<label>/<file>`, one document per file,
/// labels and files in sorted byte order, hidden entries skipped. Files directly inside
/// `<dir>` (a README, say) and folders below a label folder are ignored, as `load_files` does.
/// Each file is decoded with ``TextDecoder``; an empty file is an empty document.
struct FolderPerLabelReader {
    /// The top directory.
    var path: String
    /// Size limits; each file counts as one document.
    var limits: InputLimits
    /// How each file is decoded.
    var decoding: TextDecodingOptions
    /// Receives decoding warnings.
    var onWarning: InputWarningHandler

    /// Calls `body` with each file as a document with id `"<label>/<file>"`.
    /// - Throws: `.emptyInput` when no label folder holds a file, or the errors of reading and
    ///   decoding a file (`.binaryInput`, `.invalidEncoding`, `.inputTooLarge`, ...).
    func forEach(_ body: (LabeledDocument) throws -> Void) throws {
        var documentCount = 0
        for label in try PosixFile.sortedVisibleEntries(of: path) {
            let folder = PosixFile.join(path, label)
            guard PosixFile.kind(of: folder) == .directory else { continue }
            for name in try PosixFile.sortedVisibleEntries(of: folder) {
                let file = PosixFile.join(folder, name)
                guard PosixFile.kind(of: file) == .regularFile else { continue }
                let location = SourceLocation(path: file)
                let decoded = try TextDecoder.decode(
                    try InputFiles.readBytes(path: file, limits: limits), location: location, options: decoding)
                decoded.warnings.forEach(onWarning)
                documentCount += 1
                try body(
                    LabeledDocument(
                        id: "\(label)/\(name)", label: try LabelValidation.validated(label, field: "folder", at: location),
                        text: LineEndings.normalized(decoded.text), location: location))
            }
        }
        if documentCount == 0 { throw LedeError.emptyInput(SourceLocation(path: path)) }
    }
}
