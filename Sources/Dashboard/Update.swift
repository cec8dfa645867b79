import NewsModel

/// The dashboard's one state transition: keys become actions through the keymap table;
/// an open prompt or picker takes the keys it edits with first.
public func update(_ state: State, _ input: Input) -> State {
    var s = state
    s.redrawRequested = false
    s.reloadRequested = false
    switch input {
    case .resize(let w, let h):
        s.size = Size(width: w, height: h)
        // The reader's lines wrap anew: its marked sentence stays in sight.
        if s.focus != .reader, let a = s.openArticle, let span = s.markedSpan { showInReader(&s, article: a, span: span) }
    case .loaded(let corpus, let progress):
        let wasLoading = s.loading != nil
        s.loading = progress
        if !s.corpus.isSameSnapshot(as: corpus) { s.replaceCorpus(corpus) }
        if wasLoading, progress == nil, s.message == reloadingMessage {
            s.message = "reloaded: \(HeaderView.grouped(s.corpus.articles.count)) article\(s.corpus.articles.count == 1 ? "" : "s")"
        }
        s.keepCursorsInSight()
        return s
    case .mouse(let event):
        s.message = nil
        s.messageIsError = false
        handleMouse(event, &s)
    case .key(let key):
        s.message = nil
        s.messageIsError = false
        switch s.keyMode {
        case .prompt: editPrompt(key, &s)
        case .picker: editPicker(key, &s)
        case .help: helpKey(key, &s)
        case .panes:
            if let action = Keymap.action(for: key, in: s.focus) {
                perform(action, on: &s, key: key)
            } else if Keymap.table.contains(where: { $0.scope == .pane(.actors) && $0.keys.contains(key) }) {
                s.message = "\(key) filters by the actor under the cursor in Actors (\(Keymap.key(.focusActors))) — or press \(Keymap.key(.pickActor)) to pick one"
            } else {
                s.message = "\(key) is not bound here — press \(Keymap.key(.help)) for help"
            }
        }
    }
    // Whatever moved the timeline cursor, the other panes and the reader follow it.
    s.settle()
    s.keepCursorsInSight()
    return s
}

let reloadingMessage = "reloading…"

/// Keys while the help is open: they scroll it or close it, through the help's bindings.
func helpKey(_ key: Key, _ s: inout State) {
    let rows = HelpOverlay.visibleRows(s)
    let most = max(0, HelpOverlay.lineCount(s) - rows)
    switch Keymap.action(for: key, in: s.focus, mode: .help) {
    case .moveDown?: s.overlayScroll += 1
    case .moveUp?: s.overlayScroll -= 1
    case .pageDown?: s.overlayScroll += max(1, rows - 1)
    case .pageUp?: s.overlayScroll -= max(1, rows - 1)
    case .top?: s.overlayScroll = 0
    case .bottom?: s.overlayScroll = most
    case .closeOverlay?: s.overlay = nil
    case .quit?: s.quit = true
    default:
        let close = Keymap.table.first { $0.scope == .help && $0.action == .closeOverlay }?.keys.map(\.description).joined(separator: " ") ?? "Esc"
        s.message = "in the help: \(Keymap.table.first { $0.scope == .help && $0.action == .moveDown }?.keys.first?.description ?? "j") and "
            + "\(Keymap.table.first { $0.scope == .help && $0.action == .moveUp }?.keys.first?.description ?? "k") scroll, \(close) close it"
    }
    s.overlayScroll = min(max(0, s.overlayScroll), most)
}

