/// A read-only map from words to values, looked up by a token's UTF-8 bytes folded to
/// lower case (ASCII letters only), without making a String: the hot path of every
/// extractor asks it once per token.
///
/// Open addressing with linear probing; keys are stored once in one byte buffer.
public struct WordTable<Value: Sendable>: Sendable {
    private var slots: [Int32]  // index into entries, -1 empty
    private var entries: [(start: Int32, length: Int32, hash: UInt32, value: Value)] = []
    private var keyBytes: [UInt8] = []
    private var mask: Int

    public init(_ pairs: [(String, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs { insert(key, value) }
    }

    public var count: Int { entries.count }

    /// Adds or replaces a key (lower-cased on the way in).
    private mutating func insert(_ key: String, _ value: Value) {
        let bytes = Array(key.utf8).map(WordTable.fold)
        let h = WordTable.hash(bytes[...])
        var i = Int(h) & mask
        while slots[i] >= 0 {
            let e = entries[Int(slots[i])]
            if e.hash == h, Array(keyBytes[Int(e.start)..<Int(e.start + e.length)]) == bytes {
                entries[Int(slots[i])].value = value
                return
            }
            i = (i + 1) & mask
        }
        slots[i] = Int32(entries.count)
        entries.append((Int32(keyBytes.count), Int32(bytes.count), h, value))
        keyBytes.append(contentsOf: bytes)
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var h: UInt32 = 2_166_136_261
        for b in bytes { h = (h ^ UInt32(fold(b))) &* 16_777_619 }
        return h
    }

    /// The value for the bytes `u[start..<end]`, compared case-insensitively (ASCII).
    @inline(__always)
    public func lookup(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        let n = end - start
        guard n > 0 else { return nil }
        var h: UInt32 = 2_166_136_261
        for k in start..<end { h = (h ^ UInt32(WordTable.fold(u[k]))) &* 16_777_619 }
        var i = Int(h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return nil }
            let e = entries[Int(s)]
            if e.hash == h, Int(e.length) == n {
                var same = true
                let base = Int(e.start)
                for k in 0..<n where keyBytes[base + k] != WordTable.fold(u[start + k]) {
                    same = false
                    break
                }
                if same { return e.value }
            }
            i = (i + 1) & mask
        }
    }

    /// Convenience lookup of a String (tests, cold paths).
    public func lookup(_ s: String) -> Value? {
        var s = s
        return s.withUTF8 { lookup($0, 0, $0.count) }
    }
}
