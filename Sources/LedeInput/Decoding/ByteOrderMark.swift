/// A byte-order mark at the start of a file, which settles the encoding.
package struct ByteOrderMark {
    /// The encoding the mark announces.
    package var encoding: TextEncoding
    /// How many bytes the mark takes.
    package var length: Int

    /// The mark at the start of `bytes`, if any.
    package init?(_ bytes: UnsafeRawBufferPointer) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (encoding, length) = (.utf8, 3)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            (encoding, length) = (.utf16LittleEndian, 2)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            (encoding, length) = (.utf16BigEndian, 2)
        } else {
            return nil
        }
    }
}
