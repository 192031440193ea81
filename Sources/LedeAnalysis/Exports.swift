// Re-exports both models, pages, input and the core so that `import LedeAnalysis` is enough for
// library users.
@_exported import LedeClassifier
@_exported import LedeSummarizer
