import ArgumentParser
import CursesBackend
import Dashboard
import NewsModel
#if canImport(Glibc)
import Glibc
#endif

/// `newsdash [PATH...]`: the full-screen dashboard.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard on articles (the default command).")

    @OptionGroup var model: ModelOptions

    @Argument(help: ArgumentHelp("Article files, directories (searched recursively) or - for standard input.",
                                 valueName: "path"))
    var paths: [String] = ["."]

    @Flag(help: "Let the mouse focus, select and scroll (off by default so the terminal's copy and paste works).")
    var mouse = false

    func run() throws {
        if paths.contains("-") {
            throw ValidationError("The dashboard reads keys from the terminal; use 'newsdash extract -' for standard input.")
        }
        guard isatty(0) != 0, isatty(1) != 0 else {
            throw ValidationError("The dashboard needs a terminal; try 'newsdash render' or 'newsdash extract'.")
        }
        let corpus = ArticleLoader.loadCorpus(paths: paths, gazetteer: try model.gazetteer())
        var state = State(corpus: corpus, title: paths.joined(separator: " "))
        let terminal = Terminal(mouse: mouse)
        terminal.start()
        defer { terminal.stop() }
        state = update(state, .resize(width: terminal.size.width, height: terminal.size.height))
        while !state.quit {
            terminal.draw(render(state, size: state.size), forceFull: state.redrawRequested)
            guard let input = terminal.nextInput(timeoutMilliseconds: -1) else { continue }
            if case .key(.ctrl("z")) = input {
                terminal.suspend()
                state = update(state, .resize(width: terminal.size.width, height: terminal.size.height))
                continue
            }
            state = update(state, input)
        }
        terminal.stop()
        for w in corpus.warnings { Output.warn("warning: \(w)") }
    }
}
