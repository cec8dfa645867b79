import Foundation
import HostileCorpus
import Testing
@testable import NewsModel

/// `extract --format jsonl` streams: lines in input order, each the same as the article's own
/// record, however the work is split over cores, batches and shards.
@Suite("Streaming extract")
struct ExtractStreamTests {
    static let sentences = ["Russia and Ukraine met in Geneva on Monday.", "North Korea sent 1,000 troops on May 3.",
                            "Talks in Tallinn resumed last week, Kaja Kallas said.", "Prices rose 4 percent in 2023.",
                            "The European Union pledged $50 million on Friday."]

    /// A folder of native files (dates deliberately out of name order) and one JSON Lines file.
    static func corpus(files: Int, records: Int, seed: UInt64) -> TempFolder {
        let folder = TempFolder()
        var rng = SplitMix(seed: seed)
        func body() -> String { (0..<3).map { _ in sentences.randomElement(using: &rng)! }.joined(separator: " ") }
        for k in 0..<files {
            folder.write(String(format: "d/a%04d.txt", k), "date 20\(10 + (k * 7) % 13)-0\(k % 9 + 1)-10\n\(body())\n")
        }
        var lines = ""
        for k in 0..<records {
            lines += "{\"id\": \"r\(k)\", \"date\": \"2021-03-\(String(format: "%02d", k % 28 + 1))\", \"text\": \"\(body())\"}\n"
        }
        folder.write("d/m.jsonl", lines)
        return folder
    }

    static func run(_ paths: [String], workers: Int? = nil) -> (text: String, warnings: [String], summary: ExtractStream.Summary) {
        var out: [UInt8] = []
        var warnings: [String] = []
        let sources = SourceEnumerator.sources(for: paths).sources
        let summary = ExtractStream.jsonLines(sources, workers: workers, write: { out.append(contentsOf: $0) },
                                              warn: { warnings.append($0.description) })
        return (String(decoding: out, as: UTF8.self), warnings, summary)
    }

    @Test func linesComeInInputOrderAndEachIsTheArticlesOwnRecord() throws {
        let folder = Self.corpus(files: 150, records: 40, seed: 11)
        let streamed = Self.run([folder.sub("d")])
        let lines = streamed.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(streamed.summary.articles == 190)
        #expect(lines.count == 190)
        // Input order: the directory's files by name (a0000 … a0149, then m.jsonl's records in
        // their order), not date order.
        let corpus = ArticleLoader.loadCorpus(paths: [folder.sub("d")])
        let byPath = Dictionary(grouping: corpus.articles, by: \.path)
        let expectedOrder = byPath.keys.sorted().flatMap { path in
            byPath[path]!.sorted { ($0.record ?? 0) < ($1.record ?? 0) }
        }
        #expect(lines == expectedOrder.map { ExtractRecord.jsonLine($0) })
        #expect(corpus.articles.map(\.id) != expectedOrder.map(\.id), "the fixture's date order must differ from its input order")
    }

    @Test func oneWorkerOrManyGiveTheSameBytes() {
        let folder = Self.corpus(files: 60, records: 10, seed: 12)
        let one = Self.run([folder.sub("d")], workers: 1)
        let many = Self.run([folder.sub("d")], workers: 4)
        #expect(one.text == many.text)
        #expect(one.text.count > 10_000)
    }

    @Test func shardsConcatenatedEqualTheWhole() throws {
        let folder = Self.corpus(files: 40, records: 0, seed: 13)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.sub("d")).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder.sub("d/" + $0) }
        let whole = Self.run(files).text
        let shards = stride(from: 0, to: files.count, by: 10).map { Self.run(Array(files[$0..<min(files.count, $0 + 10)])).text }
        #expect(shards.joined() == whole)
        #expect(whole.split(separator: "\n").count == 40)
    }

    /// A JSON Lines file bigger than one batch is read a batch at a time and stays in order.
    @Test func longJSONLinesFilesStreamInOrderWithTheirWarnings() {
        let folder = TempFolder()
        var lines = ""
        for k in 0..<2_500 {
            lines += k == 1_700 ? "{not json\n" : "{\"id\": \"r\(k)\", \"text\": \"Talks in Geneva resumed on Monday, item \(k).\"}\n"
        }
        folder.write("big.jsonl", lines)
        let r = Self.run([folder.sub("big.jsonl")])
        let ids = r.text.split(separator: "\n").map { line -> String in
            let start = line.range(of: "\"id\":\"")!.upperBound
            return String(line[start...].prefix { $0 != "\"" })
        }
        #expect(ids == (0..<2_500).filter { $0 != 1_700 }.map { "r\($0)" })
        #expect(r.warnings.count == 1)
        #expect(r.warnings.first?.contains("big.jsonl:1701: malformed JSON") == true)
        #expect(r.summary == ExtractStream.Summary(articles: 2_499, warnings: 1))
    }

    /// An article whose text is over the whole-line limit is written in pieces, the same bytes.
    @Test func aLongArticleIsWrittenInPiecesAsTheSameLine() throws {
        let folder = TempFolder()
        let paragraph = "Russia and Ukraine met in Geneva on Monday, and 1,000 troops left on May 3.\n"
        let text = String(repeating: paragraph, count: ExtractStream.wholeLineLimit / paragraph.utf8.count + 50)
        let path = folder.write("long.txt", "date 2024-05-05\n" + text)
        let small = folder.write("small.txt", "date 2024-05-06\nTalks resumed.\n")
        let r = Self.run([path, small])
        let corpus = ArticleLoader.loadCorpus(paths: [path, small])
        let long = try #require(corpus.articles.first { $0.path == path })
        let short = try #require(corpus.articles.first { $0.path == small })
        #expect(r.text == ExtractRecord.jsonLine(long) + "\n" + ExtractRecord.jsonLine(short) + "\n")
    }
}
