import LedeAnalysis

extension LedeError {
    /// The process exit status `lede` uses for this error, after sysexits(3) and documented in
    /// the README's "Exit codes" table. It belongs to the program, not the library: a library
    /// user catches the error instead.
    var exitCode: Int32 {
        switch self {
        case .fileNotFound, .unreadable: 66                                      // EX_NOINPUT
        case .emptyInput, .binaryInput, .invalidEncoding, .malformedRecord, .missingField,
             .invalidTrainingData, .emptyVocabulary, .inputTooLarge: 65          // EX_DATAERR
        case .invalidModel, .unsupportedModelVersion: 65
        case .invalidOption: 64                                                  // EX_USAGE
        case .writeFailed, .outputNotRegularFile: 73                             // EX_CANTCREAT
        case .outputIsInput: 64
        case .lockTimeout: 75                                                    // EX_TEMPFAIL
        case .tooLarge: 65
        }
    }
}
