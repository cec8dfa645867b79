/// A quick "maybe" test for a small set of words: one bit per (first letter, last letter,
/// length) of the words, so a scan can turn away almost every other word without hashing it.
/// Only ASCII letters count, case folded; longer words share the top length slot.
struct WordShapeFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: (26 * 26 * 16 + 63) / 64)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words {
            let b = Array(w.utf8)
            guard let i = WordShapeFilter.slot(first: b.first ?? 0, last: b.last ?? 0, length: b.count) else { continue }
            bits[i >> 6] |= 1 << UInt64(i & 63)
        }
    }

    @inline(__always)
    private static func slot(first: UInt8, last: UInt8, length: Int) -> Int? {
        let f = Int(first | 0x20) - 97, l = Int(last | 0x20) - 97
        guard f >= 0, f < 26, l >= 0, l < 26, length > 0 else { return nil }
        return (f * 26 + l) * 16 + min(length, 15)
    }

    /// Whether `u[start..<end]` may be one of the words (false means surely not).
    @inline(__always)
    func mayContain(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end > start, let i = WordShapeFilter.slot(first: u[start], last: u[end - 1], length: end - start) else { return false }
        return bits[i &>> 6] & (1 &<< UInt64(i & 63)) != 0
    }
}
