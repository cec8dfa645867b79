import NewsModel

/// Keys while a prompt is open: typing edits it, Enter runs it, Esc closes it. A search
/// narrows the panes as it is typed.
func editPrompt(_ key: Key, _ s: inout State) {
    guard var p = s.prompt else { return }
    switch Keymap.action(for: key, in: s.focus, mode: .prompt) {
    case .closeOverlay?:
        s.prompt = nil
        if p.kind == .grep {
            s.message = s.filters.search.isEmpty ? nil : searchMessage(s) + " — \(Keymap.key(.closeOverlay)) again clears it"
        } else if p.kind == .search, let f = s.find {
            s.message = findMessage(f, s) + " — \(Keymap.key(.closeOverlay)) again clears it"
        }
        return
    case .open?:
        s.prompt = nil
        run(p, &s)
        return
    case .deleteBack?:
        if !p.text.isEmpty { p.text.removeLast() }
    case .clearInput?:
        p.text = ""
    case .quit?:
        s.quit = true
        return
    default:
        guard case .char(let c) = key else { return }
        p.text.append(c)
    }
    s.prompt = p
    if p.kind == .grep { setSearch(p.text, &s) }
    if p.kind == .search { setFind(p.text, from: p.origin, &s) }
}

private func run(_ p: Prompt, _ s: inout State) {
    switch p.kind {
    case .search:
        setFind(p.text, from: p.origin, &s)
        if let f = s.find { s.message = findMessage(f, s) }
    case .grep:
        setSearch(p.text, &s)
        if s.view.hitCount > 0 {
            s.searchHit = nil
            stepHit(&s, by: 1)
        } else if !p.text.isEmpty {
            s.message = "not found: \(p.text)"
        }
    case .date: goToDate(p.text, &s)
    case .command: runCommand(p.text, &s)
    }
}

func setSearch(_ text: String, _ s: inout State) {
    s.filters.search = text
    s.searchHit = nil
    s.message = text.isEmpty ? nil : searchMessage(s)
}

private func searchMessage(_ s: State) -> String {
    let n = s.view.hitCount
    return "/\(s.filters.search): \(n) hit\(n == 1 ? "" : "s") in \(s.view.articles.count) article\(s.view.articles.count == 1 ? "" : "s")"
}

/// `n`/`N`: the next or previous search hit, opened in the reader.
func stepHit(_ s: inout State, by delta: Int) {
    let count = s.view.hitCount
    guard count > 0 else {
        s.message = s.filters.search.isEmpty ? "no search — press \(Keymap.key(.search)) to find" : "not found: \(s.filters.search)"
        return
    }
    let next = s.searchHit.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
    s.searchHit = next
    guard let hit = s.view.hit(next, corpus: s.corpus) else { return }
    showInReader(&s, article: hit.article, span: nil)
    s.readerAnchor = hit.span.begin
    let lines = ReaderText.lines(s.corpus.articles[hit.article], width: readerWidth(s), around: hit.span.begin)
    s.readerScroll = max(0, ReaderText.line(containing: hit.span.begin, in: lines) - 1)
    if let row = s.view.row(ofArticle: hit.article) { s.cursors[.articles] = row }
    s.message = "/\(s.filters.search): hit \(next + 1) of \(count) — \(s.corpus.articles[hit.article].id)"
}

/// `:filter NAME`, `:unfilter NAME`, `:date 2024-10` (or `:date` to clear), `:theme NAME`,
/// `:sort`, `:follow`, `:clear`, `:help`, `:q`.
func runCommand(_ text: String, _ s: inout State) {
    let trimmed = text.trimmingCharacters(in: " ")
    let name = String(trimmed.prefix { $0 != " " }).lowercased()
    let arg = String(trimmed.dropFirst(name.count)).trimmingCharacters(in: " ")
    if name.isEmpty { return }
    guard let command = Keymap.command(named: name) else {
        s.message = "unknown command ':\(name)' — " + Keymap.commands.prefix(3).map(\.usage).joined(separator: ", ") + ", … (\(Keymap.key(.help)) lists them)"
        return
    }
    switch command.kind {
    case .quit:
        s.quit = true
    case .filter:
        guard !arg.isEmpty else {
            s.message = filterMessage(s)
            return
        }
        guard let a = findActor(arg, s) else {
            s.message = "no actor named '\(arg)' — press \(Keymap.key(.pickActor)) to pick one"
            return
        }
        if !s.filters.actors.contains(a.id) { toggleFilter(a.id, &s) } else { s.message = filterMessage(s) }
    case .unfilter:
        if let a = findActor(arg, s), s.filters.actors.contains(a.id) { toggleFilter(a.id, &s) }
    case .date:
        if arg.isEmpty {
            s.filters.dates = nil
            s.message = "date filter cleared"
        } else if let range = parseDateRange(arg) {
            s.filters.dates = range
            s.message = "dates \(range.lowerBound)..\(range.upperBound) — \(s.view.events.count) events, \(s.view.articles.count) articles"
        } else {
            s.message = "not a date: '\(arg)' — :date 2024, 2024-10, 2024-10-18 or 2024-09..2024-10"
        }
    case .theme:
        let wanted = arg.lowercased()
        if Palette.builtIn[wanted] != nil {
            s.theme = wanted
            s.redrawRequested = true
            s.message = "theme \(wanted)"
        } else {
            s.message = "no theme '\(arg)' — built in: \(Palette.builtIn.keys.sorted().joined(separator: ", "))"
        }
    case .clear:
        s.filters = Filters()
        s.message = "filters cleared"
    case .follow:
        s.follow.toggle()
    case .sort:
        perform(.cycleSort, on: &s)
    case .help:
        s.overlay = .help
        s.overlayScroll = 0
    case .warnings:
        s.overlay = .warnings
        s.overlayScroll = 0
    case .search:
        setFind(arg, from: s.cursor(s.focus), &s)
        if let f = s.find { s.message = findMessage(f, s) }
    case .grep:
        setSearch(arg, &s)
        if arg.isEmpty { s.message = "grep cleared" }
    }
}

/// An actor by name or id: exact (case-insensitive) first, then the best fuzzy match.
func findActor(_ text: String, _ s: State) -> Corpus.ActorSummary? {
    let lower = text.lowercased()
    if let a = s.corpus.actors[lower] ?? s.corpus.actors[ActorID.slug(text)] { return a }
    if let a = s.corpus.actors.values.filter({ $0.name.lowercased() == lower }).max(by: { $0.mentionCount < $1.mentionCount }) {
        return a
    }
    return pickerMatches(s, query: text).first
}
