import ArgumentParser
import Dashboard
import Foundation
import NewsModel

/// `newsdash render`: the screen a key sequence leads to, printed as text (no terminal needed).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the dashboard screen that the given keys lead to, as plain text.",
        discussion: "Runs the same update and render as the dashboard. Keys are separated by spaces: "
            + "single characters, or names such as Tab, Shift-Tab, Enter, Esc, Up, Down, PgUp, PgDn, Home, End, Space, Ctrl-L.")

    @OptionGroup var model: ModelOptions

    @Argument(help: ArgumentHelp("Article files, directories or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(help: "Screen size as COLUMNSxROWS.")
    var size: String = "120x40"

    @Option(help: "Keys to press before printing, separated by spaces (e.g. \"Tab j j Enter\").")
    var keys: String = ""

    @Flag(help: "Print with ANSI colours (attributes only under NO_COLOR or --no-color).")
    var ansi = false

    @Flag(name: .customLong("no-color"), help: "With --ansi: bold, underline and reverse only (as NO_COLOR does).")
    var noColor = false

    @Option(help: ArgumentHelp("With --ansi: the colour theme, a name or a theme file's path (as the dashboard's --theme; render reads no config file).",
                               valueName: "name|path"))
    var theme: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file, directory, or - for standard input.") }
        var themes = ThemeStore.load().themes
        _ = try ThemeStore.choose(flag: theme, config: Config(), themes: &themes, environment: [:]) { _ in }
        _ = try parsedSize()
        _ = try parsedKeys()
    }

    func parsedSize() throws -> Size {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]), w > 0, h > 0, w <= 1000, h <= 1000 else {
            throw ValidationError("--size must look like 120x40 (columns x rows, each 1 to 1000), not '\(size)'.")
        }
        return Size(width: w, height: h)
    }

    func parsedKeys() throws -> [Key] {
        try keys.split(separator: " ").map { name in
            guard let k = Key(name: String(name)) else { throw ValidationError("Unknown key '\(name)' in --keys.") }
            return k
        }
    }

    func run() throws {
        let corpus = ArticleLoader.loadCorpus(pathNames: RawArguments.pathNames(paths), gazetteer: try model.gazetteer(),
                                                limits: model.limits)
        for w in corpus.warnings { Output.warn("warning: \(w)") }
        let size = try parsedSize()
        var state = State(corpus: corpus, title: paths.joined(separator: " "))
        var store = ThemeStore.load()
        for p in store.problems { Output.warn("theme: \(p)") }
        state.theme = try ThemeStore.choose(flag: theme, config: Config(), themes: &store.themes, environment: [:]) { Output.warn($0) }
        state.themes = store.themes.mapValues(\.palette)
        state = update(state, .resize(width: size.width, height: size.height))
        // Each key is drawn, as in the dashboard (and so timed with it): only the last screen is printed.
        var screen = render(state, size: size)
        for k in try parsedKeys() {
            state = update(state, .key(k))
            screen = render(state, size: size)
        }
        var out = Output.standardOutput
        let color = !noColor && !ColorDepth.colorRefused(environment: ProcessInfo.processInfo.environment)
        // The palette the keys chose (`:theme light`), as the dashboard would draw it.
        let palette = state.themes[state.theme] ?? .standard
        // Truecolor where the environment says so, else the 256 a modern terminal has.
        let colorTerm = ProcessInfo.processInfo.environment["COLORTERM"]?.lowercased() ?? ""
        let depth: ColorDepth = colorTerm == "truecolor" || colorTerm == "24bit" ? .truecolor : .indexed256
        out.write((ansi ? AnsiText.render(screen, palette: palette, color: color, depth: depth) : screen.plainText()) + "\n")
        out.flush()
        // As extract: the screen (its empty state says why) and status 1 when nothing loaded.
        if corpus.isEmpty {
            Output.warn("no article loaded from \(paths.joined(separator: " "))")
            throw ExitCode(1)
        }
    }
}
