// Re-exports input (corpus readers, the model-file container) and the vectorisation core so that
// `import LedeClassifier` is enough for library users.
@_exported import LedeInput
