/// Builds JSON text by appending to a string, in the key order the caller writes: the
/// records `newsdash extract` prints read top-down like the schema.
public struct JSONWriter {
    public private(set) var output = ""
    private let pretty: Bool
    private var depth = 0
    /// Whether the current container already has a member (a comma is due before the next).
    private var hasMember: [Bool] = []
    private var afterKey = false

    public init(pretty: Bool = false) { self.pretty = pretty }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = hasMember.last {
            if last { output += "," }
            hasMember[hasMember.count - 1] = true
            if pretty { newline() }
        }
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    public mutating func beginObject() {
        beforeValue()
        output += "{"
        depth += 1
        hasMember.append(false)
    }

    public mutating func endObject() { end("}") }

    public mutating func beginArray() {
        beforeValue()
        output += "["
        depth += 1
        hasMember.append(false)
    }

    public mutating func endArray() { end("]") }

    private mutating func end(_ close: String) {
        depth -= 1
        let had = hasMember.removeLast()
        if pretty, had { newline() }
        output += close
    }

    public mutating func key(_ k: String) {
        beforeValue()
        JSONWriter.appendQuoted(k, to: &output)
        output += pretty ? ": " : ":"
        afterKey = true
    }

    public mutating func string(_ s: String) {
        beforeValue()
        JSONWriter.appendQuoted(s, to: &output)
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func int(_ n: Int) {
        beforeValue()
        output += String(n)
    }

    /// A finite number; integers print without a fraction, non-finite values as null.
    public mutating func number(_ d: Double?) {
        beforeValue()
        guard let d, d.isFinite else {
            output += "null"
            return
        }
        if d == d.rounded(), abs(d) < 9.0e15 { output += String(Int64(d)) } else { output += "\(d)" }
    }

    public mutating func bool(_ b: Bool) {
        beforeValue()
        output += b ? "true" : "false"
    }

    public mutating func null() {
        beforeValue()
        output += "null"
    }

    /// A `"key": value` pair in one call.
    public mutating func field(_ k: String, _ s: String?) { key(k); string(s) }
    public mutating func field(_ k: String, _ n: Int) { key(k); int(n) }
    /// A number, or null.
    public mutating func field(_ k: String, number d: Double?) { key(k); number(d) }
    public mutating func field(_ k: String, _ strings: [String]) {
        key(k)
        beginArray()
        for s in strings { string(s) }
        endArray()
    }
    public mutating func field(_ k: String, _ ints: [Int]) {
        key(k)
        beginArray()
        for n in ints { int(n) }
        endArray()
    }

    /// Escapes quotes, backslashes and every control character (C0, DEL, C1, U+2028/9) so
    /// that output stays one line per record and is safe to print. Works on UTF-8 bytes and
    /// copies clean runs whole.
    public static func appendQuoted(_ s: String, to out: inout String) {
        var bytes: [UInt8] = [34]
        let u = Array(s.utf8)
        bytes.reserveCapacity(u.count + 2)
        var k = 0
        func escape(_ v: UInt32) {
            let hex = Array(String(v, radix: 16).utf8)
            bytes.append(contentsOf: [92, 117])
            bytes.append(contentsOf: [UInt8](repeating: 48, count: 4 - hex.count))
            bytes.append(contentsOf: hex)
        }
        while k < u.count {
            let b = u[k]
            switch b {
            case 0x22: bytes.append(contentsOf: [92, 34])
            case 0x5C: bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, 110])
            case 0x0D: bytes.append(contentsOf: [92, 114])
            case 0x09: bytes.append(contentsOf: [92, 116])
            case 0x00..<0x20, 0x7F: escape(UInt32(b))
            case 0xC2 where k + 1 < u.count && u[k + 1] >= 0x80 && u[k + 1] <= 0x9F:
                escape(UInt32(u[k + 1]))
                k += 1
            case 0xE2 where k + 2 < u.count && u[k + 1] == 0x80 && (u[k + 2] == 0xA8 || u[k + 2] == 0xA9):
                escape(u[k + 2] == 0xA8 ? 0x2028 : 0x2029)
                k += 2
            default: bytes.append(b)
            }
            k += 1
        }
        bytes.append(34)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
