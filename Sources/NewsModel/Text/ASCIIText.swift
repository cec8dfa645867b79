/// Small string operations done on UTF-8 bytes, for the extractors' inner loops: the
/// Character-based standard library versions cost microseconds per call on short names.
enum ASCIIText {
    /// `s` lower-cased: ASCII letters in one pass over bytes, other text by the standard library.
    static func lowercased(_ s: String) -> String {
        // Read through `withUTF8`: iterating `utf8` of a short (inline) string unpacks it byte
        // by byte, several times slower.
        var s = s
        let need: UInt8 = s.withUTF8 { u in
            var need: UInt8 = 0  // 0 nothing to do, 1 ASCII capitals, 2 other text
            for b in u {
                if b >= 0x80 { return 2 }
                if b >= 65 && b <= 90 { need = 1 }
            }
            return need
        }
        switch need {
        case 0: return s
        case 1: return s.withUTF8 { lowercased($0) }
        default: return s.lowercased()
        }
    }

    /// UTF-8 bytes as a lower-cased String (ASCII letters folded by hand).
    static func lowercased(_ u: UnsafeBufferPointer<UInt8>) -> String {
        for b in u where b >= 0x80 { return String(decoding: u, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: u.count) { out in
            for i in 0..<u.count { out[i] = u[i] >= 65 && u[i] <= 90 ? u[i] | 0x20 : u[i] }
            return u.count
        }
    }

    /// `s` lower-cased, without full stops ("Gen." → "gen", "U.S." → "us").
    static func lowercasedWithoutDots(_ s: String) -> String {
        let lower = lowercased(s)
        guard lower.utf8.contains(UInt8(ascii: ".")) else { return lower }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lower.utf8.count)
        for b in lower.utf8 where b != UInt8(ascii: ".") { bytes.append(b) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the bytes `u[begin..<end]` spell `word` (lower-case ASCII), ASCII letters
    /// compared case-insensitively: a token checked against a word without making a String.
    @inline(__always)
    static func spells(_ u: UnsafeBufferPointer<UInt8>, _ begin: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - begin == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for i in 0..<(end - begin) where WordTable<Bool>.fold(u[begin + i]) != w[i] { return false }
        return true
    }

    /// Whether the UTF-8 bytes of `part` occur in those of `s` (an exact, byte-wise search: the
    /// keys and ids it is asked about are normalized already).
    static func contains(_ s: String, _ part: String) -> Bool {
        var s = s, part = part
        return s.withUTF8 { u in
            part.withUTF8 { p in
                guard !p.isEmpty else { return true }
                guard p.count <= u.count else { return false }
                for start in 0...(u.count - p.count) where u[start] == p[0] {
                    var k = 1
                    while k < p.count, u[start + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
                return false
            }
        }
    }

    /// The last space-separated word of `s` (all of it when it has no space).
    static func lastWord(_ s: String) -> Substring {
        guard let space = s.utf8.lastIndex(of: UInt8(ascii: " ")) else { return s[...] }
        return s[s.utf8.index(after: space)...]
    }
}

extension String {
    /// Lower-cased, with a byte loop for ASCII text (see `ASCIIText.lowercased`).
    var lowercasedFast: String { ASCIIText.lowercased(self) }
}
