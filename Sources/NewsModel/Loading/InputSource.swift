/// One thing to read articles from: a file found on disk, or standard input.
public struct InputSource: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file
        case standardInput
    }

    public let kind: Kind
    /// The path to show: as given, or joined below a given directory (`Examples/a.txt`).
    public let path: String
    /// Whether the user named this file directly (any extension is then read).
    public let named: Bool

    public init(kind: Kind, path: String, named: Bool) {
        self.kind = kind
        self.path = path
        self.named = named
    }

    public static let standardInput = InputSource(kind: .standardInput, path: "-", named: true)

    /// The file name without directories.
    public var fileName: String {
        if kind == .standardInput { return "stdin" }
        // The last non-empty component, found from the end without splitting the whole path.
        var end = path.utf8.endIndex
        while end > path.utf8.startIndex, path.utf8[path.utf8.index(before: end)] == UInt8(ascii: "/") {
            end = path.utf8.index(before: end)
        }
        var start = end
        while start > path.utf8.startIndex, path.utf8[path.utf8.index(before: start)] != UInt8(ascii: "/") {
            start = path.utf8.index(before: start)
        }
        return start == end ? path : String(path[start..<end])
    }

    /// The article id of a file: its name without the final extension (`ABC19980108.1830.0711.txt`
    /// → `ABC19980108.1830.0711`). Names that are only an extension (`.txt`) keep it.
    public var baseID: String {
        let name = fileName
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The lower-cased final extension, or "".
    public var fileExtension: String {
        let name = fileName
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        // Lower-cased on bytes when ASCII (always, in practice), else by the standard library.
        return String(name[name.utf8.index(after: dot)...]).lowercasedFast
    }
}
