/// Reads the numeric part of a token's UTF-8 bytes: digits with thousands separators and a
/// decimal point (`1,500`, `2.5`), and what may follow them inside the same token (`3bn`,
/// `10-12`, `60-plus`, `1e400`).
enum NumberReader {
    struct Digits {
        /// nil when the number does not fit in a Double (`1e400`, a 500-digit run).
        var value: Double?
        /// Where the numeric part ends (a byte offset).
        var end: Int
        var integerDigits: Int
        var hasSeparator: Bool
        var hasDecimal: Bool
    }

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// The number at the start of `u[start..<end]`: digits, `,` before groups of three and one
    /// `.` before more digits, then an optional exponent (`1e400`). Nil when it does not
    /// start with a digit.
    static func digits(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Digits? {
        guard start < end, isDigit(u[start]) else { return nil }
        var i = start
        var integerDigits = 0
        var separator = false
        var decimal = false
        var mantissa: [UInt8] = []
        while i < end {
            let b = u[i]
            if isDigit(b) {
                if !decimal { integerDigits += 1 }
                mantissa.append(b)
                i += 1
            } else if b == UInt8(ascii: ","), !decimal, i + 3 < end, isDigit(u[i + 1]), isDigit(u[i + 2]),
                      isDigit(u[i + 3]), i + 4 >= end || !isDigit(u[i + 4]) {
                separator = true
                i += 1
            } else if b == UInt8(ascii: "."), !decimal, i + 1 < end, isDigit(u[i + 1]) {
                decimal = true
                mantissa.append(b)
                i += 1
            } else {
                break
            }
        }
        // An exponent: digits, `e`, digits and nothing else in the token.
        if i + 1 < end, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            var k = i + 1
            var exponent: [UInt8] = []
            if k < end, u[k] == UInt8(ascii: "-") || u[k] == UInt8(ascii: "+") {
                exponent.append(u[k])
                k += 1
            }
            let digitStart = k
            while k < end, isDigit(u[k]) {
                exponent.append(u[k])
                k += 1
            }
            if k == end, k > digitStart {
                mantissa.append(UInt8(ascii: "e"))
                mantissa.append(contentsOf: exponent)
                i = k
            }
        }
        return Digits(value: parse(mantissa), end: i, integerDigits: integerDigits, hasSeparator: separator,
                      hasDecimal: decimal)
    }

    /// A finite Double, or nil (too large, too long, or not a number).
    static func parse(_ bytes: [UInt8]) -> Double? {
        guard !bytes.isEmpty, bytes.count <= 400 else { return nil }
        guard let v = Double(String(decoding: bytes, as: UTF8.self)), v.isFinite else { return nil }
        return v
    }
}
