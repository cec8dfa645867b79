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
        // Most numbers are short: their value is built on the way (digits as an integer, then
        // one division by a power of ten, which rounds exactly as parsing the text would).
        var whole: UInt64 = 0
        var digitCount = 0
        var fractionDigits = 0
        while i < end {
            let b = u[i]
            if isDigit(b) {
                if !decimal { integerDigits += 1 } else { fractionDigits += 1 }
                if digitCount < 19 { whole = whole &* 10 &+ UInt64(b - 48) }
                digitCount += 1
                i += 1
            } else if b == UInt8(ascii: ","), !decimal, i + 3 < end, isDigit(u[i + 1]), isDigit(u[i + 2]),
                      isDigit(u[i + 3]), i + 4 >= end || !isDigit(u[i + 4]) {
                separator = true
                i += 1
            } else if b == UInt8(ascii: "."), !decimal, i + 1 < end, isDigit(u[i + 1]) {
                decimal = true
                i += 1
            } else {
                break
            }
        }
        let numberEnd = i
        // An exponent: digits, `e`, digits and nothing else in the token.
        var exponentEnd: Int?
        if i + 1 < end, u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E") {
            var k = i + 1
            if k < end, u[k] == UInt8(ascii: "-") || u[k] == UInt8(ascii: "+") { k += 1 }
            let digitStart = k
            while k < end, isDigit(u[k]) { k += 1 }
            if k == end, k > digitStart { exponentEnd = k }
        }
        let value: Double?
        if exponentEnd == nil, digitCount <= 15, fractionDigits <= 22 {
            // Exact: the digits fit in 53 bits and the power of ten is exact too.
            value = fractionDigits == 0 ? Double(whole) : Double(whole) / powersOfTen[fractionDigits]
        } else {
            var text: [UInt8] = []
            text.reserveCapacity((exponentEnd ?? numberEnd) - start)
            for k in start..<(exponentEnd ?? numberEnd) where u[k] != UInt8(ascii: ",") { text.append(u[k]) }
            value = parse(text)
        }
        return Digits(value: value, end: exponentEnd ?? numberEnd, integerDigits: integerDigits, hasSeparator: separator,
                      hasDecimal: decimal)
    }

    private static let powersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { v, _ in v * 10 } }

    /// A finite Double, or nil (too large, too long, or not a number).
    static func parse(_ bytes: [UInt8]) -> Double? {
        guard !bytes.isEmpty, bytes.count <= 400 else { return nil }
        guard let v = Double(String(decoding: bytes, as: UTF8.self)), v.isFinite else { return nil }
        return v
    }
}
