/// The version of Lede, written into model files and printed by `lede --version`.
public enum LedeVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}
