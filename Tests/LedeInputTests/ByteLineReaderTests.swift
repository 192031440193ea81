import Foundation
import LedeInput
import Testing

private func lines(of path: String, limits: InputLimits = .init(), chunkBytes: Int = 1 << 20) throws -> [(String, Int)] {
    var result: [(String, Int)] = []
    try ByteLineReader(path: path, limits: limits, chunkBytes: chunkBytes).forEachLine { line, number in
        result.append((String(decoding: line, as: UTF8.self), number))
    }
    return result
}

@Test("lines split on \\n with \\r dropped, empty lines numbered, no final newline needed")
func linesAreSplitOnNewlines() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/lines.txt"
        try InputFixtures.write("\u{FEFF}first\r\n\nthird\rinside\nlast", to: path)
        let read = try lines(of: path)
        #expect(read.map(\.0) == ["first", "", "third\rinside", "last"])
        #expect(read.map(\.1) == [1, 2, 3, 4])
    }
}

@Test("lines crossing read-buffer boundaries come out whole, whatever the chunk size")
func linesSurviveChunkBoundaries() throws {
    var generator = SplitMix64(seed: 11)
    let expected = (0..<500).map { index in String(repeating: "w\(index) ", count: Int(generator.next() % 60)) }
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/many.txt"
        try InputFixtures.write(expected.joined(separator: "\n") + "\n", to: path)
        for chunkBytes in [1, 7, 4096, 1 << 20] {
            #expect(try lines(of: path, chunkBytes: chunkBytes).map(\.0) == expected)
        }
    }
}

@Test("a 500 MB file with no newline fails after reading about maxDocumentBytes, not 500 MB")
func singleHugeLineFailsFastWithBoundedMemory() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/one-line.jsonl"
        // Sparse: a JSON prefix, then 500 MB of zero bytes that take no disk and no time to write.
        try (Data(#"{"text": ""#.utf8) + Data(repeating: 0x61, count: 8192)).write(to: URL(fileURLWithPath: path))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 500_000_000)
        try handle.close()
        let limits = InputLimits(maxDocumentBytes: 1 << 20)
        let reader = try ByteLineReader(path: path, limits: limits)
        #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path, line: 1), limitBytes: 1 << 20)) {
            try reader.forEachLine { _, _ in Issue.record("no line should be delivered") }
        }
        #expect(reader.bytesRead <= 3 << 20)
    }
}

@Test("a generated 40 MB single-line JSON file is refused quickly through CorpusReader")
func generatedFortyMegabyteLineIsRefusedQuickly() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/forty.jsonl"
        var line = Data(#"{"text": ""#.utf8)
        line.append(Data(repeating: UInt8(ascii: "z"), count: 40 << 20))
        line.append(Data("\"}\n".utf8))
        try line.write(to: URL(fileURLWithPath: path))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path, line: 1), limitBytes: 2 << 20)) {
                try CorpusReader(path: path, limits: InputLimits(maxDocumentBytes: 2 << 20)).readAll()
            }
        }
        #expect(elapsed < .milliseconds(500))
    }
}

@Test("maxFileBytes stops a stream of small lines")
func maxFileBytesStopsTheStream() throws {
    try InputFixtures.withTemporaryDirectory { directory in
        let path = directory + "/stream.jsonl"
        try InputFixtures.write(String(repeating: "{\"text\": \"short line\"}\n", count: 1000), to: path)
        #expect(throws: LedeError.inputTooLarge(SourceLocation(path: path), limitBytes: 5000)) {
            try CorpusReader(path: path, limits: InputLimits(maxDocumentBytes: 100, maxFileBytes: 5000)).readAll()
        }
    }
}