func perform(_ action: Action, on s: inout State, key: Key? = nil) {
    switch action {
    case .quit: s.quit = true
    case .help:
        s.overlay = s.overlay == .help ? nil : .help
        s.overlayScroll = 0
    case .closeOverlay: escape(&s)
    case .focusNext: s.focus = step(s.focus, by: 1)
    case .focusPrevious: s.focus = step(s.focus, by: -1)
    case .focusTimeline: s.focus = .timeline
    case .focusActors: s.focus = .actors
    case .focusQuantities: s.focus = .quantities
    case .focusArticles: s.focus = .articles
    case .focusReader: s.focus = .reader
    case .back:
        // Esc clears what it always clears first (an overlay, a find, a grep); then back.
        if key == .escape, s.overlay != nil || s.find != nil || !s.filters.search.isEmpty {
            escape(&s)
        } else {
            s.focus = s.returnFocus ?? .timeline
            s.returnFocus = nil
        }
    case .warnings:
        s.overlay = .warnings
        s.overlayScroll = 0
    case .zoom:
        s.zoomed.toggle()
        s.message = s.zoomed ? "zoomed: \(s.focus.title) — \(Keymap.key(.zoom)) again to see every pane" : nil
    case .moveDown: move(&s, by: 1)
    case .moveUp: move(&s, by: -1)
    case .pageDown: page(&s, direction: 1, half: false)
    case .pageUp: page(&s, direction: -1, half: false)
    case .halfPageDown: page(&s, direction: 1, half: true)
    case .halfPageUp: page(&s, direction: -1, half: true)
    case .top: move(&s, by: Int.min / 4)
    case .bottom: move(&s, by: Int.max / 4)
    case .open: openSelection(&s)
    case .nextReport: stepReport(&s, by: 1)
    case .previousReport: stepReport(&s, by: -1)
    case .toggleFilter: toggleFilterUnderCursor(&s)
    case .filterAny:
        s.filters.mode = s.filters.mode == .any ? .all : .any
        s.message = filterMessage(s)
    case .filterAll:
        s.filters.mode = .all
        s.message = filterMessage(s)
    case .clearFilters:
        s.filters = s.filters.cleared
        s.searchHit = nil
        s.message = "filters cleared — \(HeaderView.grouped(s.view.events.count)) events, \(HeaderView.grouped(s.view.articles.count)) articles"
    case .pickActor: s.overlay = .picker(query: "", cursor: 0)
    case .previousDate, .nextDate, .previousMonth, .nextMonth, .firstEvent, .lastEvent: jump(action, &s)
    case .goToDate: s.prompt = Prompt(kind: .date, text: "")
    case .toggleBackground:
        let wasHidden = (s.view.hiddenBackground, s.view.hiddenBackgroundQuantities)
        s.filters.background.toggle()
        let counts = s.filters.background ? wasHidden : (s.view.hiddenBackground, s.view.hiddenBackgroundQuantities)
        // Short enough for 80 columns: the README and the help say what background is.
        let what = "\(HeaderView.grouped(counts.0)) old events, \(HeaderView.grouped(counts.1)) minor figures"
        s.message = s.filters.background ? "background shown (dimmed): \(what)" : "background hidden: \(what) (\(Keymap.key(.toggleBackground)) shows them)"
    case .toggleFollow:
        s.follow.toggle()
        s.message = s.follow ? "follow on: the other panes follow the timeline cursor" : "follow off"
    case .search: s.prompt = Prompt(kind: .search, text: "", origin: s.cursor(s.focus))
    case .grep: s.prompt = Prompt(kind: .grep, text: s.filters.search)
    case .nextHit: s.find != nil ? stepFind(&s, by: 1) : stepHit(&s, by: 1)
    case .previousHit: s.find != nil ? stepFind(&s, by: -1) : stepHit(&s, by: -1)
    case .cycleSort: cycleSort(&s)
    case .command: s.prompt = Prompt(kind: .command, text: "")
    case .reload:
        s.reloadRequested = true
        s.message = reloadingMessage
    case .redraw: s.redrawRequested = true
    case .cycleTheme:
        let names = s.themes.keys.sorted()
        guard !names.isEmpty else { break }
        let next = names[((names.firstIndex(of: s.theme) ?? -1) + 1) % names.count]
        useTheme(next, &s)
        s.message = "theme \(next) (\(names.firstIndex(of: next)! + 1) of \(names.count)) — T for the next; kept for the next run"
    case .suspend: break  // the app suspends the process; nothing changes here
    case .deleteBack, .clearInput, .deleteWord, .lineStart, .lineEnd, .cursorLeft, .cursorRight, .complete, .historyBack,
         .historyForward:
        break  // prompt and picker keys
    }
}

/// Esc: the prompt first (handled by the prompt), then the search, then the overlay, then a zoom.
private func escape(_ s: inout State) {
    if s.overlay != nil {
        s.overlay = nil
    } else if let f = s.find {
        s.find = nil
        s.message = "/\(f.text) cleared"
    } else if !s.filters.search.isEmpty {
        s.filters.search = ""
        s.searchHit = nil
        s.message = "search cleared"
    } else if s.zoomed {
        s.zoomed = false
    }
}

private func step(_ pane: Pane, by delta: Int) -> Pane {
    let all = Pane.allCases
    let i = all.firstIndex(of: pane)!
    return all[(i + delta + all.count) % all.count]
}

func layout(_ s: State) -> Layout { Layout(s.size, focus: s.focus, zoomed: s.zoomed) }

func move(_ s: inout State, by delta: Int) {
    switch s.focus {
    case .reader:
        s.readerScroll = max(0, min(s.readerScroll + delta, maxReaderScroll(s)))
    default:
        let n = s.view.count(s.focus)
        guard n > 0 else { return }
        let c = min(max(0, s.cursor(s.focus) + max(-n, min(n, delta))), n - 1)
        s.cursors[s.focus] = c
        selectionMoved(&s)
    }
}

/// After the cursor of a list moved: the timeline drives the other panes when following; the
/// articles pane shows its article in the reader.
func selectionMoved(_ s: inout State) {
    switch s.focus {
    case .timeline:
        break  // `settle` makes the other panes and the reader follow
    case .articles:
        let k = s.cursor(.articles)
        if s.view.articles.indices.contains(k) { showInReader(&s, article: s.view.articles[k], span: nil) }
    case .quantities:
        let k = s.cursor(.quantities)
        guard s.view.quantities.indices.contains(k) else { return }
        let ref = s.view.quantities[k]
        showInReader(&s, article: ref.article, span: s.corpus.articles[ref.article].sentences[s.corpus.quantity(ref).sentence])
    default: break
    }
}

