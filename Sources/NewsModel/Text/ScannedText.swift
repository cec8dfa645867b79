/// An article's text decoded once into scalars and their character classes: the input of
/// the tokenizer and the sentence splitter. Pure ASCII text (most news) keeps no byte
/// offset table, since byte and scalar offsets are then equal.
struct ScannedText {
    let scalars: [Unicode.Scalar]
    let classes: [CharClass]
    /// Byte offset of each scalar plus one entry for the end; empty when the text is ASCII.
    private let byteOffsets: [Int32]
    let isASCII: Bool
    let byteCount: Int

    init(_ text: String) {
        var text = text
        let n = text.utf8.count
        byteCount = n
        var ascii = true
        var scalarCount = 0
        // One pass to size the arrays (counts scalar starts) and detect ASCII.
        text.withUTF8 { u in
            // Plain ASCII eight bytes at a time; the bytes of other text one by one.
            var i = 0
            while i + 8 <= n, SWAR.load(u, i) & SWAR.highBits == 0 { i += 8 }
            scalarCount = i
            while i < n {
                let b = u[i]
                if b & 0xC0 != 0x80 { scalarCount += 1 }
                if b >= 0x80 { ascii = false }
                i += 1
            }
        }
        isASCII = ascii
        let table = CharClass.asciiTable
        var scalars = [Unicode.Scalar](repeating: " ", count: scalarCount)
        var classes = [CharClass](repeating: .space, count: scalarCount)
        var offsets = ascii ? [] : [Int32](repeating: 0, count: scalarCount + 1)
        text.withUTF8 { u in
            scalars.withUnsafeMutableBufferPointer { s in
                classes.withUnsafeMutableBufferPointer { c in
                    table.withUnsafeBufferPointer { t in
                        if ascii {
                            for i in 0..<n {
                                let b = u[i]
                                s[i] = Unicode.Scalar(b)
                                c[i] = t[Int(b)]
                            }
                            return
                        }
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
        }
        self.scalars = scalars
        self.classes = classes
        byteOffsets = offsets
    }

    var count: Int { scalars.count }

    @inline(__always)
    func byteOffset(_ scalarIndex: Int) -> Int32 {
        isASCII ? Int32(scalarIndex) : byteOffsets[scalarIndex]
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
