/// A problem met while loading, tied to the file (and line) it came from. Loading goes on
/// after every warning; an article that has text is never dropped because of one.
public struct LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The path as the user gave it or as it was found under a directory (`-` for stdin).
    public let path: String
    /// 1-based line of the problem, when one line is to blame.
    public let line: Int?
    public let message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// A value from the input as a warning quotes it: at most `limit` characters, so a
    /// megabyte-long "date" cannot flood standard error.
    public static func excerpt(_ s: String, limit: Int = 60) -> String {
        if s.utf8.count <= limit { return s }
        var end = s.startIndex
        var n = 0
        while end < s.endIndex, n < limit - 1 {
            end = s.index(after: end)
            n += 1
        }
        return end == s.endIndex ? s : String(s[..<end]) + "…"
    }

    /// `path:line: message`, the shape compilers use, so editors can jump to it.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
