import ArgumentParser
import NewsModel

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what newsdash extracts from articles, one JSON object per article.",
        discussion: """
            Each record has id, path, date, title, text (the body as read), paragraphs and \
            sentences (offsets), and the extraction arrays times, events, actors and \
            quantities; offsets are Unicode code point offsets into text, end exclusive. \
            Warnings go to standard error. Exit status: 0 when at least one article loaded, \
            1 when none did, 2 on usage errors.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, table
    }

    @OptionGroup var model: ModelOptions

    @Argument(help: ArgumentHelp("Article files, directories (searched recursively) or - for standard input.",
                                 valueName: "path"))
    var paths: [String]

    @Option(help: "Output format: jsonl (one record per line), json (an array) or table (a summary for people).")
    var format: Format = .jsonl

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file, directory, or - for standard input.") }
    }

    func run() throws {
        let pathNames = RawArguments.pathNames(paths)
        let gazetteer = try model.gazetteer()
        let stdout = OutputBox()
        if format == .jsonl {
            // A streaming map: lines in input order, written as they are made, nothing kept.
            let listing = SourceEnumerator.sources(for: pathNames)
            for w in ResourceCheck.warnings + listing.warnings { Output.warn("warning: \(w)") }
            let summary = ExtractStream.jsonLines(listing.sources, gazetteer: gazetteer, limits: model.limits,
                                                  write: { stdout.out.write(bytes: $0) },
                                                  warn: { Output.warn("warning: \($0)") })
            stdout.out.flush()
            try finish(loaded: summary.articles)
            return
        }
        // The whole corpus, in date order.
        let corpus = ArticleLoader.loadCorpus(pathNames: pathNames, gazetteer: gazetteer, limits: model.limits)
        for w in corpus.warnings { Output.warn("warning: \(w)") }
        switch format {
        case .json:
            stdout.out.write("[")
            var w = JSONWriter(pretty: true, sink: { stdout.out.write(bytes: $0) })
            for (k, a) in corpus.articles.enumerated() {
                stdout.out.write(k == 0 ? "\n" : ",\n")
                ExtractRecord.write(a, to: &w)
                w.finish()
            }
            stdout.out.write(corpus.articles.isEmpty ? "]\n" : "\n]\n")
        case .table, .jsonl:
            stdout.out.write(TableSummary.render(corpus))
        }
        stdout.out.flush()
        try finish(loaded: corpus.articles.count)
    }

    private func finish(loaded: Int) throws {
        if loaded == 0 {
            Output.warn("no article loaded from \(paths.joined(separator: " "))")
            throw ExitCode(1)
        }
    }
}
