#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines of a stream read a chunk at a time, so a JSON Lines file or standard input of any
/// size is held one chunk (and one line) at a time. A line longer than the limit is not
/// kept: it is reported by number and length, and the stream goes on after it.
struct LineReader {
    enum Line {
        /// The bytes of a line without its `\n` (a `\r` before it is dropped too).
        case text([UInt8], number: Int)
        /// A line over the limit, skipped: its number and how many bytes it had.
        case tooLong(number: Int, length: Int)
    }

    private let fd: Int32
    private let limit: Int
    private var buffer: [UInt8]
    private var position = 0
    private var atEnd = false
    private var number = 0
    /// The errno of a read that failed, once one has.
    private(set) var failure: Int32?

    /// Reads from `fd` (not closed here), starting with bytes already taken from it.
    init(fd: Int32, limit: Int, prefix: [UInt8] = []) {
        self.fd = fd
        self.limit = limit
        buffer = prefix
    }

    /// Lines of bytes already in memory.
    init(bytes: [UInt8], limit: Int) {
        self.init(fd: -1, limit: limit, prefix: bytes)
        atEnd = true
    }

    mutating func next() -> Line? {
        var skipping = 0  // bytes of an over-long line dropped so far
        var scanned = position  // bytes before this hold no line end (each byte is searched once)
        while true {
            if let nl = newline(from: scanned) {
                number += 1
                let length = nl - position
                defer { position = nl + 1 }
                if skipping > 0 || length > limit { return .tooLong(number: number, length: skipping + length) }
                return .text(line(position, nl), number: number)
            }
            let pending = buffer.count - position
            if pending > limit {
                // No end in sight: drop what is held and keep counting.
                skipping += pending
                buffer.removeAll(keepingCapacity: true)
                position = 0
            }
            if atEnd {
                // A line cut short by a failed read is not given as a record.
                guard failure == nil, position < buffer.count || skipping > 0 else { return nil }
                number += 1
                let end = buffer.count
                defer { position = end }
                if skipping > 0 || end - position > limit { return .tooLong(number: number, length: skipping + end - position) }
                return .text(line(position, end), number: number)
            }
            // Keep the unfinished line, read more after it.
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            scanned = buffer.count
            switch FileReader.readChunk(fd: fd, into: &buffer, max: FileReader.chunkSize) {
            case .success(0): atEnd = true
            case .success: break
            case .failure(let e):
                failure = e.code
                atEnd = true
            }
        }
    }

    private func newline(from start: Int) -> Int? {
        buffer.withUnsafeBufferPointer { u -> Int? in
            guard start < u.count, let base = u.baseAddress else { return nil }
            guard let hit = memchr(base + start, 10, u.count - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func line(_ start: Int, _ end: Int) -> [UInt8] {
        var e = end
        if e > start, buffer[e - 1] == 13 { e -= 1 }
        return Array(buffer[start..<e])
    }
}
