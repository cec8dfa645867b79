#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a source's bytes and turns them into text: UTF-8 (with or without a byte order
/// mark) or UTF-16 with a byte order mark. Line endings become `\n`. Binary files are
/// refused; invalid UTF-8 is decoded with U+FFFD and reported.
enum FileReader {
    enum Failure: Error, Equatable {
        case unreadable(String)
        case empty
        case binary
        /// Larger than the limit (`LoadLimits.maxFileSize`): the size when known, and the limit.
        case tooLarge(size: Int?, limit: Int)
        /// Not a regular file (a FIFO, socket or device): never read.
        case notAFile(String)
    }

    /// Text as valid UTF-8 bytes with `\n` line endings.
    struct Decoded {
        var bytes: [UInt8]
        /// Set when bytes had to be replaced: the 1-based line of the first bad byte and how many.
        var invalidUTF8: (line: Int, count: Int)?
    }

    /// How much is read at a time from a stream whose size is not known.
    static let chunkSize = 1 << 20

    /// Opens a file for reading without blocking (a FIFO put in place of a file after the walk
    /// looked at it cannot hang the load) and checks, on the open file, that it is a regular
    /// file. Returns the descriptor and the file's size.
    static func open(_ source: InputSource) -> Result<(fd: Int32, size: Int), Failure> {
        var openError: Int32 = 0
        let fd = source.native.withCString { p -> Int32 in
            let fd = Glibc.open(p, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
            openError = errno
            return fd
        }
        guard fd >= 0 else { return .failure(.unreadable(SourceEnumerator.describeErrno(openError, path: source.path))) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            return .failure(.unreadable(SourceEnumerator.describeErrno(e, path: source.path)))
        }
        let kind = FileKind(st)
        guard kind == .regular else {
            close(fd)
            return .failure(kind == .directory ? .unreadable("is a directory") : .notAFile(kind.notAFile))
        }
        return .success((fd, Int(st.st_size)))
    }

    /// A whole regular file of at most `limit` bytes (the size is checked before reading).
    static func bytes(of source: InputSource, limit: Int) -> Result<[UInt8], Failure> {
        switch source.kind {
        case .standardInput:
            return read(fd: source.descriptor, path: "-", limit: limit, expected: nil)
        case .file:
            switch open(source) {
            case .failure(let f): return .failure(f)
            case .success(let (fd, size)):
                defer { close(fd) }
                if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
                return read(fd: fd, path: source.path, limit: limit, expected: size)
            }
        }
    }

    /// Reads to the end, or fails once more than `limit` bytes came (a file that grows while it
    /// is read, or a stream). A NUL byte in the first chunk ends the read at once: the input is
    /// binary (`/dev/zero` on standard input is refused after its first bytes).
    static func read(fd: Int32, path: String, limit: Int, expected: Int?) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, expected.map { $0 + 1 } ?? chunkSize) + 1)
        var checkedBinary = false
        while true {
            // A file of known size is asked for its size and one byte more (which tells whether it
            // grew); one that grew, or says it is empty but is not (procfs), is read in chunks.
            let want = expected.map { bytes.count <= $0 ? $0 + 1 - bytes.count : chunkSize } ?? chunkSize
            switch readChunk(fd: fd, into: &bytes, max: min(want, chunkSize, limit + 1 - bytes.count)) {
            case .failure(let e): return .failure(.unreadable(SourceEnumerator.describeErrno(e.code, path: path)))
            case .success(0):
                return .success(bytes)
            case .success:
                if bytes.count > limit {
                    // The size stat gave, unless the file grew past it while it was read.
                    return .failure(.tooLarge(size: expected.flatMap { $0 > limit ? $0 : nil }, limit: limit))
                }
                if !checkedBinary, bytes.count >= 8192 {
                    checkedBinary = true
                    if looksBinary(bytes) { return .failure(.binary) }
                }
            }
        }
    }

    /// Appends up to `max` bytes read from `fd`; the count (0 at the end), or the errno. A
    /// descriptor opened without blocking that has nothing yet is waited on.
    static func readChunk(fd: Int32, into bytes: inout [UInt8], max: Int) -> Result<Int, PathName.Errno> {
        let start = bytes.count
        bytes += [UInt8](repeating: 0, count: Swift.max(1, max))
        while true {
            let n = bytes.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + start, raw.count - start)
            }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                let e = errno
                bytes.removeSubrange(start...)
                return .failure(PathName.Errno(e))
            }
            bytes.removeSubrange((start + n)...)
            return .success(n)
        }
    }

    static func decode(_ raw: consuming [UInt8]) -> Result<Decoded, Failure> {
        if raw.isEmpty { return .failure(.empty) }
        // UTF-16 with a byte order mark.
        if raw.count >= 2, (raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF) {
            let little = raw[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(raw.count / 2)
            var k = 2
            while k + 1 < raw.count {
                let a = UInt16(raw[k]), b = UInt16(raw[k + 1])
                units.append(little ? a | (b << 8) : (a << 8) | b)
                k += 2
            }
            let bytes = normalizeNewlines(Array(String(decoding: units, as: UTF16.self).utf8))
            return bytes.isEmpty ? .failure(.empty) : .success(Decoded(bytes: bytes, invalidUTF8: nil))
        }
        var bytes = consume raw
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes.removeFirst(3) }
        if looksBinary(bytes) { return .failure(.binary) }
        var decoded = Decoded(bytes: bytes, invalidUTF8: nil)
        if let bad = firstInvalidUTF8(bytes) {
            decoded.invalidUTF8 = bad
            decoded.bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
        decoded.bytes = normalizeNewlines(decoded.bytes)
        return .success(decoded)
    }

    /// A NUL byte, or many control bytes, in the first 8 KiB mean the file is not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { u in
            let n = min(u.count, 8192)
            var controls = 0
            var i = 0
            while i < n {
                // Eight bytes at a time while none is a control byte (most of any text).
                if i + 8 <= n, !SWAR.hasByteBelow32(SWAR.load(u, i)) {
                    i += 8
                    continue
                }
                let b = u[i]
                i += 1
                if b < 32 {
                    if b == 0 { return true }
                    if b != 9, b != 10, b != 13, b != 12, b != 27 { controls += 1 }
                }
            }
            return controls * 10 > n
        }
    }

    /// Line of the first invalid UTF-8 sequence and the number of invalid sequences, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, count: Int)? {
        bytes.withUnsafeBufferPointer { u -> (line: Int, count: Int)? in
            var i = 0
            let end = u.count
            var firstBad = -1, count = 0
            while i < end {
                // Runs of ASCII eight bytes at a time.
                while i + 8 <= end, SWAR.load(u, i) & SWAR.highBits == 0 { i += 8 }
                guard i < end else { break }
                let b = u[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                var need = 0
                var minValue: UInt32 = 0
                var v: UInt32 = 0
                switch b {
                case 0xC2...0xDF: need = 1; v = UInt32(b & 0x1F); minValue = 0x80
                case 0xE0...0xEF: need = 2; v = UInt32(b & 0x0F); minValue = 0x800
                case 0xF0...0xF4: need = 3; v = UInt32(b & 0x07); minValue = 0x10000
                default: need = -1
                }
                var ok = need > 0 && i + need < end
                if ok {
                    for k in 1...need {
                        let c = u[i + k]
                        if c & 0xC0 != 0x80 { ok = false; break }
                        v = (v << 6) | UInt32(c & 0x3F)
                    }
                    if ok, v < minValue || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { ok = false }
                }
                if ok {
                    i += need + 1
                } else {
                    if count == 0 { firstBad = i }
                    count += 1
                    i += 1
                }
            }
            guard count > 0 else { return nil }
            var line = 1
            for k in 0..<firstBad where u[k] == 10 { line += 1 }
            return (line, count)
        }
    }

    /// `\r\n` and lone `\r` become `\n`, so paragraphs are lines everywhere.
    static func normalizeNewlines(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.withUnsafeBufferPointer({ SWAR.contains($0, 13) }) else { return bytes }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var previousCR = false
        for b in bytes {
            if b == 13 {
                out.append(10)
                previousCR = true
                continue
            }
            if b == 10, previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(b)
        }
        return out
    }

    static func normalizeNewlines(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        return String(decoding: normalizeNewlines(Array(text.utf8)), as: UTF8.self)
    }
}
