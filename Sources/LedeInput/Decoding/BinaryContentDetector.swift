/// Recognises input that is not text at all, so a stray image or archive given as an article
/// fails with "looks like a binary file" instead of producing a nonsense prediction.
enum BinaryContentDetector {
    /// How much of the start of a file is inspected: enough to catch NULs in any binary header,
    /// small enough to cost nothing.
    static let inspectedBytes = 8192

    private static let signatures: [(name: String, bytes: [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("PDF document", Array("%PDF-".utf8)),
        ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("ZIP archive", [0x50, 0x4B, 0x05, 0x06]),
        ("GZIP archive", [0x1F, 0x8B]),
        ("JPEG image", [0xFF, 0xD8, 0xFF]),
        ("GIF image", Array("GIF8".utf8)),
    ]

    /// Why `bytes` look binary (`"PNG image signature"`, `"NUL byte at offset 12"`), or `nil` for text.
    /// Only the first ``inspectedBytes`` are looked at; callers exempt UTF-16, whose ASCII has NULs.
    static func reason(_ bytes: UnsafeRawBufferPointer) -> String? {
        for signature in signatures where bytes.starts(with: signature.bytes) {
            return "\(signature.name) signature"
        }
        let head = UnsafeRawBufferPointer(rebasing: bytes.prefix(inspectedBytes))
        if let offset = head.firstIndex(of: 0) {
            return "NUL byte at offset \(offset)"
        }
        return nil
    }
}
