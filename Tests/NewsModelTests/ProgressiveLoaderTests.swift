import Foundation
import HostileCorpus
import Testing
@testable import NewsModel

/// The dashboard's loader publishes snapshots while it reads: each is a consistent corpus of
/// the articles so far, they grow, and the last equals one load of everything.
@Suite("Progressive loading")
struct ProgressiveLoaderTests {
    @Test func snapshotsGrowAndTheLastEqualsOneLoad() throws {
        let folder = TempFolder()
        var rng = SplitMix(seed: 5)
        let sentences = ["Russia and Ukraine met in Geneva on Monday.", "North Korea sent 1,000 troops on May 3.",
                         "Talks in Tallinn resumed last week, Kaja Kallas said.", "Prices rose 4 percent in 2023."]
        // More than two batches, so that several snapshots are built.
        let count = 2 * ProgressiveLoader.batchSize + 90
        for k in 0..<count {
            let body = (0..<3).map { _ in sentences.randomElement(using: &rng)! }.joined(separator: " ")
            folder.write(String(format: "a%04d.txt", k), "date 2024-\(String(format: "%02d", k % 12 + 1))-10\n\(body)\n")
        }
        let loader = ProgressiveLoader(paths: [folder.path])
        var sizes: [Int] = []
        var seen = -1
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let p = loader.progress()
            if p.corpus != seen {
                seen = p.corpus
                let c = loader.corpus()
                sizes.append(c.articles.count)
                // Every snapshot is consistent: its view covers all it holds.
                #expect(CorpusView(corpus: c).articles.count == c.articles.count)
            }
            if p.finished { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        let progress = loader.progress()
        #expect(progress.finished && progress.done == count && progress.total == count)
        // Articles and bytes for the header's count, megabytes, rate and time left.
        let bytes = try FileManager.default.contentsOfDirectory(atPath: folder.path).reduce(0) { sum, name in
            sum + ((try? FileManager.default.attributesOfItem(atPath: folder.path + "/" + name)[.size] as? Int) ?? 0)
        }
        #expect(progress.articles == count)
        #expect(progress.bytesTotal == bytes && progress.bytesDone == bytes && bytes > 0)
        #expect(progress.elapsed > 0 && progress.elapsed < 120)
        let last = loader.corpus()
        #expect(sizes == sizes.sorted(), "snapshots only grow: \(sizes)")
        let whole = ArticleLoader.loadCorpus(paths: [folder.path])
        #expect(last.articles.map(\.id) == whole.articles.map(\.id))
        #expect(last.timeline == whole.timeline && last.quantities == whole.quantities)
        #expect(last.actors == whole.actors)
        var f = Filters()
        f.search = "troops"
        #expect(CorpusView(corpus: last, filters: f).hitCount == CorpusView(corpus: whole, filters: f).hitCount)
        #expect(CorpusView(corpus: last, filters: f).hitCount == whole.articles.reduce(0) { $0 + $1.text.components(separatedBy: "troops").count - 1 })
    }
}
