// Re-exports the vectorisation core so that `import LedeClassifier` is enough for library users.
@_exported import LedeCore
