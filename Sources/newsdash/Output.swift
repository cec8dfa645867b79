#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                break  // a closed pipe (`| head`): stop quietly
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// One line to standard error, immediately.
    static func warn(_ line: String) {
        var e = Output(fd: 2)
        e.write("newsdash: " + line + "\n")
        e.flush()
    }
}
