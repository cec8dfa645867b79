/// A read-only map from words to values, looked up by a token's UTF-8 bytes folded to
/// lower case (ASCII letters only), without making a String: the hot path of every
/// extractor asks it once per token.
///
/// Open addressing with linear probing; keys are stored once in one byte buffer.
public struct WordTable<Value: Sendable>: Sendable {
    /// Open-addressed slots: the key's hash in the high 32 bits and its entry number + 1 in
    /// the low ones (0 empty), so a probe that misses reads one word.
    private var slots: [UInt64]
    /// Per entry: where its key is in `keyBytes` (high 32 bits) and its length (low 32).
    private var keys: [UInt64] = []
    private var values: [Value] = []
    private var keyBytes: [UInt8] = []
    /// Per entry: its first eight folded bytes as one little-endian word, zero-padded (for the
    /// one-compare test of short keys in `forEachEntry`).
    private var keyWords: [UInt64] = []
    private var mask: Int
    /// A small bit filter over the hashes (two bits per key): most words of a text are not
    /// keys, and the filter turns them away without touching the larger arrays.
    private var filter: [UInt64]
    private var filterMask: Int

    public init(_ pairs: [(String, Value)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
        var bits = 1024
        while bits < pairs.count * 16 { bits <<= 1 }
        filter = [UInt64](repeating: 0, count: bits / 64)
        filterMask = bits - 1
        for (key, value) in pairs { insert(key, value) }
    }

    public var count: Int { values.count }

    /// A set of words: each maps to `true`.
    public init(words: [String]) where Value == Bool {
        self.init(words.map { ($0, true) })
    }

    /// Adds or replaces a key (lower-cased on the way in). The folded bytes are written
    /// straight into `keyBytes` and taken back if the key was there: no array per key.
    private mutating func insert(_ key: String, _ value: Value) {
        var key = key
        let start = keyBytes.count
        var h = WordTable.hashSeed
        key.withUTF8 { u in
            for b in u {
                let f = WordTable.fold(b)
                keyBytes.append(f)
                h = (h ^ UInt32(f)) &* 16_777_619
            }
        }
        let length = keyBytes.count - start
        var i = Int(h) & mask
        while slots[i] != 0 {
            let e = Int(slots[i] & 0xFFFF_FFFF) - 1
            let s = Int(keys[e] >> 32), n = Int(keys[e] & 0xFFFF_FFFF)
            if UInt32(slots[i] >> 32) == h, n == length, keyBytes[s..<(s + n)].elementsEqual(keyBytes[start...]) {
                values[e] = value
                keyBytes.removeLast(length)
                return
            }
            i = (i + 1) & mask
        }
        let (a, b) = filterBits(h)
        filter[a >> 6] |= 1 << UInt64(a & 63)
        filter[b >> 6] |= 1 << UInt64(b & 63)
        slots[i] = UInt64(h) << 32 | UInt64(values.count + 1)
        keys.append(UInt64(start) << 32 | UInt64(length))
        var word: UInt64 = 0
        for (j, b) in keyBytes[start..<(start + min(length, 8))].enumerated() { word |= UInt64(b) << UInt64(8 * j) }
        keyWords.append(word)
        values.append(value)
    }

    @inline(__always)
    static func fold(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }

    static var hashSeed: UInt32 { 2_166_136_261 }

    /// One step of the key hash (FNV-1a over ASCII-folded bytes).
    @inline(__always)
    static func hash(_ h: UInt32, _ b: UInt8) -> UInt32 { (h ^ UInt32(fold(b))) &* 16_777_619 }

    @inline(__always)
    static func hash<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var h = hashSeed
        for b in bytes { h = hash(h, b) }
        return h
    }

    /// The value for the bytes `u[start..<end]`, compared case-insensitively (ASCII).
    @inline(__always)
    public func lookup(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Value? {
        guard let e = index(u, start, end) else { return nil }
        return values[e]
    }

    /// Whether the bytes `u[start..<end]` are a key (ASCII case-insensitively).
    @inline(__always)
    public func contains(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        index(u, start, end) != nil
    }

    /// The value for a token of the text `u`, by the hash the tokenizer stored in it: a word
    /// that is no key costs a filter probe, a key one byte comparison.
    @inline(__always)
    public func lookup(_ u: UnsafeBufferPointer<UInt8>, _ t: Token) -> Value? {
        guard let e = index(u, Int(t.byteBegin), Int(t.byteEnd), hash: t.wordHash, lowerCase: t.has(.noUpper)) else { return nil }
        return values[e]
    }

    /// Whether a token of the text `u` is a key (see `lookup(_:_:)` with a token).
    @inline(__always)
    public func contains(_ u: UnsafeBufferPointer<UInt8>, _ t: Token) -> Bool {
        index(u, Int(t.byteBegin), Int(t.byteEnd), hash: t.wordHash, lowerCase: t.has(.noUpper)) != nil
    }

    /// The entry whose key is `u[start..<end]` folded, given its hash. Bytes known to hold no
    /// upper-case letter (`lowerCase`) are compared without folding.
    @inline(__always)
    private func index(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash h: UInt32, lowerCase: Bool = false) -> Int? {
        let n = end - start
        guard n > 0 else { return nil }
        let (fa, fb) = filterBits(h)
        guard filter[fa &>> 6] & (1 &<< UInt64(fa & 63)) != 0, filter[fb &>> 6] & (1 &<< UInt64(fb & 63)) != 0 else { return nil }
        var i = Int(h) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if UInt32(truncatingIfNeeded: slot >> 32) == h {
                let e = Int(slot & 0xFFFF_FFFF) - 1
                let key = keys[e]
                if Int(key & 0xFFFF_FFFF) == n {
                    let base = Int(key >> 32)
                    var k = 0
                    if lowerCase {
                        while k < n, keyBytes[base + k] == u[start + k] { k += 1 }
                    } else {
                        while k < n, keyBytes[base + k] == WordTable.fold(u[start + k]) { k += 1 }
                    }
                    if k == n { return e }
                }
            }
            i = (i + 1) & mask
        }
    }

