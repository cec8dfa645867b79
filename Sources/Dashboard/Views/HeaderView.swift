import NewsModel

enum HeaderView {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .header)
        let n = s.corpus.articles.count
        var x = rect.x
        x += screen.put(" newsdash ", x: x, y: rect.y, role: .headerAccent)
        x += screen.put(" \(s.title) · \(n) article\(n == 1 ? "" : "s")", x: x, y: rect.y, role: .header)
        if let span = s.corpus.dateSpan {
            x += screen.put(" · \(span.lowerBound) → \(span.upperBound)", x: x, y: rect.y, role: .header)
        }
        if s.corpus.undatedCount > 0 { x += screen.put(" · \(s.corpus.undatedCount) undated", x: x, y: rect.y, role: .header) }
        let w = s.corpus.warnings.count
        if w > 0 {
            let text = " ⚠ \(w) warning\(w == 1 ? "" : "s") "
            let width = TextWidth.width(text)
            screen.put(text, x: max(x, rect.maxX - width), y: rect.y, role: .headerAccent)
        }
    }
}
