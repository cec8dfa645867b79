/// Text made tidy for display and matching: whitespace runs collapsed, long text shortened
/// at a word boundary.
public enum Tidy {
    /// Runs of whitespace (including line breaks) become one space; ends are trimmed.
    public static func collapseWhitespace(_ s: String) -> String {
        // Most titles need nothing: ASCII with single inner spaces.
        var clean = true
        var previousSpace = true  // a leading space is not clean
        for b in s.utf8 {
            if b >= 0x80 || (b < 0x20) || (b == 0x20 && previousSpace) {
                clean = false
                break
            }
            previousSpace = b == 0x20
        }
        if clean, !previousSpace { return s }
        var s = s
        return s.withUTF8 { String(decoding: collapseWhitespace(bytes: $0), as: UTF8.self) }
    }

    /// `collapseWhitespace` on UTF-8 bytes: only a byte of 0x80 or above needs its scalar
    /// decoded (no-break space, line separator and the other Unicode spaces).
    static func collapseWhitespace(bytes u: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        @inline(__always) func asciiSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
        // The result is never longer than the input: written in place into room made once.
        return [UInt8](unsafeUninitializedCapacity: u.count) { out, count in
            var n = 0
            var pendingSpace = false
            var i = 0
            while i < u.count {
                let b = u[i]
                if b < 0x80 {
                    if asciiSpace(b) {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace { out[n] = 32; n += 1 }
                        pendingSpace = false
                        out[n] = b
                        n += 1
                    }
                    i += 1
                    continue
                }
                let length = min(u.count - i, b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2)
                var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<max(1, length) { v = v << 6 | UInt32(u[i + k] & 0x3F) }
                let cls = Unicode.Scalar(v).map(CharClass.of)
                if cls == .space || cls == .newline {
                    pendingSpace = n > 0
                } else {
                    if pendingSpace { out[n] = 32; n += 1 }
                    pendingSpace = false
                    for k in 0..<length { out[n + k] = u[i + k] }
                    n += length
                }
                i += max(1, length)
            }
            count = n
        }
    }

    /// At most `limit` characters, cut at a word boundary with an ellipsis when shortened.
    public static func shorten(_ s: String, to limit: Int) -> String {
        // Cheap early exit: byte length bounds character count from above.
        if s.utf8.count <= limit { return s }
        var s = s
        if let cut = s.withUTF8({ shortenASCII($0, to: limit) }) { return cut }
        guard s.count > limit else { return s }
        var cut = s.prefix(limit - 1)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
            cut = cut[..<space]
        }
        while let last = cut.last, last == "," || last == ";" || last == ":" || last == " " { cut = cut.dropLast() }
        return cut + "…"
    }

    /// `shorten` for ASCII text without CR, where every byte is one character: the cut is made
    /// on bytes. Nil for other text.
    static func shortenASCII(_ u: UnsafeBufferPointer<UInt8>, to limit: Int) -> String? {
        guard limit > 1 else { return nil }
        // Only the first `limit + 1` bytes decide: ASCII there means more than `limit` characters.
        let head = min(u.count, limit + 1)
        for k in 0..<head where u[k] >= 0x80 || u[k] == 13 { return nil }
        if u.count <= limit { return String(decoding: u, as: UTF8.self) }
        var end = limit - 1
        if let space = u[..<end].lastIndex(of: 32), space > limit / 2 { end = space }
        while end > 0, u[end - 1] == UInt8(ascii: ",") || u[end - 1] == UInt8(ascii: ";") || u[end - 1] == UInt8(ascii: ":")
            || u[end - 1] == 32 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: u[..<end]), as: UTF8.self) + "…"
    }
}
