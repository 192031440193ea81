// Re-exports both models and the core so that `import LedeAnalysis` is enough for library users.
@_exported import LedeClassifier
@_exported import LedeSummarizer
