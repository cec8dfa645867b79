#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NewsModel

/// Buffered writes to standard output and standard error, without Foundation.
struct Output {
    private var buffer: [UInt8] = []
    private let fd: Int32

    static var standardOutput: Output { Output(fd: 1) }

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func write(bytes: [UInt8]) {
        if bytes.count >= 1 << 16 {
            flush()
            write(raw: bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        write(raw: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(raw bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                break  // a closed pipe (`| head`): stop quietly
            }
            offset += n
        }
    }

    /// One line to standard error, immediately. Whatever it quotes (file names, JSON keys,
    /// dates, arguments) is made safe for the terminal first: a control character or escape
    /// sequence shows as a picture and a line break cannot forge a second line.
    static func warn(_ line: String) {
        var e = Output(fd: 2)
        e.write("newsdash: " + TerminalSafety.line(line) + "\n")
        e.flush()
    }

    /// Text of several lines (help, usage) to a stream, made safe line by line.
    static func printLines(_ text: String, fd: Int32 = 1) {
        var o = Output(fd: fd)
        o.write(TerminalSafety.lines(text) + "\n")
        o.flush()
    }
}

/// Standard output held by reference, for writers that hand it their bytes from a closure.
final class OutputBox {
    var out = Output.standardOutput
}
