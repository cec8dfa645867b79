/// The user's own aliases and merges: a plain-text file, one `alias = canonical name` per
/// line (`DPRK = North Korea`, `Storm Corps = Special Operations Forces`); `#` starts a
/// comment; blank lines are ignored.
public enum AliasFile {
    public struct Alias: Sendable, Equatable {
        public let alias: String
        public let canonical: String
        public let line: Int
    }

    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let path: String
        public let line: Int
        public let reason: String
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// The text of an aliases file, read as articles are (a FIFO or device is refused, the size
    /// limit holds), or why not.
    public struct ReadFailure: Error, CustomStringConvertible {
        public let description: String
        init(_ d: String) { description = d }
    }

    public static func read(_ path: PathName, limit: Int) -> Result<String, ReadFailure> {
        let source = InputSource(kind: .file, native: path, named: true)
        let bytes: [UInt8]
        switch FileReader.bytes(of: source, limit: limit) {
        case .success(let b): bytes = b
        case .failure(.unreadable(let why)), .failure(.notAFile(let why)): return .failure(ReadFailure(why))
        case .failure(.tooLarge(let size, let limit)):
            return .failure(ReadFailure("\(size.map(LoadLimits.describe) ?? "it") is larger than the \(LoadLimits.describe(limit)) limit"))
        case .failure(.binary): return .failure(ReadFailure("a binary file, not text"))
        case .failure(.empty): return .success("")
        }
        if bytes.isEmpty { return .success("") }
        switch FileReader.decode(bytes) {
        case .success(let d): return .success(String(decoding: d.bytes, as: UTF8.self))
        case .failure(.binary): return .failure(ReadFailure("a binary file, not text"))
        case .failure: return .success("")
        }
    }

    /// Parses the text of an aliases file; the first malformed line is an error naming it.
    public static func parse(_ text: String, path: String) -> Result<[Alias], Failure> {
        var out: [Alias] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = String(line).trimmingASCIIWhitespace()
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                return .failure(Failure(path: path, line: n + 1,
                                        reason: parts.count < 2 ? "expected 'alias = canonical name', found no '='"
                                            : "expected one '=' in 'alias = canonical name', found \(parts.count - 1)"))
            }
            let alias = Tidy.collapseWhitespace(String(parts[0]))
            let canonical = Tidy.collapseWhitespace(String(parts[1]))
            guard !alias.isEmpty else { return .failure(Failure(path: path, line: n + 1, reason: "empty alias before '='")) }
            guard !canonical.isEmpty else { return .failure(Failure(path: path, line: n + 1, reason: "empty canonical name after '='")) }
            guard alias.lowercased() != canonical.lowercased() else {
                return .failure(Failure(path: path, line: n + 1, reason: "alias '\(LoadWarning.excerpt(alias))' names itself"))
            }
            out.append(Alias(alias: alias, canonical: canonical, line: n + 1))
        }
        return .success(out)
    }
}

