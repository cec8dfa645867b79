import Foundation

/// Loads paths on a background thread in batches, so a dashboard can show its first frame
/// at once and fill in as articles arrive. The owner polls `progress()` and asks for a
/// `corpus()` when there is something new.
public final class ProgressiveLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var articles: [Article] = []
    private var warnings: [LoadWarning] = []
    private var done = 0
    private var total = 0
    private var finished = false
    private var cancelled = false
    private var version = 0
    private let paths: [PathName]

    /// Sources per batch: large enough to keep both cores busy, small enough to show progress.
    public static let batchSize = 256

    public convenience init(paths: [String], gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard) {
        self.init(pathNames: paths.map(PathName.init), gazetteer: gazetteer, limits: limits)
    }

    public init(pathNames: [PathName], gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard) {
        self.paths = pathNames
        let thread = Thread { [self] in run(gazetteer: gazetteer, limits: limits) }
        thread.stackSize = 4 << 20
        thread.start()
    }

    private func run(gazetteer: Gazetteer, limits: LoadLimits) {
        let listing = SourceEnumerator.sources(for: paths)
        lock.withLock {
            total = listing.sources.count
            warnings = listing.warnings
            version += 1
        }
        var start = 0
        while start < listing.sources.count {
            if lock.withLock({ cancelled }) { return }
            let batch = Array(listing.sources[start..<min(listing.sources.count, start + ProgressiveLoader.batchSize)])
            let loads = ArticleLoader.load(batch, concurrent: true, gazetteer: gazetteer, limits: limits)
            lock.withLock {
                for l in loads {
                    articles.append(contentsOf: l.articles)
                    warnings.append(contentsOf: l.warnings)
                }
                done += batch.count
                version += 1
            }
            start += batch.count
        }
        lock.withLock {
            finished = true
            version += 1
        }
    }

    /// Stops after the batch being read (a reload makes a new loader).
    public func cancel() { lock.withLock { cancelled = true } }

    /// Sources read so far, of how many, whether the load is over, and a number that changes
    /// whenever any of that does.
    public func progress() -> (done: Int, total: Int, finished: Bool, version: Int) {
        lock.withLock { (done, total, finished, version) }
    }

    /// Everything loaded so far as a corpus.
    public func corpus() -> Corpus {
        let (a, w) = lock.withLock { (articles, warnings) }
        return Corpus(articles: a, warnings: w, paths: paths.map(\.display))
    }
}
