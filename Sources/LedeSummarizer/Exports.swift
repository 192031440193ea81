// Re-exports the vectorisation core so that `import LedeSummarizer` is enough for library users.
@_exported import LedeCore