/// The reader's width as it is laid out now (for wrapping and scrolling).
func readerWidth(_ s: State) -> Int {
    let l = Layout(s.size, focus: .reader, zoomed: s.zoomed)
    return max(1, (l.panes[.reader]?.width ?? s.size.width) - 3)  // border and the mark margin
}

func maxReaderScroll(_ s: State) -> Int {
    guard let k = s.openArticle, s.corpus.articles.indices.contains(k) else { return 0 }
    let lines = ReaderText.lines(s.corpus.articles[k], width: readerWidth(s), around: s.readerAnchor)
    let height = Layout(s.size, focus: .reader, zoomed: s.zoomed).pageHeight(.reader)
    return max(0, lines.count - height)
}

/// Opens an article in the reader, scrolled so that `span` (marked) is near the top.
func showInReader(_ s: inout State, article: Int, span: TextSpan?, keepReports: Bool = false) {
    if !keepReports {
        s.reports = []
        s.reportIndex = 0
    }
    s.openArticle = article
    s.markedSpan = span
    s.readerAnchor = span?.begin
    guard let span else {
        s.readerScroll = 0
        return
    }
    let lines = ReaderText.lines(s.corpus.articles[article], width: readerWidth(s), marked: span, around: span.begin)
    s.readerScroll = max(0, ReaderText.line(containing: span.begin, in: lines) - 1)
}

/// `.` and `,` in the reader: the next or previous article that reports the row it was opened from.
private func stepReport(_ s: inout State, by step: Int) {
    guard s.reports.count > 1 else {
        s.message = "one report: \(Keymap.key(.nextReport)) steps through a timeline row that several articles report"
        return
    }
    s.reportIndex = (s.reportIndex + step + s.reports.count) % s.reports.count
    let ref = s.reports[s.reportIndex]
    showInReader(&s, article: ref.article, span: s.corpus.event(ref).sentence, keepReports: true)
    s.message = "report \(s.reportIndex + 1) of \(s.reports.count): \(s.corpus.articles[ref.article].title)"
}

/// Enter: the item under the cursor in the reader, at its sentence.
private func openSelection(_ s: inout State) {
    switch s.focus {
    case .timeline:
        guard let e = s.currentEvent else { return }
        showInReader(&s, article: e.article, span: s.corpus.event(e).sentence)
        let reports = s.view.reports(ofRow: s.cursor(.timeline))
        if reports.count > 1 {
            s.reports = reports
            s.reportIndex = reports.firstIndex(of: e) ?? 0
            s.message = "\(reports.count) reports of this: \(Keymap.key(.nextReport)) and \(Keymap.key(.previousReport)) step through them"
        }
    case .articles:
        let k = s.cursor(.articles)
        guard s.view.articles.indices.contains(k) else { return }
        showInReader(&s, article: s.view.articles[k], span: nil)
    case .actors:
        let k = s.cursor(.actors)
        guard s.view.actors.indices.contains(k) else { return }
        let id = s.view.actors[k].id
        // The first article in view that names it, at the first sentence that does.
        for a in s.view.articles {
            if let actor = s.corpus.articles[a].actors.first(where: { $0.id == id }), let m = actor.mentions.first {
                let article = s.corpus.articles[a]
                let sentence = article.sentenceIndex(containing: m.begin).map { article.sentences[$0] } ?? m
                showInReader(&s, article: a, span: sentence)
                break
            }
        }
    case .quantities:
        let k = s.cursor(.quantities)
        guard s.view.quantities.indices.contains(k) else { return }
        let ref = s.view.quantities[k]
        let article = s.corpus.articles[ref.article]
        showInReader(&s, article: ref.article, span: article.sentences[s.corpus.quantity(ref).sentence])
    case .reader:
        return
    }
    // The reader takes the keys, at every size; Esc (h, Left) comes back here.
    s.returnFocus = s.focus
    s.focus = .reader
}

private func cycleSort(_ s: inout State) {
    switch s.focus {
    case .actors:
        let all = ActorOrder.allCases
        s.actorOrder = all[(all.firstIndex(of: s.actorOrder)! + 1) % all.count]
        s.message = "actors \(s.actorOrder.label)"
    case .articles:
        let all = ArticleOrder.allCases
        s.articleOrder = all[(all.firstIndex(of: s.articleOrder)! + 1) % all.count]
        s.message = "articles \(s.articleOrder.label)" + (s.follow ? " (after the timeline cursor's date: \(Keymap.key(.toggleFollow)) turns follow off)" : "")
    case .quantities:
        let all = QuantityOrder.allCases
        s.quantityOrder = all[(all.firstIndex(of: s.quantityOrder)! + 1) % all.count]
        s.message = "quantities \(s.quantityOrder.label)"
    case .timeline:
        s.message = "the timeline is always in date order"
    default:
        s.message = "nothing to sort here"
    }
}
