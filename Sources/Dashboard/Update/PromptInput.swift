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
        let line = p.text.trimmingCharacters(in: " ")
        if !line.isEmpty, s.history[p.kind]?.last != line { s.history[p.kind, default: []].append(line) }
        run(p, &s)
        return
    case .deleteBack?:
        if p.cursor > 0 {
            var chars = Array(p.text)
            chars.remove(at: p.cursor - 1)
            p.cursor -= 1
            p.text = String(chars)
        }
    case .deleteWord?:
        var chars = Array(p.text)
        var start = p.cursor
        while start > 0, chars[start - 1] == " " { start -= 1 }
        while start > 0, chars[start - 1] != " " { start -= 1 }
        chars.removeSubrange(start..<p.cursor)
        p.cursor = start
        p.text = String(chars)
    case .clearInput?:
        p.text = String(p.text.dropFirst(p.cursor))
        p.cursor = 0
    case .lineStart?: p.cursor = 0
    case .lineEnd?: p.cursor = p.text.count
    case .cursorLeft?: p.cursor = max(0, p.cursor - 1)
    case .cursorRight?: p.cursor = min(p.text.count, p.cursor + 1)
    case .historyBack?, .historyForward?:
        let lines = s.history[p.kind] ?? []
        guard !lines.isEmpty else { return }
        let back = Keymap.action(for: key, in: s.focus, mode: .prompt) == .historyBack
        var i = p.historyIndex ?? lines.count
        i = back ? max(0, i - 1) : i + 1
        p.historyIndex = i < lines.count ? i : nil
        p.text = i < lines.count ? lines[i] : ""
        p.cursor = p.text.count
    case .complete?:
        complete(&p, &s)
    case .quit?:
        s.quit = true
        return
    default:
        guard case .char(let c) = key else { return }
        var chars = Array(p.text)
        chars.insert(c, at: p.cursor)
        p.cursor += 1
        p.text = String(chars)
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
    return "/\(s.filters.search): \(n) hit\(n == 1 ? "" : "s") in \(HeaderView.grouped(s.view.articles.count)) article\(s.view.articles.count == 1 ? "" : "s")"
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
    s.message = "/\(s.filters.search): hit \(HeaderView.grouped(next + 1)) of \(HeaderView.grouped(count)) — \(s.corpus.articles[hit.article].id)"
}

