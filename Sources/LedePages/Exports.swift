// Re-exports input and the core so that `import LedePages` is enough for library users.
@_exported import LedeInput
