/// Where in the user's input a problem was found: a file (or `-` for standard input),
/// and when known the 1-based line and the field.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path as the user gave it, or `"-"` for standard input.
    public var path: String
    /// The 1-based line number, when the problem is on one line.
    public var line: Int?
    /// The record field concerned (a JSON key or CSV column), when there is one.
    public var field: String?

    /// Creates a location in `path`, optionally at `line` and `field`.
    public init(path: String, line: Int? = nil, field: String? = nil) {
        self.path = path
        self.line = line
        self.field = field
    }

    /// `path:line` (field) as shown in error messages, e.g. `train.jsonl:12 (field "label")`.
    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        if let field { text += " (field \"\(field)\")" }
        return text
    }
}

/// Every error Lede reports to a user. Each case renders as one line that states what is wrong
/// and names the file (and line or field) it concerns. The description states facts only: it
/// names no command-line option and carries no exit status, because a library user has neither;
/// the `lede` program maps each error to its exit status and adds a hint naming the options of
/// the running command that would get past it.
public enum LedeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case fileNotFound(SourceLocation)
    /// The path exists but cannot be read (permissions, a directory where a file was expected, I/O error).
    case unreadable(SourceLocation, reason: String)
    /// The input holds no bytes, or only whitespace.
    case emptyInput(SourceLocation)
    /// The input looks like binary data (NUL bytes, a known binary signature such as PNG).
    case binaryInput(SourceLocation, detail: String)
    /// The bytes are not valid in the expected encoding.
    case invalidEncoding(SourceLocation, detail: String)
    /// The input is larger than the configured limit.
    case inputTooLarge(SourceLocation, limitBytes: Int)
    /// A record (JSON line, CSV row) cannot be parsed.
    case malformedRecord(SourceLocation, reason: String)
    /// A record lacks a field that is required.
    case missingField(SourceLocation, field: String)
    /// The training data violates a requirement (no labels, one class, a label with too few examples, ...).
    case invalidTrainingData(SourceLocation?, reason: String)
    /// A model file is damaged, truncated or not a Lede model.
    case invalidModel(SourceLocation, reason: String)
    /// A model file was written by a newer (or unknown) format version.
    case unsupportedModelVersion(SourceLocation, found: Int, supported: Int)
    /// An option or argument value is out of range or inconsistent.
    case invalidOption(String)
    /// Nothing usable remained after tokenisation (only stop words, digits or one-letter tokens).
    case emptyVocabulary(documentCount: Int, reason: String)
    /// Writing an output file failed; the previous file, if any, is untouched.
    case writeFailed(SourceLocation, reason: String)
    /// An output path names one of the command's own inputs (the same file, by device and inode).
    case outputIsInput(SourceLocation, input: String)
    /// An output path names something other than a regular file (a directory, FIFO, device, socket).
    case outputNotRegularFile(SourceLocation, kind: String)
    /// Another process held the model's write lock for longer than the lock timeout.
    case lockTimeout(SourceLocation, seconds: Double)
    /// A model's weights would need more memory than their limit allows (`needed` and `limit` in
    /// bytes); `fittingFeatures` is how many features would fit, when fewer features would do,
    /// and `note` says why the limit is what it is, when that helps.
    case tooLarge(SourceLocation?, what: String, needed: Int, limit: Int, fittingFeatures: Int?, note: String)

    /// One line, naming the file (and line or field) concerned.
    public var description: String {
        switch self {
        case .fileNotFound(let at): "\(at): no such file or directory"
        case .unreadable(let at, let reason): "\(at): cannot read: \(reason)"
        case .emptyInput(let at): "\(at): input is empty"
        case .binaryInput(let at, let detail): "\(at): looks like a binary file, not text (\(detail))"
        case .invalidEncoding(let at, let detail): "\(at): invalid text encoding: \(detail)"
        case .inputTooLarge(let at, let limit): "\(at): input is larger than the limit of \(limit) bytes"
        case .malformedRecord(let at, let reason): "\(at): malformed record: \(reason)"
        case .missingField(let at, let field): "\(at): missing field \"\(field)\""
        case .invalidTrainingData(let at, let reason): at.map { "\($0): \(reason)" } ?? reason
        case .invalidModel(let at, let reason): "\(at): not a usable Lede model: \(reason)"
        case .unsupportedModelVersion(let at, let found, let supported):
            "\(at): model format version \(found) is newer than this lede supports (\(supported)); upgrade lede"
        case .invalidOption(let message): message
        case .emptyVocabulary(let count, let reason):
            "empty vocabulary after reading \(count) documents: \(reason)"
        case .writeFailed(let at, let reason): "\(at): cannot write: \(reason)"
        case .outputIsInput(let at, let input):
            "\(at): refusing to write the output over \(input == at.path ? "an input" : "the input \(input)") of this command (the same file); choose another path"
        case .outputNotRegularFile(let at, let kind):
            "\(at): refusing to write the output here: it is \(kind), not a regular file"
        case .lockTimeout(let at, let seconds):
            "\(at): another lede process has been writing this model for more than \(LedeError.seconds(seconds)) (try again later)"
        case .tooLarge(let at, let what, let needed, let limit, let fitting, let note):
            (at.map { "\($0): " } ?? "") + "\(what) would need \(LedeError.size(needed)), more than the limit of \(LedeError.size(limit))"
                + (fitting.map { " (at most \($0) features would fit)" } ?? "") + (note.isEmpty ? "" : "; \(note)")
        }
    }
}

extension LedeError {
    /// `bytes` in the largest binary unit that keeps a whole number in front, e.g. `3.4 GiB`.
    static func size(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes), unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        return unit == 0 ? "\(bytes) bytes" : "\((value * 10).rounded() / 10) \(units[unit])"
    }

    /// `seconds` as written in messages: `10 s`, `0.5 s`.
    static func seconds(_ seconds: Double) -> String {
        seconds == seconds.rounded() && seconds < 1e9 ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
