import ArgumentParser
import Dashboard
import Foundation
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// `newsdash themes`: the themes there are, each with a line of its colours; `newsdash themes
/// check FILE...`: every problem of theme files, with its line.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the colour themes, each with a preview line; 'themes check FILE' validates theme files.",
        discussion: "Themes are looked up in $XDG_CONFIG_HOME/newsdash/themes (~/.config/newsdash/themes) and "
            + "$NEWSDASH_THEMES, then the bundled themes/ folder; the README's \"Writing a theme\" lists every role.",
        subcommands: [ThemesListCommand.self, ThemesCheckCommand.self],
        defaultSubcommand: ThemesListCommand.self)
}

struct ThemesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the themes with a preview line each (the default).")

    @Flag(name: .customLong("no-color"), help: "No colours in the previews (also when NO_COLOR is set or the output is not a terminal).")
    var noColor = false

    func run() throws {
        var store = ThemeStore.load()
        let environment = ProcessInfo.processInfo.environment
        let (config, _) = UserConfig.read()
        let current = (try? ThemeStore.choose(flag: nil, config: config, themes: &store.themes) { _ in }) ?? "default"
        let color = !noColor && isatty(1) != 0 && !ColorDepth.colorRefused(environment: environment)
        let depth = ColorDepth.detect(environment: environment, colors: (environment["TERM"] ?? "").contains("256") ? 256 : 16)
        let width = store.themes.keys.map(\.count).max() ?? 7
        var out = Output.standardOutput
        for name in store.themes.keys.sorted() {
            let found = store.themes[name]!
            let mark = name == current ? "*" : " "
            let label = (name + String(repeating: " ", count: max(0, width - name.count)))
            let preview = ThemePreview.line(found.palette)
            let shown = color ? AnsiText.render(preview, palette: found.palette, color: true, depth: depth) : preview.plainText()
            let place = found.path.map { "  " + TerminalSafety.line($0) } ?? "  (built in)"
            out.write("\(mark) \(TerminalSafety.line(label))  \(found.palette.lightBackground ? "light" : "dark ")  \(shown)\(place)\n")
        }
        out.write("* the theme the dashboard starts with (--theme, $NEWSDASH_THEME, then the config file's theme)\n")
        out.flush()
        for p in store.problems { Output.warn("theme: \(p)") }
    }
}

struct ThemesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check theme files: TOML syntax, roles, colours, modifiers and contrast; every problem as file:line: problem.",
        discussion: "Exit status 0 when every file is clean, 1 otherwise.")

    @Argument(help: ArgumentHelp("Theme files (.toml).", valueName: "file"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("Name at least one theme file to check.") }
    }

    func run() throws {
        var failed = false
        var out = Output.standardOutput
        for path in files {
            switch ThemeStore.read(path) {
            case .failure(let why):
                Output.warn(why.message)
                failed = true
            case .success(let (theme, problems)):
                var all = problems.map { ($0.line, $0.description) }
                let lines = text(path).split(separator: "\n", omittingEmptySubsequences: false)
                // Only the roles the file sets: the others are the built-in's, in the
                // terminal's own colours.
                for s in theme.palette.shortfalls(at: .truecolor) {
                    guard let k = lines.firstIndex(where: { $0.contains("\"\(s.role.themeName)\"") }) else { continue }
                    all.append((k + 1, "\(path):\(k + 1): '\(s.role.themeName)' reads \(String(format: "%.1f", s.ratio)):1 on its background; "
                               + "\(s.role.isText ? "text" : "a border or marker") needs \(String(format: "%.1f", s.minimum)):1 (WCAG 2)"))
                }
                all.sort { $0.0 < $1.0 }
                if all.isEmpty {
                    out.write(TerminalSafety.line("\(path): ok — theme '\(theme.name)', \(theme.background.rawValue) background") + "\n")
                } else {
                    failed = true
                    for p in all { out.write(TerminalSafety.line(p.1) + "\n") }
                }
            }
        }
        out.flush()
        if failed { throw ExitCode(1) }
    }

    private func text(_ path: String) -> String {
        FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) } ?? ""
    }
}
