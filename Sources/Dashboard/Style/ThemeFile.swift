import TOMLKit

/// A theme read from a TOML file (`themes/nord.toml`), as helix and alacritty users know them:
///
///     name = "nord"
///     background = "dark"             # dark | light
///     [palette]                       # optional named colours
///     frost = "#88c0d0"
///     [roles]
///     "list.selected" = { fg = "black", bg = "frost", modifiers = ["bold"] }
///     "actor.person" = "green"        # a bare string is the foreground
///
/// Colours: `default` (the terminal's own), the 16 ANSI names, `color0`–`color255`, `#rrggbb`,
/// palette names. A role the file leaves out keeps the built-in default's style; each problem
/// (TOML syntax, an unknown role, a bad colour or modifier) is reported as `file:line: problem`
/// and the rest of the theme still applies.
public struct Theme: Sendable {
    public enum Background: String, Sendable { case dark, light }
    public let name: String
    public let background: Background
    public let palette: Palette
}

/// A theme file's problem, `file:line: problem`.
public typealias ThemeProblem = FileProblem

public enum ThemeFile {
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    public static func parse(_ text: String, path: String, base: Palette = .standard) -> (theme: Theme, problems: [ThemeProblem]) {
        let fallbackName = String(path.split(separator: "/").last?.split(separator: ".").first ?? "theme")
        var problems: [ThemeProblem] = []
        let lines = TomlLines(text)
        func problem(_ key: String, in table: String? = nil, _ message: String) {
            problems.append(ThemeProblem(path: path, line: lines.line(of: key, in: table), message: message))
        }
        let table: TOMLTable
        switch TomlLines.table(text, path: path) {
        case .success(let t): table = t
        case .failure(let p): return (Theme(name: fallbackName, background: .dark, palette: base), [p])
        }
        let name = table["name"]?.string ?? fallbackName
        var background = Theme.Background.dark
        if let b = table["background"]?.string {
            if let v = Theme.Background(rawValue: b.lowercased()) { background = v } else { problem("background", "background is 'dark' or 'light', not '\(b)'") }
        }
        // Named colours first: roles may use them.
        var named: [String: Style.Color] = [:]
        if let p = table["palette"]?.table {
            for key in p.keys {
                guard let text = p[key]?.string, case .color(let c)? = color(text, named: [:]) else {
                    problem(key, in: "palette", "palette colour '\(key)' is not #rrggbb, colorN or an ANSI name")
                    continue
                }
                named[key.lowercased()] = c
            }
        }
        var palette = base
        var given: Set<Role> = []
        palette.lightBackground = background == .light
        if let roles = table["roles"]?.table {
            for key in roles.keys {
                guard let role = Role.byThemeName[key] else {
                    problem(key, in: "roles", "unknown role '\(key)'\(Role.suggestion(for: key)) (the README's \"Writing a theme\" lists every role)")
                    continue
                }
                var style = Style()
                if let s = roles[key]?.string {
                    switch color(s, named: named) {
                    case .color(let c)?: style.foreground = c
                    case .terminal?: style.foreground = nil
                    case nil: problem(key, in: "roles", "'\(s)' is not a colour")
                    }
                } else if let t = roles[key]?.table {
                    for part in ["fg", "bg"] {
                        guard let s = t[part]?.string else { continue }
                        switch color(s, named: named) {
                        case .color(let c)?: if part == "fg" { style.foreground = c } else { style.background = c }
                        case .terminal?: break
                        case nil: problem(key, in: "roles", "\(part) '\(s)' is not a colour")
                        }
                    }
                    for m in t["modifiers"]?.array.map({ Array($0) }) ?? [] {
                        guard let word = m.string, let a = modifier(word) else {
                            problem(key, in: "roles", "unknown modifier '\(m.string ?? "?")' (bold, dim, italic, underline, reverse)")
                            continue
                        }
                        style.attributes.insert(a)
                    }
                } else {
                    problem(key, in: "roles", "a role is a colour or { fg, bg, modifiers }")
                    continue
                }
                palette.styles[role] = style
                given.insert(role)
            }
        }
        // A reader highlight the file leaves out looks like its pane's role in this theme.
        for role in Role.allCases where !given.contains(role) {
            if let source = role.readerSource { palette.styles[role] = palette.style(source) }
        }
        return (Theme(name: name, background: background, palette: palette), problems)
    }

    enum Parsed: Equatable {
        case color(Style.Color)
        /// `default`: the terminal's own colour.
        case terminal
    }

    static func color(_ text: String, named: [String: Style.Color]) -> Parsed? {
        let t = text.lowercased()
        if t == "default" { return .terminal }
        // The file's own names first: a palette may call its blue "blue".
        if let c = named[t] { return .color(c) }
        if let n = ansiNames.firstIndex(of: t) { return .color(.ansi(UInt8(n))) }
        if t.hasPrefix("bright-"), let n = ansiNames.firstIndex(of: String(t.dropFirst(7))) { return .color(.ansi(UInt8(n + 8))) }
        if t.hasPrefix("color"), let n = Int(t.dropFirst(5)), (0...255).contains(n) { return .color(.indexed(UInt8(n))) }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            return .color(.rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)))
        }
        return nil
    }

    static func modifier(_ word: String) -> Style.Attributes? {
        switch word.lowercased() {
        case "bold": return .bold
        case "dim": return .dim
        case "italic": return .italic
        case "underline": return .underline
        case "reverse": return .reverse
        default: return nil
        }
    }
}