/// `:filter NAME`, `:unfilter NAME`, `:date 2024-10` (or `:date` to clear), `:theme NAME`,
/// `:sort`, `:follow`, `:clear`, `:help`, `:q`.
func runCommand(_ text: String, _ s: inout State) {
    let trimmed = text.trimmingCharacters(in: " ")
    let name = String(trimmed.prefix { $0 != " " }).lowercased()
    let arg = String(trimmed.dropFirst(name.count)).trimmingCharacters(in: " ")
    if name.isEmpty { return }
    guard let command = Keymap.command(named: name) else {
        fail("unknown command ':\(name)' — " + Keymap.commands.prefix(3).map(\.usage).joined(separator: ", ") + ", … (\(Keymap.key(.help)) lists them)", &s)
        return
    }
    switch command.kind {
    case .quit:
        s.quit = true
    case .filter:
        guard !arg.isEmpty else {
            s.message = s.filters.actors.isEmpty ? "give an actor: :filter NAME (Tab completes, \(Keymap.key(.pickActor)) picks)"
                : filterMessage(s)
            return
        }
        switch resolveActor(arg, s) {
        case .one(let a):
            if !s.filters.actors.contains(a.id) { toggleFilter(a.id, &s) } else { s.message = filterMessage(s) }
        case .several(let n):
            // Asked, not guessed: the picker opens on what was typed.
            s.overlay = .picker(query: arg, cursor: 0)
            s.message = "\(n) actors match '\(arg)' — pick one"
        case .none:
            fail("no actor named '\(arg)' — press \(Keymap.key(.pickActor)) to pick one", &s)
        }
    case .unfilter:
        guard !arg.isEmpty else {
            s.message = s.filters.actors.isEmpty ? "no actor is filtered" : "give one of the filtered actors: :unfilter NAME"
            return
        }
        let filtered = s.filters.actors.compactMap { s.corpus.actors[$0] }
        if let a = filtered.first(where: { $0.name.lowercased() == arg.lowercased() || $0.id == arg.lowercased() })
            ?? filtered.first(where: { " \($0.name.lowercased())".contains(" " + arg.lowercased()) }) {
            toggleFilter(a.id, &s)
        } else {
            s.message = "'\(arg)' is not in the filter" + (filtered.isEmpty ? " (nothing is filtered)"
                : " (filtered: \(filtered.map(\.name).joined(separator: ", ")))")
        }
    case .date:
        if arg.isEmpty {
            s.filters.dates = nil
            s.message = "date filter cleared"
        } else if let range = parseDateRange(arg) {
            s.filters.dates = range
            s.message = "dates \(range.lowerBound)..\(range.upperBound) — \(HeaderView.grouped(s.view.events.count)) events, \(HeaderView.grouped(s.view.articles.count)) articles"
        } else {
            fail("not a date: '\(arg)' — :date 2024, 2024-10, 2024-10-18 or 2024-09..2024-10", &s)
        }
    case .theme:
        let wanted = arg.lowercased()
        if s.themes[wanted] != nil {
            useTheme(wanted, &s)
            s.message = "theme \(wanted) — kept for the next run"
        } else {
            fail("no theme '\(arg)' — there are: \(s.themes.keys.sorted().joined(separator: ", "))", &s)
        }
    case .clear:
        s.filters = s.filters.cleared
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

/// What a name typed at `:filter` names.
enum ActorMatch {
    case one(Corpus.ActorSummary)
    case several(Int)
    case none
}

/// An actor by id or exact name (case-insensitive), else by a word of its name starting with
/// what was typed ("kim" → Kim Jong Un, Kim Yo Jong: several).
func resolveActor(_ text: String, _ s: State) -> ActorMatch {
    let lower = text.lowercased()
    if let a = s.corpus.actors[lower] ?? s.corpus.actors[ActorID.slug(text)] { return .one(a) }
    let exact = s.corpus.actors.values.filter { $0.name.lowercased() == lower }
    if let a = exact.max(by: { $0.mentionCount < $1.mentionCount }) { return .one(a) }
    let starts = s.corpus.actors.values.filter { (" " + $0.name.lowercased()).contains(" " + lower) }
    if starts.count == 1 { return .one(starts[0]) }
    return starts.isEmpty ? .none : .several(starts.count)
}

/// Tab at a prompt: a command's name, an actor's name after `filter` and `unfilter`, a theme's
/// after `theme`; the
/// longest common start when several fit, with the first of them said.
func complete(_ p: inout Prompt, _ s: inout State) {
    guard p.kind == .command else { return }
    let text = p.text
    func fill(_ candidates: [String], typed: String, prefix: String, suffix: String) {
        guard let first = candidates.first else {
            s.message = "nothing to complete '\(typed)'"
            return
        }
        var common = first
        for c in candidates.dropFirst() {
            while !c.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        if candidates.count == 1 { common = first + suffix }
        if common.count < typed.count { common = typed }
        p.text = prefix + common
        p.cursor = p.text.count
        if candidates.count > 1 {
            s.message = candidates.prefix(6).joined(separator: ", ") + (candidates.count > 6 ? ", … (\(candidates.count))" : "")
        }
    }
    if let space = text.firstIndex(of: " ") {
        let name = String(text[..<space]).lowercased()
        guard let c = Keymap.command(named: name), c.kind == .filter || c.kind == .unfilter || c.kind == .theme else { return }
        let typed = String(text[text.index(after: space)...]).trimmingCharacters(in: " ")
        if c.kind == .theme {
            fill(s.themes.keys.sorted().filter { $0.hasPrefix(typed.lowercased()) }, typed: typed, prefix: String(text[...space]), suffix: "")
            return
        }
        let pool = c.kind == .unfilter ? s.filters.actors.compactMap { s.corpus.actors[$0] } : Array(s.corpus.actors.values)
        let names = pool.filter { $0.name.lowercased().hasPrefix(typed.lowercased()) }
            .sorted { $0.mentionCount != $1.mentionCount ? $0.mentionCount > $1.mentionCount : $0.name < $1.name }.map(\.name)
        fill(names, typed: typed, prefix: String(text[...space]), suffix: "")
    } else {
        let names = Keymap.commands.flatMap(\.names).filter { $0.hasPrefix(text.lowercased()) }
        fill(names, typed: text, prefix: "", suffix: " ")
    }
}

/// Switches to a theme the state knows; the app repaints everything in its colours.
func useTheme(_ name: String, _ s: inout State) {
    s.theme = name
    s.redrawRequested = true
}

/// A message saying that what was typed was wrong.
func fail(_ text: String, _ s: inout State) {
    s.message = text
    s.messageIsError = true
}
