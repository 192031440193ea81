// Re-exports the vectorisation core so that `import LedeInput` is enough for library users.
@_exported import LedeCore
