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

    /// The name when room is short.
    public var shortTitle: String {
        switch self {
        case .timeline: return "Time"
        case .actors: return "Act"
        case .quantities: return "Qty"
        case .articles: return "Art"
        case .reader: return "Read"
        }
    }
}

public enum Overlay: Sendable, Equatable {
    case help
    /// Every load warning, with its file and problem.
    case warnings
    /// The fuzzy actor picker: what was typed and the highlighted row.
    case picker(query: String, cursor: Int)
}

/// A find (`/`): its text and where it matches in the corpus (the panes are not narrowed).
public struct Find: Sendable {
    public let text: String
    public let matches: SearchMatches
}

/// A line of typed input at the bottom of the screen.
public struct Prompt: Sendable, Equatable {
    public enum Kind: Sendable, Hashable {
        /// `/`: find as you type (the cursor moves to the first hit; nothing is hidden).
        case search
        /// `\`: keep only what holds the text (a filter, as `:grep`).
        case grep
        /// `:`: a command (`filter North Korea`, `date 2024-10`, `theme light`, `q`).
        case command
        /// `t`: a date to jump to.
        case date
    }

    public var kind: Kind
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// Where typing goes, in characters from the start (Ctrl-A, Ctrl-E, Left, Right move it).
    public var cursor: Int
    /// The focused pane's cursor when the prompt opened (a find starts from there).
    public var origin: Int = 0
    /// Which earlier line Up/Down show (nil: the one being typed).
    public var historyIndex: Int?

    public init(kind: Kind, text: String, origin: Int = 0) {
        self.kind = kind
        self.text = text
        self.cursor = text.count
        self.origin = origin
    }

