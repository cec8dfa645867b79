import NewsModel

enum ArticlesView {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        let focused = s.focus == .articles
        Frame.draw("\(Pane.articles.title) (\(s.corpus.articles.count))", in: rect, focused: focused, on: &screen)
        let inner = rect.inner
        guard !inner.isEmpty else { return }
        let articles = s.corpus.articles
        let top = scrollTop(cursor: s.articleCursor, height: inner.height, count: articles.count)
        for row in 0..<inner.height {
            let k = top + row
            guard k < articles.count else { break }
            let a = articles[k]
            let y = inner.y + row
            var x = inner.x
            x += screen.put(a.date?.description ?? "undated   ", x: x, y: y, role: .date, limit: inner.width)
            x += screen.put(" ", x: x, y: y, role: .text, limit: inner.maxX - x)
            screen.put(a.title, x: x, y: y, role: .text, limit: inner.maxX - x)
            if k == s.articleCursor {
                screen.restyle(x: inner.x, y: y, width: inner.width, role: focused ? .selection : .selectionUnfocused)
            }
        }
    }

    /// The first visible row that keeps the cursor on screen.
    static func scrollTop(cursor: Int, height: Int, count: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        return min(max(0, cursor - height / 2), count - height)
    }
}
