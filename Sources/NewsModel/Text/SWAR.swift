/// Eight bytes at a time ("SIMD within a register"): the byte scans of the reader and the
/// scanner skip plain ASCII text a machine word at a time.
enum SWAR {
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    static let ones: UInt64 = 0x0101_0101_0101_0101

    @inline(__always)
    static func load(_ u: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(u.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// Some byte of `w` is below 0x20 (a control byte). Bytes of 0x80 and above never count.
    @inline(__always)
    static func hasByteBelow32(_ w: UInt64) -> Bool { (w &- ones &* 0x20) & ~w & highBits != 0 }

    /// Some byte of `w` equals `b`.
    @inline(__always)
    static func hasByte(_ w: UInt64, _ b: UInt8) -> Bool {
        let x = w ^ (ones &* UInt64(b))
        return (x &- ones) & ~x & highBits != 0
    }

    /// `w` with its ASCII capitals `A`–`Z` made lower case (other bytes kept), as
    /// `WordTable.fold` does byte by byte.
    @inline(__always)
    static func foldASCII(_ w: UInt64) -> UInt64 {
        let low = w & ~highBits
        let atLeastA = (low &+ ones &* (0x80 - 0x41)) & highBits
        let pastZ = (low &+ ones &* (0x80 - 0x5B)) & highBits
        return w | (atLeastA & ~pastZ & ~w) >> 2
    }

    static func contains(_ u: UnsafeBufferPointer<UInt8>, _ b: UInt8) -> Bool {
        var i = 0
        while i + 8 <= u.count {
            if hasByte(load(u, i), b) { return true }
            i += 8
        }
        while i < u.count {
            if u[i] == b { return true }
            i += 1
        }
        return false
    }
}
