/// Receives a bad record (broken JSON or CSV, a missing or invalid field) so that reading can go
/// on past it: the good records of a file are still read. Throwing from the handler stops the
/// reading (a `--strict` run throws the first error it gets).
public typealias RecordErrorHandler = @Sendable (LedeError) throws -> Void
