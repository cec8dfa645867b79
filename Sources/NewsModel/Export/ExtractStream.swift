import Foundation

/// `newsdash extract --format jsonl` as a streaming map: sources are read, extracted and
/// written as JSON Lines on all cores, and the lines come out in input order (paths as given,
/// directories in name order) as soon as all before them are written. Nothing is kept after
/// its lines are out and no corpus is built, so memory does not grow with the corpus; each
/// article's line depends on that article alone, so extracting shards and concatenating the
/// outputs equals extracting the whole.
public enum ExtractStream {
    /// What a run wrote.
    public struct Summary: Sendable, Equatable {
        public var articles = 0
        public var warnings = 0
    }

    /// An article's text above this size is written by the consumer in pieces, not made into
    /// one line in memory (its JSON is several times its text).
    static let wholeLineLimit = 1 << 20

    /// What one source gave, ready to write.
    private struct Part: Sendable {
        enum Piece: Sendable {
            case lines([UInt8])
            case article(Article)
        }
        var pieces: [Piece] = []
        var articles = 0
        var warnings: [LoadWarning] = []
    }

    /// Extracts `sources` and hands the JSON Lines bytes to `write` and each warning to `warn`,
    /// in input order.
    public static func jsonLines(_ sources: [InputSource], gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard,
                                 workers: Int? = nil, write: @escaping ([UInt8]) -> Void, warn: (LoadWarning) -> Void) -> Summary {
        var summary = Summary()
        func consume(_ part: Part) {
            for w in part.warnings { warn(w) }
            summary.warnings += part.warnings.count
            summary.articles += part.articles
            for piece in part.pieces {
                switch piece {
                case .lines(let bytes): write(bytes)
                case .article(let a):
                    var w = JSONWriter(sink: write)
                    ExtractRecord.write(a, to: &w)
                    w.finish()
                    write([10])
                }
            }
        }
        let cores = workers ?? ProcessInfo.processInfo.activeProcessorCount
        var k = 0
        while k < sources.count {
            if ArticleLoader.isStreamed(sources[k]) {
                // Read a batch of records at a time; each batch's lines are made on all cores.
                ArticleLoader.load(sources[k], gazetteer: gazetteer, limits: limits) { load in
                    let articles = load.articles
                    var parts: [Part] = []
                    OrderedMap.run(Array(articles.indices), workers: cores, transform: { part(of: [articles[$0]]) },
                                   consume: { parts.append($0) })
                    consume(Part(warnings: load.warnings))
                    for p in parts { consume(p) }
                }
                k += 1
                continue
            }
            var end = k
            while end < sources.count, !ArticleLoader.isStreamed(sources[end]) { end += 1 }
            OrderedMap.run(Array(sources[k..<end]), workers: cores, transform: { source in
                let load = ArticleLoader.load(source, gazetteer: gazetteer, limits: limits)
                var p = part(of: load.articles)
                p.warnings = load.warnings
                return p
            }, consume: consume)
            k = end
        }
        return summary
    }

    /// The lines of some articles (a long one kept for the consumer to write in pieces).
    private static func part(of articles: [Article]) -> Part {
        var p = Part()
        var w = JSONWriter()
        for a in articles {
            p.articles += 1
            if a.text.utf8.count > wholeLineLimit {
                if !w.bytes.isEmpty { p.pieces.append(.lines(w.bytes)) }
                w.reset()
                p.pieces.append(.article(a))
                continue
            }
            ExtractRecord.write(a, to: &w)
            w.endRecord()
        }
        if !w.bytes.isEmpty { p.pieces.append(.lines(w.bytes)) }
        return p
    }
}
