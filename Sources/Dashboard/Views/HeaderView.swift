import NewsModel

/// The top line: the corpus, its size and date span, the active filters, loading progress
/// and the warning count.
enum HeaderView {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .header)
        let y = rect.y
        var x = rect.x
        x += screen.put(" newsdash ", x: x, y: y, role: .headerAccent)
        let n = s.corpus.articles.count
        x += screen.put(" \(s.title) · \(n) article\(n == 1 ? "" : "s")", x: x, y: y, role: .header)
        if let span = s.corpus.dateSpan { x += screen.put(" · \(span.lowerBound) → \(span.upperBound)", x: x, y: y, role: .header) }
        // Right side first, so filters give way to it.
        var right = rect.maxX
        let w = s.corpus.warnings.count
        if w > 0 {
            let text = " ⚠ \(w) warning\(w == 1 ? "" : "s") "
            right -= TextWidth.width(text)
            screen.put(text, x: right, y: y, role: .headerAccent)
        }
        if let p = s.loading {
            let bar = progressBar(p, width: 12)
            right -= TextWidth.width(bar) + 1
            screen.put(bar, x: right, y: y, role: .headerAccent)
        }
        for chip in chips(s) {
            let need = TextWidth.width(chip) + 1
            guard x + need < right else {
                if x + 2 < right { screen.put(" …", x: x, y: y, role: .header) }
                break
            }
            x += screen.put(" ", x: x, y: y, role: .header)
            x += screen.put(chip, x: x, y: y, role: .filterTag)
        }
    }

    /// The active filters as short tags.
    static func chips(_ s: State) -> [String] {
        var out: [String] = []
        if !s.filters.actors.isEmpty {
            let names = s.filters.actors.map { s.corpus.actors[$0]?.name ?? $0 }
            out.append(" " + names.joined(separator: s.filters.mode == .all ? " & " : " | ") + " ")
        }
        if let d = s.filters.dates { out.append(" \(d.lowerBound)..\(d.upperBound) ") }
        if !s.filters.search.isEmpty { out.append(" /\(s.filters.search) ") }
        return out
    }

    static func progressBar(_ p: LoadProgress, width: Int) -> String {
        let fraction = p.total > 0 ? Double(p.done) / Double(p.total) : 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        return "loading ▕" + String(repeating: "█", count: filled) + String(repeating: " ", count: width - filled)
            + "▏ \(p.done)/\(p.total)"
    }
}
