// Cutting UTF-8 bytes to a length without splitting a character.

extension Array where Element == UInt8 {
    /// The first `limit` bytes at most, cut back to the start of a UTF-8 sequence so no character is split;
    /// `nil` when the array is not longer than `limit`.
    func prefixAtCharacterBoundary(_ limit: Int) -> [UInt8]? {
        guard count > limit else { return nil }
        var cut = limit
        while cut > 0 && self[cut] & 0xC0 == 0x80 { cut -= 1 }
        return Array(self[0..<cut])
    }
}
