/// Converts between Unicode scalar offsets (what spans are reported in) and UTF-8 byte
/// offsets (what scanners work on) for one text.
///
/// ASCII text needs no table: both offsets are equal. Otherwise the map keeps only the
/// scalars that take more than one byte, so the cost is proportional to the non-ASCII
/// characters, not to the text.
public struct ScalarMap: Sendable, Equatable {
    /// Scalar offsets of the multi-byte scalars, ascending.
    private let wideScalars: [Int32]
    /// Byte offsets of the same scalars.
    private let wideBytes: [Int32]
    /// Extra bytes (beyond one per scalar) up to and including each wide scalar.
    private let extraThrough: [Int32]
    public let scalarCount: Int
    public let byteCount: Int

    public init(_ text: String) {
        var scalars: [Int32] = [], bytes: [Int32] = [], extra: [Int32] = []
        var scalarIndex: Int32 = 0, byteIndex: Int32 = 0, total: Int32 = 0
        for b in text.utf8 {
            if b & 0xC0 != 0x80 {  // a scalar starts here
                if b >= 0x80 {
                    let width: Int32 = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                    total += width - 1
                    scalars.append(scalarIndex)
                    bytes.append(byteIndex)
                    extra.append(total)
                }
                scalarIndex += 1
            }
            byteIndex += 1
        }
        wideScalars = scalars
        wideBytes = bytes
        extraThrough = extra
        scalarCount = Int(scalarIndex)
        byteCount = Int(byteIndex)
    }

    init(asciiCount: Int) {
        wideScalars = []
        wideBytes = []
        extraThrough = []
        scalarCount = asciiCount
        byteCount = asciiCount
    }

    init(wideScalars: [Int32], wideBytes: [Int32], extraThrough: [Int32], scalarCount: Int, byteCount: Int) {
        self.wideScalars = wideScalars
        self.wideBytes = wideBytes
        self.extraThrough = extraThrough
        self.scalarCount = scalarCount
        self.byteCount = byteCount
    }

    public var isASCII: Bool { wideScalars.isEmpty }

    /// The byte offset where the scalar at `scalar` starts (or `byteCount` at the end).
    public func byteOffset(ofScalar scalar: Int) -> Int {
        if wideScalars.isEmpty { return scalar }
        // Number of wide scalars strictly before `scalar`.
        let k = lowerBound(wideScalars, Int32(clamping: scalar))
        return scalar + (k == 0 ? 0 : Int(extraThrough[k - 1]))
    }

    /// The scalar offset of the scalar that contains byte `byte`.
    public func scalarOffset(ofByte byte: Int) -> Int {
        if wideBytes.isEmpty { return byte }
        // Wide scalars starting at or before `byte`.
        let k = upperBound(wideBytes, Int32(clamping: byte))
        if k == 0 { return byte }
        let start = Int(wideBytes[k - 1])
        let extraBefore = k >= 2 ? Int(extraThrough[k - 2]) : 0
        let width = Int(extraThrough[k - 1]) - extraBefore + 1
        if byte < start + width { return Int(wideScalars[k - 1]) }  // inside that scalar
        return byte - Int(extraThrough[k - 1])
    }

    private func lowerBound(_ a: [Int32], _ x: Int32) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func upperBound(_ a: [Int32], _ x: Int32) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] <= x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

extension String {
    /// The text of a scalar span, using `map` to find the bytes.
    public func slice(_ span: TextSpan, map: ScalarMap) -> String {
        let b = map.byteOffset(ofScalar: span.begin), e = map.byteOffset(ofScalar: span.end)
        let u = utf8
        let start = u.index(u.startIndex, offsetBy: b), end = u.index(u.startIndex, offsetBy: e)
        return String(self[start..<end])
    }
}
