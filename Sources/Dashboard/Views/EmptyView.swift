import NewsModel

/// What an empty corpus shows: what was tried and every warning, never a blank screen.
enum EmptyView {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        var y = rect.y + 1
        let x = rect.x + 2
        let width = rect.width - 4
        if let p = s.loading {
            let of = p.total > 0 ? " \(p.done) of \(p.total) files" : ""
            screen.put("Loading articles…" + of, x: x, y: y, role: .message, limit: width)
            screen.put("from " + s.corpus.paths.joined(separator: " "), x: x, y: y + 1, role: .dim, limit: width)
            return
        }
        screen.put("No articles loaded.", x: x, y: y, role: .warning, limit: width)
        y += 2
        let tried = s.corpus.paths.isEmpty ? "(no paths)" : s.corpus.paths.joined(separator: " ")
        screen.put("Tried: " + tried, x: x, y: y, role: .text, limit: width)
        y += 1
        // Every extension the loader reads, from its own list.
        let extensions = SourceEnumerator.articleExtensions.sorted().map { "." + $0 }.joined(separator: " ")
        let reads = "newsdash reads \(extensions) files inside folders (.txt and .text: a date header, then one paragraph "
            + "per line; .json, .jsonl and .ndjson: article objects), and any file you name."
        for line in Wrap.lines(reads, width: max(10, width)) {
            screen.put(line, x: x, y: y, role: .dim, limit: width)
            y += 1
        }
        y += 1
        for w in s.corpus.warnings {
            guard y < rect.maxY - 1 else { break }
            screen.put("⚠ " + w.description, x: x, y: y, role: .warning, limit: width)
            y += 1
        }
    }
}
