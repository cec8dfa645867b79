/// A map from Strings to Ints for the short keys an article makes (actor keys, surnames,
/// short forms): keys are hashed with FNV-1a over their UTF-8 bytes, which for keys of a few
/// bytes costs a fraction of `Dictionary`'s seeded SipHash. Open addressing with linear
/// probing; keys are never removed.
struct StringIntMap {
    private struct Entry {
        let key: String
        let hash: UInt32
        var value: Int
    }

    /// Per slot: the entry number + 1 (0 empty). Empty until the first key or reservation.
    private var slots: [Int32] = []
    private var entries: [Entry] = []
    private var mask = 0

    init() {}

    var count: Int { entries.count }

    /// Makes room for `n` keys without regrowth.
    mutating func reserveCapacity(_ n: Int) {
        entries.reserveCapacity(n)
        if n * 2 > slots.count { rehash(minimumCapacity: n) }
    }

    /// FNV-1a over the key's UTF-8 bytes.
    @inline(__always)
    static func hash(_ key: String) -> UInt32 {
        var key = key
        return key.withUTF8 { u in
            var h: UInt32 = 2_166_136_261
            for b in u { h = (h ^ UInt32(b)) &* 16_777_619 }
            return h
        }
    }

    subscript(key: String) -> Int? {
        let e = entry(key, StringIntMap.hash(key)).entry
        return e < 0 ? nil : entries[e].value
    }

    /// The value of `key` if it has one; otherwise `key` gets `value` and the result is nil.
    mutating func claim(_ key: String, with value: Int) -> Int? {
        let h = StringIntMap.hash(key)
        let (slot, e) = entry(key, h)
        if e >= 0 { return entries[e].value }
        insert(Entry(key: key, hash: h, value: value), at: slot)
        return nil
    }

    /// Sets the value of `key`, returning the one it replaced.
    @discardableResult
    mutating func updateValue(_ value: Int, forKey key: String) -> Int? {
        let h = StringIntMap.hash(key)
        let (slot, e) = entry(key, h)
        if e >= 0 {
            let old = entries[e].value
            entries[e].value = value
            return old
        }
        insert(Entry(key: key, hash: h, value: value), at: slot)
        return nil
    }

    /// The slot where `key` is or would go, and its entry number (-1 when absent).
    @inline(__always)
    private func entry(_ key: String, _ h: UInt32) -> (slot: Int, entry: Int) {
        guard !slots.isEmpty else { return (-1, -1) }
        var i = Int(h) & mask
        while true {
            let s = Int(slots[i])
            if s == 0 { return (i, -1) }
            if entries[s - 1].hash == h, entries[s - 1].key == key { return (i, s - 1) }
            i = (i + 1) & mask
        }
    }

    private mutating func insert(_ e: Entry, at slot: Int) {
        entries.append(e)
        if slot >= 0, entries.count * 2 <= slots.count {
            slots[slot] = Int32(entries.count)
        } else {
            rehash(minimumCapacity: entries.count)
        }
    }

    private mutating func rehash(minimumCapacity n: Int) {
        var capacity = max(16, slots.count)
        while capacity < n * 2 + 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        for e in entries.indices {
            var i = Int(entries[e].hash) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(e + 1)
        }
    }
}
