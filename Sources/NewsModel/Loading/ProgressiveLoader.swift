import Foundation

/// Loads paths on a background thread in batches, so a dashboard can show its first frame
/// at once and fill in as articles arrive. The owner polls `progress()` and asks for a
/// `corpus()` when there is something new.
///
/// The corpus (sorted, indexed) is built on the loading thread, never the owner's: after the
/// first batch, then each time the articles have doubled, then once at the end — so the
/// builds together cost about twice the last one, and the owner only swaps snapshots in. The
/// search index of the last one is built before the load reports that it is over.
public final class ProgressiveLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var articles: [Article] = []
    private var warnings: [LoadWarning] = []
    private var done = 0
    private var total = 0
    private var finished = false
    private var cancelled = false
    private var version = 0
    private var snapshot: Corpus
    private var snapshotVersion = 0
    private let paths: [PathName]

    /// Sources per batch: large enough to keep both cores busy, small enough to show progress.
    public static let batchSize = 256

    public convenience init(paths: [String], gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard) {
        self.init(pathNames: paths.map(PathName.init), gazetteer: gazetteer, limits: limits)
    }

    public init(pathNames: [PathName], gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard) {
        self.paths = pathNames
        snapshot = Corpus(articles: [], paths: pathNames.map(\.display))
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
        var built = 0
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
            let (count, all) = lock.withLock { (articles.count, articles) }
            if start < listing.sources.count, count >= max(1, 2 * built) {
                publish(all)
                built = count
            }
        }
        // The last corpus takes the articles over: they are not held twice while it is built.
        let all = lock.withLock {
            let a = articles
            articles = []
            return a
        }
        let last = publish(all)
        last.prepareSearch()
        lock.withLock {
            finished = true
            version += 1
        }
    }

    /// Builds a corpus of the articles so far and makes it the one `corpus()` returns.
    @discardableResult
    private func publish(_ all: consuming [Article]) -> Corpus {
        let w = lock.withLock { warnings }
        let c = Corpus(articles: all, warnings: w, paths: paths.map(\.display))
        lock.withLock {
            snapshot = c
            snapshotVersion += 1
            version += 1
        }
        return c
    }

    /// Stops after the batch being read (a reload makes a new loader).
    public func cancel() { lock.withLock { cancelled = true } }

    /// Sources read so far, of how many, whether the load is over, a number that changes
    /// whenever any of that does, and one that changes with each new corpus.
    public func progress() -> (done: Int, total: Int, finished: Bool, version: Int, corpus: Int) {
        lock.withLock { (done, total, finished, version, snapshotVersion) }
    }

    /// The latest corpus built (all of the load once `progress().finished`).
    public func corpus() -> Corpus { lock.withLock { snapshot } }
}
