/// An article's text measured once for the tokenizer and the sentence splitter: whether it
/// is pure ASCII (most news), and, only when it is not, its scalars, their character classes
/// and their byte offsets. ASCII text is read straight from its bytes (see `ASCIISource`).
struct ScannedText {
    /// The scalars and their classes; empty when the text is ASCII.
    private let scalars: [Unicode.Scalar]
    private let classes: [CharClass]
    /// Byte offset of each scalar plus one entry for the end; empty when the text is ASCII.
    private let byteOffsets: [Int32]
    let isASCII: Bool
    let byteCount: Int
    /// The number of scalars.
    let count: Int

    init(_ u: UnsafeBufferPointer<UInt8>) {
        let n = u.count
        byteCount = n
        var ascii = true
        var scalarCount = 0
        // One pass to size the arrays (counts scalar starts) and detect ASCII: plain ASCII
        // eight bytes at a time, the bytes of other text one by one.
        var i = 0
        while i + 8 <= n, SWAR.load(u, i) & SWAR.highBits == 0 { i += 8 }
        scalarCount = i
        while i < n {
            let b = u[i]
            if b & 0xC0 != 0x80 { scalarCount += 1 }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        isASCII = ascii
        count = scalarCount
        guard !ascii else {
            scalars = []
            classes = []
            byteOffsets = []
            return
        }
        let table = CharClass.asciiTable
        var scalars = [Unicode.Scalar](repeating: " ", count: scalarCount)
        var classes = [CharClass](repeating: .space, count: scalarCount)
        var offsets = [Int32](repeating: 0, count: scalarCount + 1)
        scalars.withUnsafeMutableBufferPointer { s in
            classes.withUnsafeMutableBufferPointer { c in
                table.withUnsafeBufferPointer { t in
                    offsets.withUnsafeMutableBufferPointer { o in
                        var i = 0, k = 0
                        while i < n {
                            let (scalar, w) = decodeScalar(u, i)
                            s[k] = scalar
                            c[k] = scalar.value < 128 ? t[Int(scalar.value)] : CharClass.of(scalar)
                            o[k] = Int32(i)
                            i += w
                            k += 1
                        }
                        o[k] = Int32(n)
                    }
                }
            }
        }
        self.scalars = scalars
        self.classes = classes
        byteOffsets = offsets
    }

    /// Runs `body` on the character source of this text (`u` being its bytes): the bytes
    /// themselves when the text is ASCII, else the decoded arrays.
    func withSource<R>(_ u: UnsafeBufferPointer<UInt8>, ascii: (ASCIISource) -> R, decoded: (DecodedSource) -> R) -> R {
        if isASCII {
            return CharClass.asciiTable.withUnsafeBufferPointer { ascii(ASCIISource(bytes: u, table: $0)) }
        }
        return classes.withUnsafeBufferPointer { c in
            scalars.withUnsafeBufferPointer { s in
                byteOffsets.withUnsafeBufferPointer { o in decoded(DecodedSource(classes: c, scalars: s, offsets: o)) }
            }
        }
    }

    /// The scalar ↔ byte map of this text, without another pass over it.
    var scalarMap: ScalarMap {
        if isASCII { return ScalarMap(asciiCount: count) }
        var wide: [Int32] = [], bytes: [Int32] = [], extra: [Int32] = []
        var total: Int32 = 0
        for k in 0..<count {
            let w = byteOffsets[k + 1] - byteOffsets[k]
            if w > 1 {
                total += w - 1
                wide.append(Int32(k))
                bytes.append(byteOffsets[k])
                extra.append(total)
            }
        }
        return ScalarMap(wideScalars: wide, wideBytes: bytes, extraThrough: extra, scalarCount: count, byteCount: byteCount)
    }
}
