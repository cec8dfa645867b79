// Throughput of newsdash's model layer on the TempEval-3 silver corpus (2,452 wire
// articles). Each benchmark runs on one core and reports MB/s of article text and
// articles/s as custom metrics next to wall-clock time and memory.
import Benchmark
import BenchmarkCorpus
import Foundation
import HostileCorpus
import NewsModel

private let megabytesPerSecond = BenchmarkMetric.custom("MB/s of text", polarity: .prefersLarger, useScalingFactor: false)
private let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    guard let path = benchmarkCorpusPath() else {
        print("""
            newsdash benchmarks: the corpus ../shared/corpus/te3-silver beside the checkout is missing \
            (or set NEWSDASH_CORPUS to a folder of articles); no benchmark registered.
            """)
        return
    }
    let sources = SourceEnumerator.sources(for: [path]).sources
    // Text size as loaded (bodies after their headers), measured once.
    let probe = ArticleLoader.load(sources, concurrent: false)
    let articleCount = probe.reduce(0) { $0 + $1.articles.count }
    let textBytes = probe.reduce(0) { $0 + $1.articles.reduce(0) { $0 + $1.scalarMap.byteCount } }
    print("newsdash benchmarks: \(path): \(articleCount) articles, \(textBytes) bytes of text")

    // Allocations are counted by interposing malloc, which slows every allocation down: the
    // timed runs leave that metric out, and one benchmark below counts them on its own.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, megabytesPerSecond, articlesPerSecond],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(15),
        maxIterations: 20
    )

    /// Runs `work` once per iteration and records MB/s and articles/s for it.
    func measured(_ benchmark: Benchmark, _ work: () -> Void) {
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            work()
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            benchmark.measurement(megabytesPerSecond, Int((Double(textBytes) / 1_000_000 / seconds).rounded()))
            benchmark.measurement(articlesPerSecond, Int((Double(articleCount) / seconds).rounded()))
        }
    }

    Benchmark("Load + all extraction te3-silver, 1 core") { benchmark in
        measured(benchmark) {
            blackHole(ArticleLoader.load(sources, concurrent: false))
        }
    }

    // The whole of `newsdash extract --format jsonl` but process start and the gazetteer
    // (about 40 ms): enumerate, read, extract, write every JSON line in input order.
    for (label, workers) in [("1 core", 1), ("all cores", ProcessInfo.processInfo.activeProcessorCount)] {
        Benchmark("extract --format jsonl te3-silver end to end, \(label)") { benchmark in
            measured(benchmark) {
                var written = 0
                let listing = SourceEnumerator.sources(for: [path])
                let summary = ExtractStream.jsonLines(listing.sources, workers: workers, write: { written += $0.count },
                                                      warn: { _ in })
                precondition(summary.articles == articleCount && written > 0)
                blackHole(written)
            }
        }
    }

    Benchmark("Allocations of load + all extraction te3-silver",
              configuration: .init(metrics: [.mallocCountTotal, .peakMemoryResident], maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(ArticleLoader.load(sources, concurrent: false)) }
    }

    // Stages alone, on text already in memory.
    let loaded = probe.flatMap(\.articles)
    Benchmark("Segment te3-silver (in memory), 1 core") { benchmark in
        measured(benchmark) {
            for a in loaded { blackHole(Segmenter.segment(a.text)) }
        }
    }

    let segmented = loaded.map { (article: $0, document: Segmenter.segment($0.text)) }
    Benchmark("Timeline: tag and resolve dates (in memory), 1 core") { benchmark in
        measured(benchmark) {
            for (a, seg) in segmented {
                let times = TemporalTagger.tag(seg, articleDate: a.date)
                blackHole(EventBuilder.events(times, article: a.text, map: seg.scalarMap, sentences: seg.sentences,
                                              articleDate: a.date))
            }
        }
    }

    let gazetteer = Gazetteer.standard
    Benchmark("Actors: mentions, coreference, affiliation (in memory), 1 core") { benchmark in
        measured(benchmark) {
            for (a, seg) in segmented { blackHole(ActorExtractor.extract(seg, gazetteer: gazetteer)) }
        }
    }

    Benchmark("Quantities: find, claim, link (in memory), 1 core") { benchmark in
        measured(benchmark) {
            for (a, seg) in segmented {
                blackHole(QuantityExtractor.extract(seg, times: a.times, actors: a.actors, events: a.events))
            }
        }
    }

    // Issue 13's hostile shapes: one article of each, about 1 MB, loaded and fully extracted
    // on one core. Their MB/s stands beside te3-silver's first benchmark: each must stay
    // within a third of it (three times the time per MB).
    for shape in HostileCorpus.shapes {
        let bytes = Array(HostileCorpus.article(shape.make(1_000_000)).utf8)
        let source = InputSource(kind: .file, path: "hostile.txt", named: true)
        Benchmark("Hostile shape: \(shape.name), 1 MB, load + all extraction, 1 core",
                  configuration: .init(maxDuration: .seconds(10), maxIterations: 5)) { benchmark in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                blackHole(ArticleLoader.load(bytes: bytes, from: source))
                let elapsed = ContinuousClock.now - start
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                benchmark.measurement(megabytesPerSecond, Int((Double(bytes.count) / 1_000_000 / seconds).rounded()))
            }
        }
    }

    // One article of 200 MB (te3-silver's texts on one line), loaded and extracted: peak
    // memory must stay under ten times its size. Takes about a minute, so it runs only when
    // NEWSDASH_BENCH_HUGE=1.
    if ProcessInfo.processInfo.environment["NEWSDASH_BENCH_HUGE"] == "1" {
        let body = probe.flatMap(\.articles).map { $0.text.replacingOccurrences(of: "\n", with: " ") }.joined(separator: " ")
        var text = "date 2024-10-21\n"
        while text.utf8.count < 200_000_000 { text += body + " " }
        let bytes = Array(text.utf8)
        text = ""
        Benchmark("One 200 MB article, load + all extraction (peak RSS)",
                  configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxIterations: 1)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(ArticleLoader.load(bytes: bytes, from: InputSource(kind: .file, path: "huge.txt", named: true)))
            }
        }
    }
}
