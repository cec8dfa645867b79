import ArgumentParser
import Dashboard
import Foundation

/// The themes newsdash can use: the built-in palettes, then every `*.toml` in the theme
/// folders (a later folder's theme of the same name wins): the checkout's `themes/` (as
/// `swift run` finds it), `share/newsdash/themes` and `themes` beside the executable,
/// `$XDG_CONFIG_HOME/newsdash/themes` (or `~/.config/newsdash/themes`), and `$NEWSDASH_THEMES`.
enum ThemeStore {
    static func folders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var out: [URL] = []
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        out.append(checkout.appendingPathComponent("themes"))
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        out.append(exe.deletingLastPathComponent().appendingPathComponent("share/newsdash/themes"))
        out.append(exe.appendingPathComponent("themes"))
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            out.append(URL(fileURLWithPath: xdg).appendingPathComponent("newsdash/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            out.append(URL(fileURLWithPath: home).appendingPathComponent(".config/newsdash/themes"))
        }
        if let own = environment["NEWSDASH_THEMES"], !own.isEmpty { out.append(URL(fileURLWithPath: own)) }
        return out
    }

    /// Every theme found, and each problem as `file:line: problem` (a theme with problems still
    /// loads, the rest of it applied).
    static func load() -> (themes: [String: Palette], problems: [String]) {
        var themes = Palette.builtIn
        var problems: [String] = []
        for folder in folders() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".toml") {
                let url = folder.appendingPathComponent(name)
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    problems.append("\(url.path): cannot read (not UTF-8 text?)")
                    continue
                }
                let (theme, found) = ThemeFile.parse(text, path: url.path)
                problems += found.map(\.description)
                themes[theme.name.lowercased()] = theme.palette
            }
        }
        return (themes, problems)
    }

    /// The theme `--theme` names (lower case), or a usage error listing the ones there are.
    static func chosen(_ name: String?, among themes: [String: Palette]) throws -> String? {
        guard let wanted = name?.lowercased() else { return nil }
        guard themes[wanted] != nil else {
            throw ValidationError("no theme '\(wanted)'; there are: \(themes.keys.sorted().joined(separator: ", "))")
        }
        return wanted
    }

    // MARK: the theme chosen last

    /// Where the dashboard keeps the theme last chosen with `:theme`.
    static func settingsFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("newsdash/settings.toml")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".config/newsdash/settings.toml")
    }

    /// The theme saved last time, if any.
    static func savedTheme() -> String? {
        guard let url = settingsFile(), let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "theme" { return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        return nil
    }

    /// Keeps `theme` for the next run (a problem is said, never fatal).
    static func save(theme: String) {
        guard let url = settingsFile() else { return }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let safe = theme.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            try "# newsdash keeps the theme chosen with :theme here.\ntheme = \"\(safe)\"\n".write(to: url, atomically: true, encoding: .utf8)
        } catch {
            Output.warn("could not keep the theme in \(url.path): \(error.localizedDescription)")
        }
    }
}
