/// Where the tokenizer and the sentence splitter read a text, one Unicode scalar at a time
/// by scalar index: its character class, its value and the byte offset where it starts. Two
/// kinds of text, two sources: ASCII text is read from its bytes as they are, other text
/// from the arrays `ScannedText` decoded. The readers are generic over the source, so each
/// kind gets its own compiled loop with no dispatch in it.
protocol CharSource {
    /// The number of scalars.
    var count: Int { get }
    func cls(_ i: Int) -> CharClass
    func value(_ i: Int) -> UInt32
    func byteOffset(_ i: Int) -> Int32
}

/// ASCII text: scalar `i` is byte `i`, its class one table lookup away.
struct ASCIISource: CharSource {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `CharClass.asciiTable`.
    let table: UnsafeBufferPointer<CharClass>

    var count: Int { bytes.count }
    @inline(__always) func cls(_ i: Int) -> CharClass { table[Int(bytes[i])] }
    @inline(__always) func value(_ i: Int) -> UInt32 { UInt32(bytes[i]) }
    @inline(__always) func byteOffset(_ i: Int) -> Int32 { Int32(i) }
}

/// Text with other scalars, decoded once into arrays.
struct DecodedSource: CharSource {
    let classes: UnsafeBufferPointer<CharClass>
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// Byte offset of each scalar, plus the end.
    let offsets: UnsafeBufferPointer<Int32>

    var count: Int { classes.count }
    @inline(__always) func cls(_ i: Int) -> CharClass { classes[i] }
    @inline(__always) func value(_ i: Int) -> UInt32 { scalars[i].value }
    @inline(__always) func byteOffset(_ i: Int) -> Int32 { offsets[i] }
}
