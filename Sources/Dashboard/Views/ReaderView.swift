import NewsModel

enum ReaderView {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        Frame.draw(Pane.reader.title, in: rect, focused: s.focus == .reader, on: &screen)
        let inner = rect.inner
        guard !inner.isEmpty, let k = s.openArticle, k < s.corpus.articles.count else { return }
        let lines = readerLines(s.corpus.articles[k], width: inner.width)
        let top = min(s.readerScroll, max(0, lines.count - inner.height))
        for row in 0..<inner.height {
            guard top + row < lines.count else { break }
            let (text, role) = lines[top + row]
            screen.put(text, x: inner.x, y: inner.y + row, role: role, limit: inner.width)
        }
    }

    /// The article as wrapped lines: a title block, then each paragraph with a blank line between.
    static func readerLines(_ a: Article, width: Int) -> [(String, Role)] {
        var out: [(String, Role)] = []
        for l in Wrap.lines(a.title, width: width) { out.append((l, .paneTitle)) }
        var meta = [a.date?.description ?? "undated", a.id]
        if let src = a.source { meta.append(src) }
        out.append((meta.joined(separator: " · "), .dim))
        for p in a.paragraphs {
            out.append(("", .text))
            for l in Wrap.lines(a.slice(p), width: width) { out.append((l, .text)) }
        }
        return out
    }
}
