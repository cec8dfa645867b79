#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path as the operating system knows it — bytes, which need not be UTF-8 — and as it is
/// shown: the same bytes decoded with U+FFFD for any that are not UTF-8 (`caf\xE9.txt` is
/// read by its bytes and shown as `caf�.txt`).
public struct PathName: Sendable, Hashable, CustomStringConvertible {
    public let bytes: [UInt8]
    public let display: String

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        display = String(decoding: bytes, as: UTF8.self)
    }

    public init(_ path: String) {
        bytes = Array(path.utf8)
        display = path
    }

    public var description: String { display }

    /// `self/name`.
    func appending(_ name: [UInt8]) -> PathName {
        var b = bytes
        if b.last != UInt8(ascii: "/") { b.append(UInt8(ascii: "/")) }
        b.append(contentsOf: name)
        return PathName(bytes: b)
    }

    /// Calls `body` with the path as a C string (paths never hold NUL bytes; one would end it).
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        var c = bytes
        c.append(0)
        return c.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: c.count) { body($0) }
        }
    }

    /// `stat(2)` (following symbolic links), or the errno.
    func status() -> Result<stat, Errno> {
        var st = stat()
        return withCString { stat($0, &st) } == 0 ? .success(st) : .failure(Errno(errno))
    }

    /// `lstat(2)` (the link itself), or the errno.
    func linkStatus() -> Result<stat, Errno> {
        var st = stat()
        return withCString { lstat($0, &st) } == 0 ? .success(st) : .failure(Errno(errno))
    }

    struct Errno: Error { let code: Int32; init(_ c: Int32) { code = c } }
}

/// What kind of thing a path names, from its `stat` mode.
enum FileKind: Equatable {
    case regular, directory, fifo, socket, characterDevice, blockDevice, symbolicLink, other

    init(_ st: stat) {
        switch st.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    /// Why a thing that is not a file is not read, for a warning.
    var notAFile: String {
        switch self {
        case .fifo: return "is a named pipe (FIFO), not a file; skipped (to read a pipe, send it to standard input and name '-')"
        case .socket: return "is a socket, not a file; skipped"
        case .characterDevice: return "is a character device, not a file; skipped"
        case .blockDevice: return "is a block device, not a file; skipped"
        case .directory: return "is a directory"
        case .symbolicLink: return "is a symbolic link"
        case .regular, .other: return "is not a regular file; skipped"
        }
    }
}
