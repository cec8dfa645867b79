import NewsModel

/// `/` finds as it is typed, as in less and vim: the focused pane's cursor goes to the first
/// row at or after where the find began that holds a hit; nothing is hidden. `n`/`N` go to
/// the next and previous such row ("hit 3 of 41"); in the reader, to the next hit in the text.

/// Sets the find to `text` (empty: none) and moves the cursor from `origin`.
func setFind(_ text: String, from origin: Int, _ s: inout State) {
    guard !text.trimmingCharacters(in: " ").isEmpty else {
        s.find = nil
        return
    }
    let f = Find(text: text, matches: s.corpus.find(text))
    s.find = f
    s.message = findMessage(f, s)
    guard s.focus != .reader else {
        s.searchHit = nil
        stepFind(&s, by: 1)
        return
    }
    if let row = findRow(s, f, from: origin, direction: 1, includingStart: true) {
        s.cursors[s.focus] = row
        selectionMoved(&s)
        showFirstHit(f, &s)
    }
}

/// Whether a row of the focused pane holds a hit.
func rowHolds(_ s: State, _ f: Find, pane: Pane, row: Int) -> Bool {
    switch pane {
    case .timeline: return s.view.eventRow(row, holds: f.matches)
    case .quantities: return s.view.quantityRow(row, holds: f.matches, corpus: s.corpus)
    case .articles: return s.view.articleRow(row, holds: f.matches)
    case .actors:
        // An actor's name with a word that starts with the text.
        let name = " " + s.view.actors[row].name.lowercased()
        return name.contains(" " + f.text.lowercased().trimmingCharacters(in: " "))
    case .reader: return false
    }
}

/// The next row (wrapping) from `start` in `direction` that holds a hit.
func findRow(_ s: State, _ f: Find, from start: Int, direction: Int, includingStart: Bool) -> Int? {
    let pane = s.focus
    let n = s.view.count(pane)
    guard n > 0 else { return nil }
    for step in (includingStart ? 0 : 1)...n {
        let row = ((start + direction * step) % n + n) % n
        if rowHolds(s, f, pane: pane, row: row) { return row }
    }
    return nil
}

/// `n`/`N` with a find.
func stepFind(_ s: inout State, by delta: Int) {
    guard let f = s.find else { return }
    if s.focus == .reader {
        // Through the hits of the whole corpus in text order, shown in the reader.
        let count = f.matches.hitCount
        guard count > 0 else {
            s.message = "not found: \(f.text)"
            return
        }
        let next = s.searchHit.map { (($0 + delta) % count + count) % count } ?? (delta > 0 ? 0 : count - 1)
        s.searchHit = next
        guard let hit = s.corpus.hit(next, of: f.matches) else { return }
        showHit(hit, &s)
        s.message = "/\(f.text): hit \(HeaderView.grouped(next + 1)) of \(HeaderView.grouped(count)) — \(s.corpus.articles[hit.article].id)"
        return
    }
    guard let row = findRow(s, f, from: s.cursor(s.focus), direction: delta, includingStart: false) else {
        s.message = "not found: \(f.text)"
        return
    }
    s.cursors[s.focus] = row
    selectionMoved(&s)
    showFirstHit(f, &s)
    let n = s.view.count(s.focus)
    var total = 0, before = 0
    for i in 0..<n where rowHolds(s, f, pane: s.focus, row: i) {
        total += 1
        if i < row { before += 1 }
    }
    s.message = "/\(f.text): hit \(HeaderView.grouped(before + 1)) of \(HeaderView.grouped(total)) in \(s.focus.title.lowercased())"
}

/// After the cursor moved to a row with a hit, the reader shows the article's first hit.
private func showFirstHit(_ f: Find, _ s: inout State) {
    guard s.focus == .articles, let k = s.openArticle, let first = s.corpus.hits(of: f.matches, inArticle: k).first else { return }
    showHit((k, first), &s)
}

private func showHit(_ hit: (article: Int, span: TextSpan), _ s: inout State) {
    showInReader(&s, article: hit.article, span: nil)
    s.readerAnchor = hit.span.begin
    let lines = ReaderText.lines(s.corpus.articles[hit.article], width: readerWidth(s), around: hit.span.begin)
    s.readerScroll = max(0, ReaderText.line(containing: hit.span.begin, in: lines) - 1)
}

func findMessage(_ f: Find, _ s: State) -> String {
    let n = f.matches.hitCount
    return n == 0 ? "not found: \(f.text)" : "/\(f.text): \(n) hit\(n == 1 ? "" : "s") in \(f.matches.sentences.count) sentence\(f.matches.sentences.count == 1 ? "" : "s")"
}
