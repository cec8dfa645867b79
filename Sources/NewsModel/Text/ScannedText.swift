/// An article's text decoded once into scalars and their character classes, with the byte
/// offset of every scalar: the input of the tokenizer and the sentence splitter.
struct ScannedText {
    let scalars: [Unicode.Scalar]
    let classes: [CharClass]
    /// Byte offset of each scalar, plus one entry for the end.
    let byteOffsets: [Int32]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var classes: [CharClass] = []
        var offsets: [Int32] = []
        let n = text.utf8.count
        scalars.reserveCapacity(n)
        classes.reserveCapacity(n)
        offsets.reserveCapacity(n + 1)
        var text = text
        text.withUTF8 { u in
            var i = 0
            while i < u.count {
                let (s, w) = decodeScalar(u, i)
                scalars.append(s)
                classes.append(CharClass.of(s))
                offsets.append(Int32(i))
                i += w
            }
        }
        offsets.append(Int32(n))
        self.scalars = scalars
        self.classes = classes
        byteOffsets = offsets
    }

    var count: Int { scalars.count }
}
