// Re-exports pages (articles found on a page) and, through them, input and the vectorisation core
// so that `import LedeSummarizer` is enough for library users.
@_exported import LedePages
