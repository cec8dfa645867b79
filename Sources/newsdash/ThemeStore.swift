import ArgumentParser
import Dashboard
import Foundation

/// The themes newsdash can use: the built-in palettes, then every `*.toml` in the theme
/// folders, a later folder's theme of the same name winning: the checkout's `themes/` (as
/// `swift run` finds it), `share/newsdash/themes` and `themes` beside the executable, then
/// `$XDG_CONFIG_HOME/newsdash/themes` (or `~/.config/newsdash/themes`) and `$NEWSDASH_THEMES`,
/// so your own themes win over the bundled ones.
enum ThemeStore {
    static func folders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var out: [URL] = []
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        out.append(checkout.appendingPathComponent("themes"))
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        out.append(exe.deletingLastPathComponent().appendingPathComponent("share/newsdash/themes"))
        out.append(exe.appendingPathComponent("themes"))
        if let config = UserConfig.folder(environment: environment) { out.append(config.appendingPathComponent("themes")) }
        if let own = environment["NEWSDASH_THEMES"], !own.isEmpty { out.append(URL(fileURLWithPath: own)) }
        return out
    }

    /// A theme found in a folder or named by path.
    struct Found {
        let name: String
        let palette: Palette
        let path: String?
        /// What the config file keeps for it: the name, or the path of a file outside the
        /// theme folders.
        var keptAs: String {
            guard let path else { return name }
            let inFolder = ThemeStore.folders().contains { path.hasPrefix($0.path + "/") }
            return inFolder ? name : path
        }
    }

    /// Every theme found by name (the built-in ones have no path), and each problem as
    /// `file:line: problem` (a theme with problems still loads, the rest of it applied).
    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> (themes: [String: Found], problems: [String]) {
        var themes: [String: Found] = [:]
        for (name, p) in Palette.builtIn { themes[name] = Found(name: name, palette: p, path: nil) }
        var problems: [String] = []
        for folder in folders(environment: environment) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".toml") {
                switch read(folder.appendingPathComponent(name).path) {
                case .success(let (theme, found)):
                    problems += found.map(\.description)
                    themes[theme.name.lowercased()] = Found(name: theme.name.lowercased(), palette: theme.palette,
                                                            path: folder.appendingPathComponent(name).path)
                case .failure(let why): problems.append(why.message)
                }
            }
        }
        return (themes, problems)
    }

    struct Unreadable: Error { let message: String }

    /// One theme file: the theme and its problems, or why it cannot be read at all.
    static func read(_ path: String) -> Result<(Theme, [ThemeProblem]), Unreadable> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
            return .failure(Unreadable(message: "\(path): no such theme file"))
        }
        guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20 else {
            return .failure(Unreadable(message: "\(path): cannot be read (or larger than 1 MB)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(Unreadable(message: "\(path): not UTF-8 text"))
        }
        return .success(ThemeFile.parse(text, path: path))
    }

    /// The theme to start with: `--theme NAME|PATH`, then `$NEWSDASH_THEME`, then the config
    /// file's `theme`, else `default`. A bad `--theme` is a usage error listing the themes
    /// there are; a bad choice from the environment or the config is a warning, and the next
    /// in line is used. A theme named by path joins `themes` under its name.
    static func choose(flag: String?, config: Config, themes: inout [String: Found],
                       environment: [String: String] = ProcessInfo.processInfo.environment,
                       warn: (String) -> Void) throws -> String {
        let sources: [(String, String?)] = [("--theme", flag), ("NEWSDASH_THEME", environment["NEWSDASH_THEME"]),
                                            ("the config file's theme", config.theme)]
        for (source, value) in sources {
            // (The choices after a good one are not looked at: their problems do not matter.)
            guard let value, !value.isEmpty else { continue }
            switch pick(value, &themes, warn: warn) {
            case .success(let name): return name
            case .failure(let why):
                if source == "--theme" { throw ValidationError(why.message) }
                warn("\(source): \(why.message); using the next choice")
            }
        }
        return "default"
    }

    /// A theme by name, or by path (a name with `/` or ending in `.toml`; its problems are
    /// warned about and the rest of it applies, as for the themes found in the folders).
    static func pick(_ value: String, _ themes: inout [String: Found], warn: (String) -> Void) -> Result<String, Unreadable> {
        if value.contains("/") || value.hasSuffix(".toml") {
            let path = (value as NSString).expandingTildeInPath
            switch read(path) {
            case .success(let (theme, problems)):
                for p in problems { warn("theme: \(p)") }
                let name = theme.name.lowercased()
                themes[name] = Found(name: name, palette: theme.palette, path: path)
                return .success(name)
            case .failure(let why): return .failure(why)
            }
        }
        let wanted = value.lowercased()
        guard themes[wanted] != nil else {
            return .failure(Unreadable(message: "no theme '\(wanted)'; there are: \(themes.keys.sorted().joined(separator: ", "))"))
        }
        return .success(wanted)
    }
}

/// The user's config file, `$XDG_CONFIG_HOME/newsdash/config.toml` (or
/// `~/.config/newsdash/config.toml`): read at start, and the theme kept there when `:theme`
/// or `T` changes it.
enum UserConfig {
    static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("newsdash")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/newsdash")
    }

    static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        folder(environment: environment)?.appendingPathComponent("config.toml")
    }

    /// The settings (none when there is no file) and each problem as `file:line: problem`.
    static func read(environment: [String: String] = ProcessInfo.processInfo.environment) -> (Config, [String]) {
        guard let url = file(environment: environment), FileManager.default.fileExists(atPath: url.path) else { return (Config(), []) }
        guard let data = FileManager.default.contents(atPath: url.path), data.count <= 1 << 20,
              let text = String(data: data, encoding: .utf8) else {
            return (Config(), ["\(url.path): cannot be read as UTF-8 text (or larger than 1 MB); its settings are not used"])
        }
        var (config, problems) = ConfigFile.parse(text, path: url.path)
        // An aliases path is read from the config file's folder.
        if let a = config.aliases {
            let expanded = (a as NSString).expandingTildeInPath
            config.aliases = expanded.hasPrefix("/") ? expanded : url.deletingLastPathComponent().appendingPathComponent(expanded).path
        }
        return (config, problems.map(\.description))
    }

    /// Keeps `theme` for the next run, leaving the file's other lines as they are.
    static func save(theme: String) {
        guard let url = file() else { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let old = FileManager.default.contents(atPath: url.path).flatMap { String(data: $0, encoding: .utf8) }
                ?? "# newsdash's settings: theme, aliases, mouse, [sort] actors and articles (see the README).\n"
            try ConfigFile.settingTheme(theme, in: old).write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Output.warn("could not keep the theme in \(url.path): \(error.localizedDescription)")
        }
    }
}
