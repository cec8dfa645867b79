// One key press as a user meets it: `update` then `render` at 120x40, on te3-silver copied
// ten times at benchmark time (24,520 articles). Each iteration presses the key once on the
// same starting state, so the figures (p50, p99) are per key. Also: load to a fully indexed
// corpus, 1x and 10x.
import Benchmark
import BenchmarkCorpus
import Dashboard
import Foundation
import NewsModel

/// The articles ten times over, each copy with its own id (as make-corpus10x.sh names them).
private func tenTimes(_ articles: [Article]) -> [Article] {
    (0..<10).flatMap { copy in
        articles.map { a in
            ArticleAnalyzer.article(id: "\(a.id).x\(copy)", path: a.path, date: a.date, title: a.title, text: a.text)
        }
    }
}

private func keys(_ names: String) -> [Key] { names.split(separator: " ").compactMap { Key(name: String($0)) } }

let benchmarks: @Sendable () -> Void = {
    guard let path = benchmarkCorpusPath() else {
        print("newsdash key benchmarks: ../shared/corpus/te3-silver is missing (or set NEWSDASH_CORPUS); none registered.")
        return
    }
    let one = ArticleLoader.load(SourceEnumerator.sources(for: [path]).sources).flatMap(\.articles)
    let ten = tenTimes(one)
    let size = Size(width: 120, height: 40)
    let corpus = Corpus(articles: ten, paths: [path])
    corpus.prepareSearch()
    var start = State(corpus: corpus, title: path)
    start = update(start, .resize(width: size.width, height: size.height))
    print("newsdash key benchmarks: \(ten.count) articles, \(corpus.timeline.count) events")

    let config = Benchmark.Configuration(metrics: [.wallClock], maxDuration: .seconds(3), maxIterations: 200)
    /// Presses `key` on the state the `setup` keys lead to, and draws the screen.
    func press(_ label: String, _ key: String, after setup: String = "") {
        var s = start
        for k in keys(setup) { s = update(s, .key(k)) }
        let before = s
        guard let k = Key(name: key) else { fatalError("no key \(key)") }
        Benchmark("key \(label)", configuration: config) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(render(update(before, .key(k)), size: size)) }
        }
    }
    press("j", "j")
    press("k", "k", after: "j j")
    press("PgDn", "PgDn")
    press("PgUp", "PgUp", after: "PgDn PgDn")
    press("G", "G")
    press("g", "g", after: "G")
    press("]", "]")
    press("[", "[", after: "G")
    press("}", "}")
    press("{", "{", after: "G")
    press(">", ">")
    press("<", "<", after: "G")
    press("Tab", "Tab")
    press("1 (from actors)", "1", after: "2")
    press("f on (actors)", "f", after: "2")
    press("f off (actors)", "f", after: "2 f")
    press("s (actors)", "s", after: "2")
    press("s (articles)", "s", after: "4")
    press("F (clear a filter)", "F", after: "2 f")
    press("t then Enter (go to date)", "Enter", after: "t 2 0 0 0 - 0 6")
    press(":date 1999 then Enter", "Enter", after: ": d a t e Space 1 9 9 9")
    press("Esc (clear search)", "Esc", after: "/ k o r e a Enter")
    let word = "north korea"
    for n in 1...word.count {
        let typed = String(word.prefix(n - 1)).map { $0 == " " ? "Space" : String($0) }.joined(separator: " ")
        let letter = String(word[word.index(word.startIndex, offsetBy: n - 1)])
        press("search letter \(n) '\(word.prefix(n))'", letter == " " ? "Space" : letter, after: "/ " + typed)
    }

    // While loading, the main thread only swaps snapshots in: the state moves to the new
    // corpus (keeping its place) and the screen is drawn — what a key waits for at worst.
    let half = Corpus(articles: Array(ten.prefix(ten.count / 2)), paths: [path])
    var loading = State(corpus: half, title: path, loading: LoadProgress(done: 1, total: 2))
    loading = update(loading, .resize(width: size.width, height: size.height))
    for k in keys("j j j") { loading = update(loading, .key(k)) }
    let before = loading
    Benchmark("swap in a snapshot while loading (12,260 -> 24,520 articles)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(render(update(before, .loaded(corpus, progress: LoadProgress(done: 2, total: 2))), size: size))
        }
    }

    let loadConfig = Benchmark.Configuration(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 3)
    Benchmark("load te3-silver to a fully indexed corpus (1x, all cores)", configuration: loadConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            let c = ArticleLoader.loadCorpus(paths: [path])
            c.prepareSearch()
            blackHole(c)
        }
    }
    // The 10x corpus as files, made here (as make-corpus10x.sh does): what the dashboard
    // reads, through its loader, until the load is over (last snapshot and search index built).
    // Kept in the temporary folder between runs (24,520 small files; made once).
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsdash-bench-10x")
    let files = SourceEnumerator.sources(for: [path]).sources
    let made = SourceEnumerator.sources(for: [folder.path]).sources.count == 10 * files.count
    for copy in 0..<10 where !made {
        let dir = folder.appendingPathComponent("x\(copy)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for f in files {
            let name = URL(fileURLWithPath: f.path).lastPathComponent
            try? FileManager.default.copyItem(atPath: f.path, toPath: dir.appendingPathComponent(name).path)
        }
    }
    Benchmark("dashboard load of the 10x files, first batch to fully indexed (ProgressiveLoader)", configuration: loadConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            let loader = ProgressiveLoader(paths: [folder.path])
            while !loader.progress().finished { usleep(2_000) }
            blackHole(loader.corpus())
        }
    }
    Benchmark("index 10x articles already extracted (corpus + search)", configuration: loadConfig) { benchmark in
        for _ in benchmark.scaledIterations {
            let c = Corpus(articles: ten, paths: [path])
            c.prepareSearch()
            blackHole(CorpusView(corpus: c))
        }
    }
}
