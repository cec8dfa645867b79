import NewsModel

/// `f`/Space in the actors pane: the actor under the cursor in or out of the filter.
func toggleFilterUnderCursor(_ s: inout State) {
    let k = s.cursor(.actors)
    guard s.view.actors.indices.contains(k) else { return }
    let id = s.view.actors[k].id
    toggleFilter(id, &s)
    // Keep the cursor on the same actor while the list changes under it.
    if let row = s.view.actors.firstIndex(where: { $0.id == id }) { s.cursors[.actors] = row }
}

func toggleFilter(_ id: String, _ s: inout State) {
    if let i = s.filters.actors.firstIndex(of: id) {
        s.filters.actors.remove(at: i)
    } else {
        s.filters.actors.append(id)
    }
    s.message = filterMessage(s)
}

/// "filter: North Korea & Russia — 14 events, 3 articles".
func filterMessage(_ s: State) -> String {
    guard !s.filters.actors.isEmpty else {
        return "no actor filter — \(HeaderView.grouped(s.view.events.count)) events, \(HeaderView.grouped(s.view.articles.count)) articles"
    }
    let names = s.filters.actors.map { s.corpus.actors[$0]?.name ?? $0 }
    let joiner = s.filters.mode == .all ? " & " : " | "
    let n = s.view.events.count, a = s.view.articles.count
    return "filter: \(names.joined(separator: joiner)) — \(HeaderView.grouped(n)) event\(n == 1 ? "" : "s"), \(HeaderView.grouped(a)) article\(a == 1 ? "" : "s")"
}

/// Actors matching a typed query, best first: every query character in order in the name
/// (fzf-style), consecutive and word-start matches scoring higher, frequent actors breaking ties.
func pickerMatches(_ s: State, query: String) -> [Corpus.ActorSummary] {
    let q = Array(query.lowercased().filter { $0 != " " })
    var scored: [(Int, Corpus.ActorSummary)] = []
    for a in s.corpus.actors.values {
        guard let score = fuzzyScore(q, Array(a.name.lowercased())) else { continue }
        scored.append((score, a))
    }
    scored.sort { x, y in
        if x.0 != y.0 { return x.0 > y.0 }
        if x.1.mentionCount != y.1.mentionCount { return x.1.mentionCount > y.1.mentionCount }
        return x.1.name < y.1.name
    }
    return scored.map(\.1)
}

func fuzzyScore(_ q: [Character], _ name: [Character]) -> Int? {
    guard !q.isEmpty else { return 0 }
    var score = 0, i = 0, previous = -2
    for (j, c) in name.enumerated() where i < q.count && c == q[i] {
        score += 1
        if j == previous + 1 { score += 3 }
        if j == 0 || name[j - 1] == " " || name[j - 1] == "-" { score += 5 }
        previous = j
        i += 1
    }
    return i == q.count ? score : nil
}

/// Keys in the actor picker: typing narrows, Up/Down move, Enter filters, Esc closes.
func editPicker(_ key: Key, _ s: inout State) {
    guard case .picker(var query, var cursor)? = s.overlay else { return }
    let matches = pickerMatches(s, query: query)
    switch Keymap.action(for: key, in: s.focus, mode: .picker) {
    case .closeOverlay?:
        s.overlay = nil
        return
    case .open?:
        s.overlay = nil
        guard matches.indices.contains(cursor) else {
            s.message = "no actor matches '\(query)'"
            return
        }
        let id = matches[cursor].id
        if !s.filters.actors.contains(id) { toggleFilter(id, &s) } else { s.message = filterMessage(s) }
        return
    case .moveDown?: cursor = min(cursor + 1, max(0, matches.count - 1))
    case .moveUp?: cursor = max(0, cursor - 1)
    case .pageDown?: cursor = min(cursor + 10, max(0, matches.count - 1))
    case .pageUp?: cursor = max(0, cursor - 10)
    case .deleteBack?:
        if !query.isEmpty { query.removeLast() }
        cursor = 0
    case .clearInput?:
        query = ""
        cursor = 0
    case .quit?:
        s.quit = true
        return
    default:
        guard case .char(let c) = key else { break }
        query.append(c)
        cursor = 0
    }
    s.overlay = .picker(query: query, cursor: cursor)
}
