import NewsModel

/// The panes of the dashboard, in focus order (`1`–`5`).
public enum Pane: Int, CaseIterable, Sendable {
    case timeline = 1, actors, quantities, articles, reader

    public var title: String {
        switch self {
        case .timeline: return "Timeline"
        case .actors: return "Actors"
        case .quantities: return "Quantities"
        case .articles: return "Articles"
        case .reader: return "Reader"
        }
    }
}

public enum Overlay: Sendable, Equatable {
    case help
    /// The fuzzy actor picker: what was typed and the highlighted row.
    case picker(query: String, cursor: Int)
}

/// A line of typed input at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `/`: incremental search.
        case search
        /// `:`: a command (`filter North Korea`, `date 2024-10`, `theme light`, `q`).
        case command
        /// `t`: a date to jump to.
        case date
    }

    public var kind: Kind
    public var text: String

    public var sigil: String {
        switch kind {
        case .search: return "/"
        case .command: return ":"
        case .date: return "go to date: "
        }
    }
}

extension ActorOrder {
    public var label: String {
        switch self {
        case .mentions: return "by mentions"
        case .articles: return "by articles"
        case .name: return "by name"
        case .grouped: return "by country"
        }
    }
}

extension ArticleOrder {
    public var label: String {
        switch self {
        case .oldest: return "oldest first"
        case .newest: return "newest first"
        case .title: return "by title"
        }
    }
}

extension CorpusView {
    /// The number of rows of a pane's list.
    public func count(_ pane: Pane) -> Int {
        switch pane {
        case .timeline: return events.count
        case .actors: return actors.count
        case .quantities: return quantities.count
        case .articles: return articles.count
        case .reader: return 0
        }
    }
}

/// Progress of a load that is still running.
public struct LoadProgress: Sendable, Equatable {
    /// Sources read, of how many.
    public var done: Int
    public var total: Int
    /// Articles loaded so far (the corpus shown may be an earlier snapshot).
    public var articles: Int
    /// Bytes of the sources read, of how many (0 when unknown).
    public var bytesDone: Int
    public var bytesTotal: Int
    /// Seconds since the load began.
    public var elapsed: Double

    public init(done: Int, total: Int, articles: Int = 0, bytesDone: Int = 0, bytesTotal: Int = 0, elapsed: Double = 0) {
        self.done = done
        self.total = total
        self.articles = articles
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.elapsed = elapsed
    }

    /// How much is read, by bytes when the sizes are known, else by sources.
    public var fraction: Double {
        if bytesTotal > 0 { return min(1, Double(bytesDone) / Double(bytesTotal)) }
        return total > 0 ? min(1, Double(done) / Double(total)) : 0
    }

    /// Bytes a second so far, once there is enough to tell (a quarter second and some bytes).
    public var bytesPerSecond: Double? {
        elapsed >= 0.25 && bytesDone > 0 ? Double(bytesDone) / elapsed : nil
    }

    /// Seconds left at the rate so far.
    public var secondsLeft: Double? {
        guard let rate = bytesPerSecond, bytesTotal >= bytesDone else { return nil }
        return Double(bytesTotal - bytesDone) / rate
    }
}

