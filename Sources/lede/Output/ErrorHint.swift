import LedeAnalysis

/// What a user can do about an error, added by `lede` after the error's facts. A hint names an
/// option only when the running command has it; errors with no useful hint get none.
enum ErrorHint {
    /// `lede: error: FACTS; HINT`, without a line break.
    static func line(for error: LedeError, options: CommandOptionNames) -> String {
        "lede: error: \(error)" + (text(for: error, options: options).map { "; \($0)" } ?? "")
    }

    /// The hint for `error` raised by a command with `options`, or `nil`.
    static func text(for error: LedeError, options: CommandOptionNames) -> String? {
        if case .lockTimeout = error, options.contains("--lock-timeout") { return "raise --lock-timeout to wait longer" }
        if case .tooLarge(_, _, _, _, let fitting?, _) = error, options.contains("--max-features") {
            return "keep fewer features with --max-features \(fitting)" + (options.contains("--max-memory") ? " or raise --max-memory" : "")
        }
        if case .inputTooLarge = error {
            return options.contains("--max-bytes") ? "raise the limit with --max-bytes" : nil
        }
        if error.isInvalidUTF8 {
            let remedy = options.contains("--latin1-fallback") ? "pass --latin1-fallback or convert it to UTF-8" : "convert it to UTF-8"
            return "if the file is Latin-1 or Windows-1252, \(remedy)"
        }
        if DefaultModel.isNotFound(error) {
            let remedy = options.contains("--model") ? "pass --model FILE" : "name the model file"
            return "\(remedy), or set LEDE_MODEL (see the README's \"Install\")"
        }
        return nil
    }
}
