extension LedeError {
    /// Whether this is invalid UTF-8 that the Windows-1252 fallback
    /// (``TextDecodingOptions/fallbackToWindows1252``) would have decoded: the case in which a
    /// program can suggest turning the fallback on.
    package var isInvalidUTF8: Bool {
        guard case .invalidEncoding(_, let detail) = self else { return false }
        return detail.hasPrefix(TextDecoder.invalidUTF8)
    }
}