/// The whole UI as a value: `update` changes it, `render` draws it.
public struct State: Sendable {
    public private(set) var corpus: Corpus
    /// What the filters leave of the corpus, in pane order (recomputed when they change).
    public private(set) var view: CorpusView
    /// A name for the header (the paths loaded).
    public var title: String
    public var focus: Pane = .timeline
    /// Cursor row per pane (index into the view's list for that pane).
    public var cursors: [Pane: Int] = [:]
    public var filters = Filters() {
        didSet { if filters != oldValue { refreshView() } }
    }
    public var actorOrder: ActorOrder = .mentions {
        didSet { if actorOrder != oldValue { refreshView() } }
    }
    public var articleOrder: ArticleOrder = .oldest {
        didSet { if articleOrder != oldValue { refreshView() } }
    }
    /// Whether the other panes follow the timeline cursor (`L`).
    public var follow = true {
        didSet { if follow != oldValue { refreshView() } }
    }
    /// The article shown in the reader, by index into `corpus.articles`.
    public var openArticle: Int?
    /// The sentence marked in the reader (the item it was opened from).
    public var markedSpan: TextSpan?
    /// The scalar offset a very long article's reader window is centred on (the marked
    /// sentence or the search hit shown; `ReaderText.window`).
    public var readerAnchor: Int?
    public var readerScroll = 0
    /// The search hit the reader shows (its number among `view.hitCount`).
    public var searchHit: Int?
    public var overlay: Overlay?
    public var prompt: Prompt?
    /// `z`: the focused pane takes the whole body.
    public var zoomed = false
    public var message: String?
    public var theme = "default"
    public var loading: LoadProgress?
    public var quit = false
    /// Set by Ctrl-L: the backend repaints every cell.
    public var redrawRequested = false
    /// Set by `r`: the app reloads the paths.
    public var reloadRequested = false
    /// The size of the last frame, which paging and the layout use.
    public var size = Size(width: 120, height: 40)

    public init(corpus: Corpus, title: String, loading: LoadProgress? = nil) {
        self.corpus = corpus
        self.title = title
        self.loading = loading
        view = CorpusView(corpus: corpus)
        cursors[.timeline] = startingEvent()
        refollow()
        openArticle = currentEvent?.article ?? view.articles.first
        markedSpan = currentEvent.map { corpus.event($0).sentence }
    }

    public func cursor(_ pane: Pane) -> Int { cursors[pane] ?? 0 }

    /// The event under the timeline cursor.
    public var currentEvent: Corpus.EventRef? {
        let k = cursor(.timeline)
        return view.events.indices.contains(k) ? view.events[k] : nil
    }

    /// Replaces the corpus (a reload, or more articles arriving), keeping what can be kept:
    /// filters, the event and article under the cursors.
    public mutating func replaceCorpus(_ corpus: Corpus) {
        let wasEmpty = self.corpus.isEmpty
        let event = currentEvent.map { (corpus: self.corpus.articles[$0.article].id, event: $0.event) }
        let article = openArticle.map { self.corpus.articles[$0].id }
        self.corpus = corpus
        filters.actors = filters.actors.filter { corpus.actors[$0] != nil }
        refreshView()
        if let event, let a = corpus.articles.firstIndex(where: { $0.id == event.corpus }),
           let k = view.row(ofEvent: Corpus.EventRef(article: a, event: event.event)) {
            cursors[.timeline] = k
        }
        if let article, let a = corpus.articles.firstIndex(where: { $0.id == article }) {
            openArticle = a
        } else {
            openArticle = view.articles.first
            markedSpan = nil
            readerAnchor = nil
        }
        clampCursors()
        if wasEmpty { cursors[.timeline] = startingEvent() }
    }

    /// Where the timeline cursor starts: the first event in the month before the first
    /// article or later (history the articles recall sits above it), else the first event.
    func startingEvent() -> Int {
        guard let first = corpus.dateSpan?.lowerBound.adding(days: -31) else { return 0 }
        let row = view.firstRow(onOrAfter: first)
        return row < view.datedRows ? row : 0
    }

    /// Recomputes the view after a change of filters, order, follow or corpus, keeping the
    /// timeline cursor on its event when it is still there.
    mutating func refreshView() {
        let keep = currentEvent
        view = CorpusView(corpus: corpus, filters: filters, actorOrder: actorOrder, articleOrder: articleOrder)
        if let keep, let k = view.row(ofEvent: keep) { cursors[.timeline] = k }
        clampCursors()
        refollow()
    }

    /// With follow on, the articles pane puts the timeline cursor's date first.
    mutating func refollow() {
        guard follow, let e = currentEvent else { return }
        view = view.following(e, in: corpus)
        cursors[.articles] = view.row(ofArticle: e.article) ?? 0
        cursors[.quantities] = 0
    }

    mutating func clampCursors() {
        for pane in Pane.allCases where pane != .reader {
            let n = view.count(pane)
            cursors[pane] = n == 0 ? 0 : min(max(0, cursor(pane)), n - 1)
        }
    }
}

public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}