    /// Calls `body(k, entry)` for every token `k` of the text `u` that is a key, with the
    /// key's entry number (keys are numbered in the order they were given, from 0), in one
    /// pass with the table's arrays read unchecked: what the segmenter asks of every token.
    @inline(__always)
    func forEachEntry(of tokens: [Token], _ u: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                keyBytes.withUnsafeBufferPointer { keyBytes in
                    keyWords.withUnsafeBufferPointer { keyWords in
                        filter.withUnsafeBufferPointer { filter in
                            tokens.withUnsafeBufferPointer { tokens in
                                for k in 0..<tokens.count {
                                    let e = WordTable.entryNumber(tokens[k], u, slots, keys, keyBytes, keyWords, filter, mask, filterMask)
                                    if e > 0 { body(k, e - 1) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `index(_:_:_:hash:lowerCase:)` + 1 (or 0) over the table's arrays as unchecked buffers.
    @inline(__always)
    private static func entryNumber(_ t: Token, _ u: UnsafeBufferPointer<UInt8>, _ slots: UnsafeBufferPointer<UInt64>,
                                    _ keys: UnsafeBufferPointer<UInt64>, _ keyBytes: UnsafeBufferPointer<UInt8>,
                                    _ keyWords: UnsafeBufferPointer<UInt64>, _ filter: UnsafeBufferPointer<UInt64>, _ mask: Int, _ filterMask: Int) -> Int {
        let start = Int(t.byteBegin), n = Int(t.byteEnd) - start, h = t.wordHash
        guard n > 0 else { return 0 }
        let mixed = h &* 0x9E37_79B9
        let fa = Int(h >> 7) & filterMask, fb = Int(mixed >> 11) & filterMask
        guard filter[fa &>> 6] & (1 &<< UInt64(fa & 63)) != 0, filter[fb &>> 6] & (1 &<< UInt64(fb & 63)) != 0 else { return 0 }
        let lowerCase = t.has(.noUpper)
        // A word of up to eight bytes (not at the very end of the text) is compared as one
        // machine word, folded eight bytes at a time.
        var word: UInt64 = 0
        let short = n <= 8 && start + 8 <= u.count
        if short {
            word = SWAR.load(u, start) & (n == 8 ? ~0 : (1 &<< UInt64(8 * n)) &- 1)
            if !lowerCase { word = SWAR.foldASCII(word) }
        }
        var i = Int(h) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return 0 }
            if UInt32(truncatingIfNeeded: slot >> 32) == h {
                let e = Int(slot & 0xFFFF_FFFF) - 1
                let key = keys[e]
                if short {
                    if Int(key & 0xFFFF_FFFF) == n, keyWords[e] == word { return e + 1 }
                } else if Int(key & 0xFFFF_FFFF) == n {
                    let base = Int(key >> 32)
                    var k = 0
                    if lowerCase {
                        while k < n, keyBytes[base + k] == u[start + k] { k += 1 }
                    } else {
                        while k < n, keyBytes[base + k] == fold(u[start + k]) { k += 1 }
                    }
                    if k == n { return e + 1 }
                }
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always)
    private func filterBits(_ h: UInt32) -> (Int, Int) {
        let mixed = h &* 0x9E37_79B9
        return (Int(h >> 7) & filterMask, Int(mixed >> 11) & filterMask)
    }

    /// The entry number of a key given as bytes (phrases of several tokens, cold paths).
    @inline(__always)
    private func index(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var h = WordTable.hashSeed
        for k in start..<end { h = WordTable.hash(h, u[k]) }
        return index(u, start, end, hash: h)
    }

    /// Convenience lookup of a String (tests, cold paths).
    public func lookup(_ s: String) -> Value? {
        var s = s
        return s.withUTF8 { lookup($0, 0, $0.count) }
    }
}
