/// Builds JSON text as UTF-8 bytes, in the key order the caller writes: the records
/// `newsdash extract` prints read top-down like the schema. Bytes, not a String, because
/// `extract` writes many megabytes: appending to a String costs hundreds of instructions
/// per byte, a byte array a few.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already has a member (a comma is due before the next).
    private var hasMember: [Bool] = []
    private var afterKey = false
    /// Where full buffers go when the writer streams (nil: everything stays in `bytes`).
    private let sink: (([UInt8]) -> Void)?
    /// Bytes held before they go to the sink.
    static let spillSize = 1 << 20

    public init(pretty: Bool = false) {
        self.pretty = pretty
        sink = nil
    }

    /// A writer that hands its bytes to `sink` about a megabyte at a time, so a record as big
    /// as its article is never held whole; `finish()` hands over the rest.
    public init(pretty: Bool = false, sink: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        self.sink = sink
    }

    /// Hands what is held to the sink.
    public mutating func finish() {
        guard let sink, !bytes.isEmpty else { return }
        sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func spillIfFull() {
        if sink != nil, bytes.count >= JSONWriter.spillSize { finish() }
    }

    /// The JSON written so far, as text.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Empties the buffer (its room is kept) for the next record.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        depth = 0
        hasMember.removeAll(keepingCapacity: true)
        afterKey = false
    }

    /// Ends a top-level value with a line break (JSON Lines); the next value starts a new record.
    public mutating func endRecord() {
        bytes.append(10)
    }

    private mutating func beforeValue() {
        spillIfFull()
        if afterKey {
            afterKey = false
            return
        }
        if let last = hasMember.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            hasMember[hasMember.count - 1] = true
            if pretty { newline() }
        }
    }

    private mutating func newline() {
        bytes.append(10)
        bytes.append(contentsOf: repeatElement(32, count: 2 * depth))
    }

    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        hasMember.append(false)
    }

    public mutating func endObject() { end(UInt8(ascii: "}")) }

    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        hasMember.append(false)
    }

    public mutating func endArray() { end(UInt8(ascii: "]")) }

    private mutating func end(_ close: UInt8) {
        depth -= 1
        let had = hasMember.removeLast()
        if pretty, had { newline() }
        bytes.append(close)
    }

    /// A key written in the program (plain ASCII: copied as it is, no escaping to look for).
    public mutating func key(_ k: StaticString) {
        beforeValue()
        bytes.append(34)
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(34)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(32) }
        afterKey = true
    }

    /// A key from data, escaped like any string.
    public mutating func key(text k: String) {
        beforeValue()
        JSONWriter.appendQuoted(k, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(32) }
        afterKey = true
    }

    public mutating func string(_ s: String) {
        beforeValue()
        guard sink != nil, s.utf8.count > JSONWriter.spillSize else {
            JSONWriter.appendQuoted(s, to: &bytes)
            return
        }
        // A long text goes out in pieces cut between characters (no escape spans a cut).
        var s = s
        s.withUTF8 { u in
            bytes.append(34)
            var start = 0
            while start < u.count {
                var end = min(u.count, start + JSONWriter.spillSize)
                while end < u.count, u[end] & 0xC0 == 0x80 { end += 1 }
                JSONWriter.appendEscaped(UnsafeBufferPointer(rebasing: u[start..<end]), to: &bytes)
                spillIfFull()
                start = end
            }
            bytes.append(34)
        }
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func int(_ n: Int) {
        beforeValue()
        JSONWriter.appendDecimal(n, to: &bytes)
    }

    /// A finite number; integers print without a fraction, non-finite values as null.
    public mutating func number(_ d: Double?) {
        beforeValue()
        guard let d, d.isFinite else {
            bytes.append(contentsOf: "null".utf8)
            return
        }
        if d == d.rounded(), abs(d) < 9.0e15 {
            JSONWriter.appendDecimal(Int(d), to: &bytes)
        } else {
            bytes.append(contentsOf: "\(d)".utf8)
        }
    }

    /// A number as written in JSON already (`JSONValue.number` keeps its source text).
    public mutating func number(literal text: String) {
        beforeValue()
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func bool(_ b: Bool) {
        beforeValue()
        bytes.append(contentsOf: (b ? "true" : "false").utf8)
    }

    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// A `"key": value` pair in one call.
    public mutating func field(_ k: StaticString, _ s: String?) { key(k); string(s) }
    public mutating func field(_ k: StaticString, _ n: Int) { key(k); int(n) }
    /// A number, or null.
    public mutating func field(_ k: StaticString, number d: Double?) { key(k); number(d) }
    public mutating func field(_ k: StaticString, _ strings: [String]) {
        key(k)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }
    public mutating func field(_ k: StaticString, _ ints: [Int]) {
        key(k)
        beginArray()
        for n in ints { int(n) }
        endArray()
    }

    /// The decimal digits of `n`.
    static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        if n >= 0, n < 10 {
            out.append(48 + UInt8(n))
            return
        }
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, written backwards
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            repeat {
                raw[23 - count] = 48 + UInt8(m % 10)
                m /= 10
                count += 1
            } while m > 0
            out.append(contentsOf: raw[(24 - count)...])
        }
    }

    /// Escapes quotes, backslashes and every control character (C0, DEL, C1, U+2028/9) so
    /// that output stays one line per record and is safe to print. Works on UTF-8 bytes and
    /// copies clean runs whole.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            out.append(34)
            appendEscaped(u, to: &out)
            out.append(34)
        }
    }

    /// The escaped form of whole UTF-8 characters, without quotes around it.
    static func appendEscaped(_ u: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var run = 0  // start of the clean run not yet copied
        var k = 0
        func flush(_ end: Int) {
            if end > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[run..<end])) }
        }
        func escape(_ v: UInt32) {
            func hex(_ d: UInt32) -> UInt8 { d < 10 ? 48 + UInt8(d) : 87 + UInt8(d) }
            out.append(contentsOf: [92, 117, hex(v >> 12 & 15), hex(v >> 8 & 15), hex(v >> 4 & 15), hex(v & 15)])
        }
        while k < u.count {
            let b = u[k]
            // Most bytes need nothing.
            if (b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C) || (b >= 0x80 && b != 0xC2 && b != 0xE2) {
                k += 1
                continue
            }
            var width = 1
            switch b {
            case 0x22: flush(k); out.append(contentsOf: [92, 34])
            case 0x5C: flush(k); out.append(contentsOf: [92, 92])
            case 0x0A: flush(k); out.append(contentsOf: [92, 110])
            case 0x0D: flush(k); out.append(contentsOf: [92, 114])
            case 0x09: flush(k); out.append(contentsOf: [92, 116])
            case 0x00..<0x20, 0x7F: flush(k); escape(UInt32(b))
            case 0xC2 where k + 1 < u.count && u[k + 1] >= 0x80 && u[k + 1] <= 0x9F:
                flush(k)
                escape(UInt32(u[k + 1]))
                width = 2
            case 0xE2 where k + 2 < u.count && u[k + 1] == 0x80 && (u[k + 2] == 0xA8 || u[k + 2] == 0xA9):
                flush(k)
                escape(u[k + 2] == 0xA8 ? 0x2028 : 0x2029)
                width = 3
            default:
                k += 1
                continue
            }
            k += width
            run = k
        }
        flush(u.count)
    }
}
