import NewsModel

/// The articles pane: date, source and title of each article in view; with follow on, the
/// articles of the timeline cursor's date first.
enum ArticlesView {
    static func draw(_ s: State, in rect: Rect, focused: Bool, on screen: inout Screen) {
        let rows = s.view.articles
        Frame.draw(pane: .articles, count: rows.count, in: rect, focused: focused, on: &screen)
        let inner = rect.inner
        guard inner.height >= 1, inner.width >= 8 else { return }
        guard !rows.isEmpty else {
            screen.put("No articles match the filters (\(Keymap.key(.clearFilters)) clears them).", x: inner.x + 1, y: inner.y, role: .dim, limit: inner.width - 1)
            return
        }
        let cursor = s.cursor(.articles)
        let top = s.top(.articles, height: inner.height)
        let showSource = inner.width >= 60
        for row in 0..<inner.height {
            let i = top + row
            guard i < rows.count else { break }
            let a = s.corpus.articles[rows[i]]
            let y = inner.y + row
            var x = inner.x
            let open = rows[i] == s.openArticle
            x += screen.put(open ? "›" : " ", x: x, y: y, role: .marker)
            x += screen.put(a.date?.description ?? "undated   ", x: x, y: y, role: a.date == nil ? .dim : .date, limit: inner.maxX - x)
            x += 1
            if showSource, let src = a.source {
                x += screen.put(src, x: x, y: y, role: .dim, limit: min(16, inner.maxX - x))
                x += 1
            }
            screen.put(a.title, x: x, y: y, role: .text, limit: inner.maxX - x, ellipsis: true)
            if i == cursor { screen.restyle(x: inner.x, y: y, width: inner.width, role: focused ? .selection : .selectionUnfocused) }
        }
    }
}
