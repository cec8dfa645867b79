/// One thing to read articles from: a file found on disk, or standard input.
public struct InputSource: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file
        case standardInput
    }

    public let kind: Kind
    /// The path to show: as given, or joined below a given directory (`Examples/a.txt`), with
    /// U+FFFD for bytes of the name that are not UTF-8.
    public let path: String
    /// The path's bytes, as the file system has them (what is opened).
    public let native: PathName
    /// Whether the user named this file directly (any extension is then read).
    public let named: Bool
    /// The file's size when it was listed (for progress), nil when unknown.
    public let size: Int?
    /// Where standard input is read from: descriptor 0, unless the dashboard moved the pipe
    /// elsewhere to take its keys from the terminal.
    public private(set) var descriptor: Int32 = 0

    public init(kind: Kind, path: String, named: Bool, size: Int? = nil) {
        self.init(kind: kind, native: PathName(path), named: named, size: size)
    }

    public init(kind: Kind, native: PathName, named: Bool, size: Int? = nil) {
        self.kind = kind
        self.path = native.display
        self.native = native
        self.named = named
        self.size = size
    }

    public static let standardInput = InputSource(kind: .standardInput, path: "-", named: true)

    /// The same source, standard input read from `fd`.
    public func reading(from fd: Int32) -> InputSource {
        var s = self
        s.descriptor = fd
        return s
    }

    /// The file name without directories.
    public var fileName: String {
        if kind == .standardInput { return "stdin" }
        // The last non-empty component, found from the end on bytes (a String's UTF-8 view steps
        // backwards slowly, and every article asks this).
        var p = path
        return p.withUTF8 { u in
            var end = u.count
            while end > 0, u[end - 1] == UInt8(ascii: "/") { end -= 1 }
            var start = end
            while start > 0, u[start - 1] != UInt8(ascii: "/") { start -= 1 }
            return start == end ? path : String(decoding: UnsafeBufferPointer(rebasing: u[start..<end]), as: UTF8.self)
        }
    }

    /// The article id of a file: its name without the final extension (`ABC19980108.1830.0711.txt`
    /// → `ABC19980108.1830.0711`). Names that are only an extension (`.txt`) keep it.
    public var baseID: String {
        var name = fileName
        let base: String? = name.withUTF8 { u in
            guard let dot = u.lastIndex(of: UInt8(ascii: ".")), dot != 0 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: u[..<dot]), as: UTF8.self)
        }
        return base ?? name
    }

    /// The lower-cased final extension, or "".
    public var fileExtension: String {
        var name = fileName
        return name.withUTF8 { u in
            guard let dot = u.lastIndex(of: UInt8(ascii: ".")), dot != 0 else { return "" }
            return ASCIIText.lowercased(UnsafeBufferPointer(rebasing: u[(dot + 1)...]))
        }
    }
}
