/// Windows-1252 to Unicode, per the WHATWG Encoding Standard: bytes below 0x80 and from 0xA0 are
/// the code points of the same value; 0x80–0x9F hold typographic characters (€ ‘ ’ “ ” – —),
/// and the five bytes unassigned there map to the C1 controls of the same value.
package enum Windows1252 {
    private static let highControls: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The code point of one Windows-1252 byte (also how HTML reads `&#128;`–`&#159;`).
    package static func codePoint(of byte: UInt8) -> UInt32 {
        (0x80...0x9F).contains(byte) ? UInt32(highControls[Int(byte) - 0x80]) : UInt32(byte)
    }

    /// Decodes every byte; this cannot fail, which is why it is only used when asked for.
    package static func decode(_ bytes: UnsafeRawBufferPointer) -> String {
        // Each byte becomes at most 3 UTF-8 bytes (U+20AC is the widest).
        String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            var written = 0
            for byte in bytes {
                let scalar: UInt32 =
                    switch byte {
                    case 0x80...0x9F: UInt32(highControls[Int(byte) - 0x80])
                    default: UInt32(byte)
                    }
                if scalar < 0x80 {
                    output[written] = UInt8(scalar)
                    written += 1
                } else if scalar < 0x800 {
                    output[written] = UInt8(0xC0 | (scalar >> 6))
                    output[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                    written += 2
                } else {
                    output[written] = UInt8(0xE0 | (scalar >> 12))
                    output[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                    output[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                    written += 3
                }
            }
            return written
        }
    }
}
