import LedeInput
import Testing

@Suite("ByteCount: sizes as people write them")
struct ByteCountTests {
    static let sizes: [(String, Int)] = [
        ("67108864", 67_108_864), ("64M", 67_108_864), ("64MiB", 67_108_864), ("64mb", 67_108_864),
        ("64 MiB", 67_108_864), ("512k", 524_288), ("512KiB", 524_288), ("1G", 1_073_741_824),
        ("2t", 2_199_023_255_552), ("1.5G", 1_610_612_736), ("100B", 100), ("100b", 100),
        (" 16M ", 16_777_216), ("1", 1), ("1000 bytes", 1000), ("1 byte", 1),
    ]

    @Test("bare numbers are bytes; k, M, G, T are binary, with or without B or iB, in any case", arguments: sizes)
    func parsesSizes(text: String, bytes: Int) {
        #expect(ByteCount(parsing: text)?.bytes == bytes, "\(text)")
    }

    static let nonSizes: [String] = [
        "", " ", "0", "0M", "64  M", "6 4M", "bytes", "-1", "-5M", "M", "iB", "5iB", "5X", "1.2.3M", ".5M", "5.M",
        "0.5", "1.0000001k", "9999999999T", "99999999999999999999", "ten", "５M", "1e6",
    ]

    @Test("what is not a positive whole number of bytes is refused", arguments: nonSizes)
    func refusesNonSizes(text: String) {
        #expect(ByteCount(parsing: text) == nil, "\(text)")
    }

    @Test("a size prints in the largest binary unit that divides it exactly")
    func describesInTheLargestExactUnit() {
        #expect(ByteCount(bytes: 64 << 20).description == "64 MiB")
        #expect(ByteCount(bytes: 1536 << 10).description == "1536 KiB")
        #expect(ByteCount(bytes: 1000).description == "1000 bytes")
        #expect(ByteCount(bytes: 1).description == "1 byte")
        #expect(ByteCount(bytes: 3 << 40).description == "3 TiB")
    }

    @Test("a description reads back as the same size", arguments: [1, 1000, 1024, 67_108_864, 1_572_864, 5_497_558_138_880])
    func descriptionRoundTrips(bytes: Int) {
        let text = ByteCount(bytes: bytes).description
        #expect(ByteCount(parsing: text)?.bytes == bytes, "\(text)")
    }
}
