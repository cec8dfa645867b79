import NewsModel

/// The reader: the open article wrapped to the pane, actors, dates and search hits in their
/// roles, the sentence it was opened at marked with a bar in the margin.
enum ReaderView {
    static func draw(_ s: State, in rect: Rect, focused: Bool, on screen: inout Screen) {
        guard let k = s.openArticle, s.corpus.articles.indices.contains(k) else {
            Frame.draw(Pane.reader.title, number: Pane.reader.rawValue, in: rect, focused: focused, on: &screen)
            let inner = rect.inner
            screen.put("Enter on an event, actor or article opens it here.", x: inner.x + 1, y: inner.y, role: .dim,
                       limit: inner.width - 1)
            return
        }
        let a = s.corpus.articles[k]
        let inner = rect.inner
        let hits = s.view.hits(inArticle: k, corpus: s.corpus) + (s.find.map { s.corpus.hits(of: $0.matches, inArticle: k) } ?? [])
        let lines = ReaderText.lines(a, width: max(1, inner.width - 1), marked: s.markedSpan, hits: hits, around: s.readerAnchor)
        let top = min(s.readerScroll, max(0, lines.count - inner.height))
        let position = lines.count <= inner.height ? "\(lines.count) lines"
            : "\(top + 1)–\(min(lines.count, top + inner.height))/\(lines.count)"
        let report = s.reports.count > 1 && s.reports[s.reportIndex].article == k ? " · report \(s.reportIndex + 1)/\(s.reports.count)" : ""
        Frame.draw("\(Pane.reader.title) · \(a.id)\(report) · \(position)", number: Pane.reader.rawValue, in: rect, focused: focused,
                   on: &screen)
        guard inner.height >= 1, inner.width >= 4 else { return }
        for row in 0..<inner.height {
            guard top + row < lines.count else { break }
            let line = lines[top + row]
            let y = inner.y + row
            if line.marked { screen.put("▌", x: inner.x, y: y, role: .marker) }
            var x = inner.x + 1
            for run in line.runs { x += screen.put(run.text, x: x, y: y, role: run.role, limit: inner.maxX - x) }
        }
    }
}