    public var sigil: String {
        switch kind {
        case .search: return "/"
        case .grep: return "\\"
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

extension QuantityOrder {
    public var label: String {
        switch self {
        case .salience: return "most telling first"
        case .date: return "by date"
        case .value: return "largest first"
        case .category: return "by category"
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

    /// The loader's progress as the header shows it.
    public init(_ p: ProgressiveLoader.Progress) {
        self.init(done: p.done, total: p.total, articles: p.articles, bytesDone: p.bytesDone, bytesTotal: p.bytesTotal,
                  elapsed: p.elapsed)
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

/// An event named by what survives a new snapshot of the corpus (where indexes shift): its
/// article's id and path, and its place among that article's events.
public struct EventKey: Hashable, Sendable {
    public let id: String
    public let path: String
    public let event: Int
}

/// The whole UI as a value: `update` changes it, `render` draws it.
public struct State: Sendable {
    public private(set) var corpus: Corpus
    /// What the filters leave of the corpus, in pane order (recomputed when they change).
    public private(set) var view: CorpusView
    /// A name for the header (the paths loaded).
    public var title: String
    public var focus: Pane = .timeline
    /// The pane Enter opened the reader from: Esc, h or Left in the reader go back to it.
    public var returnFocus: Pane?
    /// Cursor row per pane (index into the view's list for that pane).
    public var cursors: [Pane: Int] = [:]
    /// The first row each pane's list shows (`Scrolling`).
    public var tops: [Pane: Int] = [:]
    public var filters = Filters() {
        didSet { if filters != oldValue { refreshView() } }
    }
    public var actorOrder: ActorOrder = .mentions {
        didSet { if actorOrder != oldValue { refreshView() } }
    }
    public var articleOrder: ArticleOrder = .oldest {
        didSet { if articleOrder != oldValue { refreshView() } }
    }
    public var quantityOrder: QuantityOrder = .salience {
        didSet { if quantityOrder != oldValue { refreshView() } }
    }
    /// Whether the other panes follow the timeline cursor (`L`).
    public var follow = true {
        didSet { if follow != oldValue { refreshView() } }
    }
    /// The article shown in the reader, by index into `corpus.articles`.
    public var openArticle: Int?
    /// The sentence marked in the reader (the item it was opened from).
    public var markedSpan: TextSpan?
    /// The reports of the timeline row the reader was opened from, when several articles
    /// report it (`.` and `,` step through them), and which one it shows.
    public var reports: [Corpus.EventRef] = []
    public var reportIndex = 0
    /// The scalar offset a very long article's reader window is centred on (the marked
    /// sentence or the search hit shown; `ReaderText.window`).
    public var readerAnchor: Int?
    public var readerScroll = 0
    /// The search hit the reader shows (its number among `view.hitCount`).
    public var searchHit: Int?
    /// What `/` finds: the text and its matches over the whole corpus.
    public var find: Find?
    public var overlay: Overlay?
    /// The first line the help or warnings overlay shows.
    public var overlayScroll = 0
    public var prompt: Prompt?
    /// Lines run at each kind of prompt, oldest first (Up/Down bring them back).
    public var history: [Prompt.Kind: [String]] = [:]
    /// `z`: the focused pane takes the whole body.
    public var zoomed = false
    public var message: String?
    /// The message says that what was typed was wrong (an unknown command, a bad date): drawn
    /// in the `error` role.
    public var messageIsError = false
    public var theme = "default"
    /// The themes `:theme` can choose (the built-in palettes and the theme files found).
    public var themes: [String: Palette] = Palette.builtIn
    public var loading: LoadProgress?
    public var quit = false
    /// Set by Ctrl-L: the backend repaints every cell.
    public var redrawRequested = false
    /// Set by `r`: the app reloads the paths.
    public var reloadRequested = false
    /// The size of the last frame, which paging and the layout use.
    public var size = Size(width: 120, height: 40)
    /// The event the user put the timeline cursor on, and its day: a new snapshot, a filter or
    /// a reload keeps the cursor there, or as near by date as the view allows.
    public private(set) var anchor: EventKey?
    private var anchorDay: CivilDate?
    /// The event the other panes and the reader were last made to follow.
    private var followed: EventKey?

    public init(corpus: Corpus, title: String, loading: LoadProgress? = nil) {
        self.corpus = corpus
        self.title = title
        self.loading = loading
        view = CorpusView(corpus: corpus)
        cursors[.timeline] = startingEvent()
        if currentEvent == nil { openArticle = view.articles.first }
        settle()
    }

    public func cursor(_ pane: Pane) -> Int { cursors[pane] ?? 0 }

    /// Who has the keys: a prompt, the picker, the help, or the panes.
    public var keyMode: KeyMode {
        if prompt != nil { return .prompt }
        switch overlay {
        case .picker?: return .picker
        case .help?, .warnings?: return .help
        case nil: return .panes
        }
    }

    /// The event under the timeline cursor.
    public var currentEvent: Corpus.EventRef? {
        let k = cursor(.timeline)
        return view.events.indices.contains(k) ? view.events[k] : nil
    }

    /// The key of an event of the current corpus.
    func key(of ref: Corpus.EventRef) -> EventKey {
        let a = corpus.articles[ref.article]
        return EventKey(id: a.id, path: a.path, event: ref.event)
    }

    /// Replaces the corpus (a reload, or more articles arriving), keeping what can be kept:
    /// filters, the event under the timeline cursor (or the nearest by date until it arrives)
    /// and the article in the reader.
    public mutating func replaceCorpus(_ corpus: Corpus) {
        let wasEmpty = self.corpus.isEmpty
        let article = openArticle.map { (id: self.corpus.articles[$0].id, path: self.corpus.articles[$0].path) }
        let articlesCursor = view.articles.indices.contains(cursor(.articles)) ? view.articles[cursor(.articles)] : nil
        let articleKey = articlesCursor.map { (id: self.corpus.articles[$0].id, path: self.corpus.articles[$0].path) }
        let actor = view.actors.indices.contains(cursor(.actors)) ? view.actors[cursor(.actors)].id : nil
        self.corpus = corpus
        // The reports stepped through were the old corpus's events.
        reports = []
        reportIndex = 0
        // While loading, a filtered actor may not have arrived yet: it stays (and matches
        // nothing until it does).
        let known = filters.actors.filter { corpus.actors[$0] != nil }
        if loading == nil, known != filters.actors {
            filters.actors = known  // rebuilds the view
        } else {
            view = CorpusView(corpus: corpus, filters: filters, actorOrder: actorOrder, articleOrder: articleOrder,
                              quantityOrder: quantityOrder)
        }
        if wasEmpty && anchor == nil {
            cursors[.timeline] = startingEvent()
        } else {
            placeTimelineCursor()
        }
        clampCursors()
        if let actor, let row = view.actors.firstIndex(where: { $0.id == actor }) { cursors[.actors] = row }
        if let article, let a = corpus.articleIndex(id: article.id, path: article.path) {
            openArticle = a
        } else if openArticle != nil {
            openArticle = nil
            markedSpan = nil
            readerAnchor = nil
        }
        if let f = find { find = Find(text: f.text, matches: corpus.find(f.text)) }
        orderFollowing()
        if let articleKey, let a = corpus.articleIndex(id: articleKey.id, path: articleKey.path), let row = view.row(ofArticle: a) {
            cursors[.articles] = row
        }
        settle(fromSnapshot: true)
        if openArticle == nil { openArticle = view.articles.first }
    }

    /// Puts the timeline cursor on the anchor event if it is in view, else on the event nearest
    /// to the anchor's day (the anchor is kept: a later snapshot may bring its event back).
    mutating func placeTimelineCursor() {
        guard let anchor else { return }
        if let a = corpus.articleIndex(id: anchor.id, path: anchor.path),
           let row = view.row(ofEvent: Corpus.EventRef(article: a, event: anchor.event)) {
            cursors[.timeline] = row
        } else if let day = anchorDay {
            cursors[.timeline] = nearestRow(to: day)
        }
    }

    /// The dated row whose day is nearest to `day` (the earlier on a tie).
    func nearestRow(to day: CivilDate) -> Int {
        let dated = view.datedRows
        guard dated > 0 else { return 0 }
        let after = view.firstRow(onOrAfter: day)
        if after >= dated { return dated - 1 }
        if after == 0 { return 0 }
        let d = day.dayNumber
        let before = view.firstRow(onOrAfter: CivilDate(dayNumber: view.dayNumber(atRow: after - 1)))
        return d - view.dayNumber(atRow: after - 1) <= view.dayNumber(atRow: after) - d ? before : after
    }

    /// After any change: the anchor becomes the event under the cursor (unless a snapshot
    /// merely moved it near), and the other panes and the reader show the cursor's event at its
    /// sentence whenever that event changed.
    mutating func settle(fromSnapshot: Bool = false) {
        guard let e = currentEvent else { return }
        let k = key(of: e)
        if !fromSnapshot || anchor == nil {
            anchor = k
            let ev = corpus.event(e)
            anchorDay = ev.firstDay ?? ev.lastDay
        }
        guard follow else {
            followed = nil
            return
        }
        if followed != k {
            followed = k
            refollow()
            showInReader(&self, article: e.article, span: corpus.event(e).sentence)
        }
    }

    /// Where the timeline cursor starts: the first event in the month before the first
    /// article or later (history the articles recall sits above it), else the first event.
    func startingEvent() -> Int {
        guard let first = corpus.dateSpan?.lowerBound.adding(days: -31) else { return 0 }
        let row = view.firstRow(onOrAfter: first)
        return row < view.datedRows ? row : 0
    }

    /// Recomputes the view after a change of filters, order, follow or corpus, keeping the
    /// timeline cursor on its event when it is still there, else on the nearest by date, and
    /// the actor and article cursors on their rows' items.
    mutating func refreshView() {
        let actor = view.actors.indices.contains(cursor(.actors)) ? view.actors[cursor(.actors)].id : nil
        let article = view.articles.indices.contains(cursor(.articles)) ? view.articles[cursor(.articles)] : nil
        view = CorpusView(corpus: corpus, filters: filters, actorOrder: actorOrder, articleOrder: articleOrder,
                          quantityOrder: quantityOrder)
        placeTimelineCursor()
        clampCursors()
        if let actor, let row = view.actors.firstIndex(where: { $0.id == actor }) { cursors[.actors] = row }
        orderFollowing()
        if let article, let row = view.row(ofArticle: article) { cursors[.articles] = row }
        settle()
    }

    /// With follow on, the articles and quantities panes put the timeline cursor's date first.
    mutating func orderFollowing() {
        guard follow, let e = currentEvent else { return }
        view = view.following(e, in: corpus)
    }

    /// Orders the followers by the cursor's event and puts their cursors on it.
    mutating func refollow() {
        guard follow, let e = currentEvent else { return }
        orderFollowing()
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
