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
    private var loadedArticles = 0
    private var bytesDone = 0
    private var bytesTotal = 0
    private var started = ContinuousClock.now
    private var finished = false
    private var cancelled = false
    private var version = 0
    private var snapshot: Corpus
    private var snapshotVersion = 0
    private let paths: [PathName]
    private let standardInput: Int32

    /// Sources per batch: large enough to keep both cores busy, small enough to show progress.
    public static let batchSize = 256

    public convenience init(paths: [String], gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard) {
        self.init(pathNames: paths.map(PathName.init), gazetteer: gazetteer, limits: limits)
    }

    public convenience init(pathNames: [PathName], gazetteer: Gazetteer, limits: LoadLimits = .standard) {
        self.init(pathNames: pathNames, makeGazetteer: { gazetteer }, limits: limits)
    }

    /// `makeGazetteer` runs on the loading thread, so a dashboard draws its first frame before
    /// the word lists are read.
    /// `standardInput`: where `-` is read from (the dashboard reads its keys from the terminal
    /// and the articles from the pipe it moved).
    public init(pathNames: [PathName], makeGazetteer: @escaping @Sendable () -> Gazetteer = { .standard },
                limits: LoadLimits = .standard, standardInput: Int32 = 0) {
        self.paths = pathNames
        self.standardInput = standardInput
        snapshot = Corpus(articles: [], paths: pathNames.map(\.display))
        let thread = Thread { [self] in run(gazetteer: makeGazetteer(), limits: limits) }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// How far the load is.
    public struct Progress: Sendable, Equatable {
        /// Sources read, of how many.
        public var done: Int
        public var total: Int
        /// Articles loaded so far.
        public var articles: Int
        /// Bytes of the sources read, of how many (file sizes as listed).
        public var bytesDone: Int
        public var bytesTotal: Int
        /// Seconds since the load began.
        public var elapsed: Double
        public var finished: Bool
        /// Changes whenever any of the above does.
        public var version: Int
        /// Changes with each new corpus.
        public var corpus: Int
    }

    private func run(gazetteer: Gazetteer, limits: LoadLimits) {
        var listing = SourceEnumerator.sources(for: paths)
        listing.sources = listing.sources.map { $0.kind == .standardInput ? $0.reading(from: standardInput) : $0 }
        lock.withLock {
            total = listing.sources.count
            bytesTotal = listing.sources.reduce(0) { $0 + ($1.size ?? 0) }
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
                loadedArticles = articles.count
                bytesDone += batch.reduce(0) { $0 + ($1.size ?? 0) }
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
        let c = Corpus(articles: all, warnings: ResourceCheck.warnings + w, paths: paths.map(\.display))
        lock.withLock {
            snapshot = c
            snapshotVersion += 1
            version += 1
        }
        return c
    }

    /// Stops after the batch being read (a reload makes a new loader).
    public func cancel() { lock.withLock { cancelled = true } }

    /// How far the load is: sources, articles and bytes read, time taken, whether it is over.
    public func progress() -> Progress {
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return lock.withLock {
            Progress(done: done, total: total, articles: loadedArticles,
                     bytesDone: bytesDone, bytesTotal: bytesTotal, elapsed: seconds, finished: finished,
                     version: version, corpus: snapshotVersion)
        }
    }

    /// The latest corpus built (all of the load once `progress().finished`).
    public func corpus() -> Corpus { lock.withLock { snapshot } }
}
