#if canImport(Glibc)
import Glibc
#endif
import HostileCorpus
import Testing
@testable import NewsModel

/// Issue 13's pathological shapes: loading one article and extracting everything from it
/// (its JSON record included) must cost time linear in its length, and give output linear in
/// it. Checked by a size ratio, not a clock: the same shape at eight times the size may cost
/// at most twenty times the CPU time (a quadratic step would cost sixty-four times).
@Suite("Bounded work on hostile shapes", .serialized)
struct BoundedWorkTests {
    static let small = 6_000, large = 48_000

    /// CPU seconds this thread spent in `work` (other tests on other threads do not count).
    static func cpuTime(_ work: () -> Void) -> Double {
        var a = timespec(), b = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a)
        work()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b)
        return Double(b.tv_sec - a.tv_sec) + Double(b.tv_nsec - a.tv_nsec) / 1e9
    }

    /// The best of two runs of load + extraction + the JSON record, and the record's size.
    static func cost(_ text: String) -> (seconds: Double, output: Int) {
        var best = Double.infinity
        var output = 0
        for _ in 0..<2 {
            best = min(best, cpuTime {
                let load = ArticleLoader.load(bytes: Array(HostileCorpus.article(text).utf8),
                                              from: InputSource(kind: .file, path: "hostile.txt", named: true))
                output = load.articles.first.map { ExtractRecord.jsonLine($0).utf8.count } ?? 0
            })
        }
        return (best, output)
    }

    @Test(arguments: HostileCorpus.shapes.map(\.name))
    func timeAndOutputGrowLinearly(_ name: String) throws {
        let shape = try #require(HostileCorpus.shapes.first { $0.name == name })
        let small = shape.make(Self.small), large = shape.make(Self.large)
        let ratio = Double(large.utf8.count) / Double(small.utf8.count)
        let a = Self.cost(small), b = Self.cost(large)
        #expect(a.output > 0 && b.output > 0, "\(name): no article loaded")
        #expect(b.seconds / max(a.seconds, 1e-4) < 2.5 * ratio,
                "\(name): \(large.utf8.count) bytes took \(b.seconds) s, \(small.utf8.count) bytes \(a.seconds) s")
        #expect(Double(b.output) / Double(max(1, a.output)) < 1.5 * ratio,
                "\(name): output \(b.output) bytes for \(large.utf8.count), \(a.output) for \(small.utf8.count)")
    }

    @Test func aVeryLongSentenceIsCutIntoPiecesOfBoundedLength() {
        let text = HostileCorpus.shapes[0].make(200_000)
        let seg = Segmenter.segment(text)
        #expect(seg.sentences.count > 1)
        var tokenIndex = 0
        for s in seg.sentences {
            var n = 0
            while tokenIndex < seg.tokens.count, Int(seg.tokens[tokenIndex].begin) < s.end {
                if Int(seg.tokens[tokenIndex].begin) >= s.begin { n += 1 }
                tokenIndex += 1
            }
            #expect(n <= SentenceSplitter.maximumTokens)
        }
        // Cut at a clause mark when there is one in the second half: a list of "1,1,1" is cut
        // after a comma.
        let listText = HostileCorpus.shapes.first { $0.name == "1,1,1 chains" }!.make(10_000)
        let list = Segmenter.segment(listText)
        #expect(list.sentences.count > 1)
        let first = list.sentences[0]
        #expect(Array(listText.unicodeScalars)[first.end - 1] == ",")
    }

    @Test func runsOfCapitalsMonthsAndWeekdaysAreNotNames() {
        let monday = ArticleAnalyzer.article(id: "m", path: "m.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                             text: HostileCorpus.shapes.first { $0.name == "Monday run" }!.make(20_000))
        #expect(monday.actors.isEmpty, "\(monday.actors.prefix(3).map(\.id))")
        let days = ArticleAnalyzer.article(id: "d", path: "d.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                           text: "The vote is set for Saturday June 14 in Oslo.")
        #expect(!days.actors.contains { $0.id.contains("june") || $0.id.contains("saturday") })
        #expect(days.actors.contains { $0.id == "oslo" })
        // No actor id is longer than a name can be.
        let caps = ArticleAnalyzer.article(id: "c", path: "c.txt", date: nil,
                           text: HostileCorpus.shapes.first { $0.name == "capitalized words" }!.make(20_000))
        #expect(caps.actors.allSatisfy { $0.name.split(separator: " ").count <= MentionFinder.maximumNameTokens })
    }
}
