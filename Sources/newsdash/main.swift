import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Newsdash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsdash",
        abstract: "A terminal dashboard for news: timeline, actors and quantities extracted from articles.",
        usage: "newsdash [<path> ...] [--theme <name|path>] [--no-color] [--[no-]mouse] [--aliases <file>] [--max-file-size <size>]",
        discussion: """
            newsdash [PATH...] opens the dashboard on files and folders (the current folder when none \
            is named; - reads articles from a pipe). Its options: --theme NAME|PATH picks the \
            colours, --no-color draws without them; --mouse lets the mouse focus, \
            select and scroll; --aliases FILE adds your own 'alias = canonical name' lines; \
            --max-file-size SIZE is the largest file or JSON Lines record read (64M). Press ? in \
            the dashboard for every key.

            newsdash extract <path> ... [--format jsonl|json|table] prints what is extracted; \
            newsdash render <path> ... [--size 120x40] [--keys "..."] [--ansi] prints a screen; \
            newsdash themes lists the colour themes (newsdash themes check FILE validates one). \
            'newsdash help open', 'newsdash help extract' and 'newsdash help render' say more.
            """,
        version: "0.1.0",
        subcommands: [OpenCommand.self, ExtractCommand.self, RenderCommand.self, ThemesCommand.self],
        defaultSubcommand: OpenCommand.self
    )
}

/// Runs the command line; usage errors exit with status 2, as the extract contract says.
func runNewsdash() -> Never {
    do {
        var command = try Newsdash.parseAsRoot()
        try command.run()
        exit(0)
    } catch {
        let code = Newsdash.exitCode(for: error)
        let message = Newsdash.fullMessage(for: error)
        if code == .success {
            Output.printLines(message)
            exit(0)
        }
        if !message.isEmpty {
            let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            // A usage error is the error (which may quote an argument holding line breaks: it
            // stays one line), then the parser's own lines: help, usage, a hint.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let own = lines.firstIndex { $0.hasPrefix("Help:") || $0.hasPrefix("Usage:") || $0.hasPrefix("  See '") } ?? lines.endIndex
            Output.warn(lines[..<own].joined(separator: "\n"))
            if own < lines.endIndex { Output.printLines(lines[own...].joined(separator: "\n"), fd: 2) }
        }
        if error is ExitCode { exit(Int32(code.rawValue)) }
        exit(code == .validationFailure ? 2 : Int32(code.rawValue))
    }
}

runNewsdash()
