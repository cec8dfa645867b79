import NewsModel
import TOMLKit

/// The user's settings, from `$XDG_CONFIG_HOME/newsdash/config.toml` (or
/// `~/.config/newsdash/config.toml`):
///
///     theme = "nord"                  # as --theme
///     aliases = "~/notes/aliases.txt" # as --aliases
///     mouse = true                    # as --mouse
///     [sort]
///     actors = "articles"             # mentions | articles | name | grouped
///     articles = "newest"             # oldest | newest | title
///
/// The command line wins over the file. Each problem (TOML syntax, an unknown key, a value of
/// the wrong kind) is reported as `file:line: problem` and the rest of the file still applies.
public struct Config: Sendable, Equatable {
    public var theme: String?
    public var aliases: String?
    public var mouse: Bool?
    public var actorOrder: ActorOrder?
    public var articleOrder: ArticleOrder?
    public var quantityOrder: QuantityOrder?

    public init(theme: String? = nil, aliases: String? = nil, mouse: Bool? = nil,
                actorOrder: ActorOrder? = nil, articleOrder: ArticleOrder? = nil) {
        self.theme = theme
        self.aliases = aliases
        self.mouse = mouse
        self.actorOrder = actorOrder
        self.articleOrder = articleOrder
    }
}

/// A problem in a file the user wrote (a theme, the config): where it is and what is wrong.
public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let message: String
    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }
    public var description: String { "\(path):\(line): \(message)" }
}

public enum ConfigFile {
    /// The keys the file may hold, for the message about an unknown one.
    static let topKeys = ["theme", "aliases", "mouse", "sort"]

    public static func parse(_ text: String, path: String) -> (config: Config, problems: [FileProblem]) {
        var config = Config()
        var problems: [FileProblem] = []
        let lines = TomlLines(text)
        func problem(_ key: String, _ message: String, in table: String? = nil) {
            problems.append(FileProblem(path: path, line: lines.line(of: key, in: table), message: message))
        }
        let table: TOMLTable
        switch TomlLines.table(text, path: path) {
        case .success(let t): table = t
        case .failure(let p): return (config, [p])
        }
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "theme":
                if let s = value.string, !s.isEmpty { config.theme = s } else { problem(key, "theme is a theme's name or a file, in quotes") }
            case "aliases":
                if let s = value.string, !s.isEmpty { config.aliases = s } else { problem(key, "aliases is the path of an aliases file, in quotes") }
            case "mouse":
                if let b = value.bool { config.mouse = b } else { problem(key, "mouse is true or false") }
            case "sort":
                guard let sort = value.table else {
                    problem(key, "sort is a table: [sort] with actors = \"…\", articles = \"…\" and quantities = \"…\"")
                    continue
                }
                for pane in sort.keys {
                    let word = sort[pane]?.string?.lowercased() ?? ""
                    switch pane {
                    case "actors":
                        if let o = ActorOrder(rawValue: word) { config.actorOrder = o } else {
                            problem(pane, "sort.actors is one of \(ActorOrder.allCases.map(\.rawValue).joined(separator: ", ")), not '\(word)'", in: "sort")
                        }
                    case "articles":
                        if let o = ArticleOrder(rawValue: word) { config.articleOrder = o } else {
                            problem(pane, "sort.articles is one of \(ArticleOrder.allCases.map(\.rawValue).joined(separator: ", ")), not '\(word)'", in: "sort")
                        }
                    case "quantities":
                        if let o = QuantityOrder(rawValue: word) { config.quantityOrder = o } else {
                            problem(pane, "sort.quantities is one of \(QuantityOrder.allCases.map(\.rawValue).joined(separator: ", ")), not '\(word)'", in: "sort")
                        }
                    default:
                        problem(pane, "unknown key 'sort.\(pane)' (there are sort.actors, sort.articles and sort.quantities)", in: "sort")
                    }
                }
            default:
                problem(key, "unknown key '\(key)' (there are: \(topKeys.joined(separator: ", ")))")
            }
        }
        return (config, problems.sorted { $0.line < $1.line })
    }

    /// `text` with its top-level `theme = …` set to `name` (added at the top when it has
    /// none); every other line, comments included, stays as the user wrote it.
    public static func settingTheme(_ name: String, in text: String) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber || "-_./~".contains($0) }
        let line = "theme = \"\(safe)\""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        for (k, l) in lines.enumerated() {
            let t = l.drop { $0 == " " || $0 == "\t" }
            if t.hasPrefix("[") { break }  // tables start: the key would belong to them
            if TomlLines.defines("theme", t) {
                lines[k] = line
                return lines.joined(separator: "\n") + "\n"
            }
        }
        // Before the first table (after the leading comments), so it stays a top-level key.
        let at = lines.firstIndex { !$0.hasPrefix("#") } ?? lines.count
        lines.insert(line, at: at)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Finding the line a key is on (TOMLKit gives lines only for syntax errors), and the one
/// way a TOML file is read.
struct TomlLines {
    let lines: [Substring]

    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }

    static func defines(_ key: String, _ t: Substring) -> Bool {
        for form in ["\"\(key)\"", "'\(key)'", key] where t.hasPrefix(form) {
            let rest = t.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
            if rest.first == "=" { return true }
        }
        return false
    }

    /// The line that defines `key` (inside `[table]` when named; 1 when it cannot be found).
    func line(of key: String, in table: String? = nil) -> Int {
        var inside = table == nil
        for (k, l) in lines.enumerated() {
            let t = l.drop { $0 == " " || $0 == "\t" }
            if let table, t.hasPrefix("[") {
                inside = t.hasPrefix("[\(table)]")
                continue
            }
            if inside, TomlLines.defines(key, t) { return k + 1 }
        }
        return 1
    }

    static func table(_ text: String, path: String) -> Result<TOMLTable, FileProblem> {
        do {
            return .success(try TOMLTable(string: text))
        } catch let e as TOMLParseError {
            return .failure(FileProblem(path: path, line: max(1, e.source.begin.line), message: "not TOML: \(e.description)"))
        } catch {
            return .failure(FileProblem(path: path, line: 1, message: "not TOML"))
        }
    }
}
