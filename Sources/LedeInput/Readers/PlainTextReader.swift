/// Reads one file (or standard input) as one unlabelled document.
struct PlainTextReader {
    /// The file, or `"-"` for standard input.
    var path: String
    /// Size limits; the whole file is one document.
    var limits: InputLimits
    /// How the file is decoded.
    var decoding: TextDecodingOptions
    /// Receives decoding warnings.
    var onWarning: InputWarningHandler

    /// Calls `body` once with the whole file as a document.
    /// - Throws: `.emptyInput` for an empty or whitespace-only file, `.binaryInput`,
    ///   `.invalidEncoding`, `.inputTooLarge`, `.fileNotFound`, `.unreadable`.
    func forEach(_ body: (LabeledDocument) throws -> Void) throws {
        let location = SourceLocation(path: path)
        let decoded = try TextDecoder.decode(try InputFiles.readBytes(path: path, limits: limits), location: location, options: decoding)
        decoded.warnings.forEach(onWarning)
        // Stops at the first non-whitespace scalar, so this is cheap for any real document.
        if decoded.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            throw LedeError.emptyInput(location)
        }
        try body(LabeledDocument(text: LineEndings.normalized(decoded.text), location: location))
    }
}
