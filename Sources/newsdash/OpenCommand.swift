import ArgumentParser
import CursesBackend
import Dashboard
import Foundation
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// `newsdash [PATH...]`: the full-screen dashboard.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard on articles (the default command).",
        usage: "newsdash [open] [<path> ...] [--theme <name|path>] [--no-color] [--[no-]mouse] [--aliases <file>] [--max-file-size <size>]")

    @OptionGroup var model: ModelOptions

    @Argument(help: ArgumentHelp("Article files, directories (searched recursively) or - for standard input.",
                                 valueName: "path"))
    var paths: [String] = ["."]

    @Flag(inversion: .prefixedNo,
          help: "Let the mouse focus, select and scroll (off by default so the terminal's copy and paste works; config: mouse).")
    var mouse: Bool?

    @Flag(name: .customLong("no-color"), help: "Draw with bold, underline and reverse only (as NO_COLOR does).")
    var noColor = false

    @Option(help: ArgumentHelp("Colour theme: default, light, solarized-dark, nord, high-contrast, mono, one of your own, or a theme file's path (else $NEWSDASH_THEME, then the config file's theme). 'newsdash themes' lists them.",
                               valueName: "name|path"))
    var theme: String?

    func validate() throws {
        // A bad --theme is this command's usage error, before anything starts.
        var themes = ThemeStore.load().themes
        _ = try ThemeStore.choose(flag: theme, config: Config(), themes: &themes, environment: [:]) { _ in }
    }

    func run() throws {
        // `-`: the articles come through the pipe on standard input and the keys from the
        // terminal, as less and fzf do.
        var articlesInput: Int32 = 0
        if paths.contains("-") {
            guard isatty(0) == 0 else {
                throw ValidationError("'-' reads articles from standard input: pipe them in (cat articles.jsonl | newsdash -).")
            }
            let tty = open("/dev/tty", O_RDWR)
            guard tty >= 0 else { throw ValidationError("'-' needs a terminal for the keys (/dev/tty), and there is none; try 'newsdash extract -'.") }
            articlesInput = dup(0)
            dup2(tty, 0)
            close(tty)
        }
        guard isatty(0) != 0, isatty(1) != 0 else {
            throw ValidationError("The dashboard needs a terminal; try 'newsdash render' or 'newsdash extract'.")
        }
        // Asked before full-screen mode, which would print ncurses' own error and exit.
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch Terminal.fitness() {
        case .usable: break
        case .unknown:
            Output.warn(term.isEmpty ? "TERM is not set, so the terminal is unknown; set it (TERM=xterm-256color) — or use 'newsdash render PATH' or 'newsdash extract PATH'"
                        : "the terminal type '\(term)' (TERM) is unknown on this system; set TERM to one it knows (xterm-256color) — or use 'newsdash render PATH' or 'newsdash extract PATH'")
            throw ExitCode(1)
        case .cannotAddress:
            Output.warn("the terminal '\(term)' cannot place the cursor, which the dashboard needs; use 'newsdash render PATH' for a screen as text, or 'newsdash extract PATH'")
            throw ExitCode(1)
        }
        // The aliases file is checked now; the gazetteer is built on the loader's thread, after
        // the first frame.
        let (config, configProblems) = UserConfig.read()
        let aliases = try model.aliasList(orConfigured: config.aliases)
        let makeGazetteer: @Sendable () -> Gazetteer = { aliases.map { Gazetteer.standard.adding($0) } ?? .standard }
        let title = paths.joined(separator: " ")
        // The first frame comes at once; articles fill in as the loader reads them.
        let pathNames = RawArguments.pathNames(paths)
        let limits = model.limits
        var loader = ProgressiveLoader(pathNames: pathNames, makeGazetteer: makeGazetteer, limits: limits,
                                   standardInput: articlesInput)
        var state = State(corpus: Corpus(articles: [], paths: paths), title: title, loading: LoadProgress(done: 0, total: 0))
        var store = ThemeStore.load()
        var laterWarnings: [String] = []
        state.theme = try ThemeStore.choose(flag: theme, config: config, themes: &store.themes) { laterWarnings.append($0) }
        state.themes = store.themes.mapValues(\.palette)
        if let o = config.actorOrder { state.actorOrder = o }
        if let o = config.articleOrder { state.articleOrder = o }
        if let o = config.quantityOrder { state.quantityOrder = o }
        let startTheme = state.theme
        // Said on the way out too (the full screen would hide them now).
        let fileProblems = configProblems.map { "config: \($0)" } + store.problems.map { "theme: \($0)" } + laterWarnings
        if !fileProblems.isEmpty {
            state.message = "\(fileProblems.count) problem\(fileProblems.count == 1 ? "" : "s") in theme or config files: listed when you quit"
        }
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal(mouse: mouse ?? config.mouse ?? false,
                                color: !noColor && !ColorDepth.colorRefused(environment: environment),
                                truecolor: ColorDepth.detect(environment: environment, colors: 256) == .truecolor)
        terminal.start()
        defer { terminal.stop() }
        state = update(state, .resize(width: terminal.size.width, height: terminal.size.height))
        var seenVersion = -1
        var seenCorpus = -1
        var theme = ""  // the first frame applies the chosen theme
        while !state.quit {
            if state.theme != theme {
                theme = state.theme
                terminal.setPalette(state.themes[theme] ?? .standard)
            }
            terminal.draw(render(state, size: state.size), forceFull: state.redrawRequested)
            // While loading, wake up often to show progress; afterwards wait for keys.
            let loading = state.loading != nil
            if let input = terminal.nextInput(timeoutMilliseconds: loading ? 100 : -1) {
                if case .key(.ctrl("z")) = input {
                    terminal.suspend()
                    state = update(state, .resize(width: terminal.size.width, height: terminal.size.height))
                    continue
                }
                state = update(state, input)
                if state.reloadRequested, paths.contains("-") {
                    state.message = "standard input was read once and cannot be read again; nothing reloaded"
                } else if state.reloadRequested {
                    loader.cancel()
                    loader = ProgressiveLoader(pathNames: pathNames, makeGazetteer: makeGazetteer, limits: limits,
                                   standardInput: articlesInput)
                    seenVersion = -1
                    seenCorpus = -1
                    state = update(state, .loaded(state.corpus, progress: LoadProgress(done: 0, total: 0)))
                }
            }
            let p = loader.progress()
            guard p.version != seenVersion else { continue }
            seenVersion = p.version
            // A new corpus is swapped in when the loader has built one; otherwise only the
            // header's progress changes.
            let corpus = p.corpus != seenCorpus ? loader.corpus() : state.corpus
            seenCorpus = p.corpus
            state = update(state, .loaded(corpus, progress: p.finished ? nil : LoadProgress(p)))
        }
        terminal.stop()
        for w in state.corpus.warnings { Output.warn("warning: \(w)") }
        for p in fileProblems { Output.warn(p) }
        if state.theme != startTheme { UserConfig.save(theme: store.themes[state.theme]?.keptAs ?? state.theme) }
    }
}
