import NewsModel

/// The `a` overlay: type to narrow the actors (fuzzy), Up/Down to choose, Enter to filter.
enum PickerOverlay {
    static func draw(_ s: State, query: String, cursor: Int, in area: Rect, on screen: inout Screen) {
        let w = min(area.width - 4, 64)
        let h = min(area.height - 2, 20)
        guard w > 10, h > 4 else { return }
        let rect = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        screen.fill(rect, role: .overlay)
        let matches = pickerMatches(s, query: query)
        Frame.draw("Filter by actor — \(matches.count) match\(matches.count == 1 ? "" : "es") · Enter filters · Esc closes",
                   in: rect, focused: true, on: &screen)
        let inner = rect.inner
        var x = inner.x + 1
        x += screen.put("› ", x: x, y: inner.y, role: .overlayTitle)
        x += screen.put(query, x: x, y: inner.y, role: .overlay, limit: inner.maxX - x - 1)
        screen.put("▏", x: x, y: inner.y, role: .marker)
        let listHeight = inner.height - 1
        let top = listTop(cursor: cursor, height: listHeight, count: matches.count)
        for row in 0..<listHeight {
            let i = top + row
            guard i < matches.count else { break }
            let a = matches[i]
            let y = inner.y + 1 + row
            var cx = inner.x + 1
            cx += screen.put(s.filters.actors.contains(a.id) ? "✓" : " ", x: cx, y: y, role: .marker)
            cx += screen.put(ActorsView.marker(a.kind) + " ", x: cx, y: y, role: .actor(a.kind))
            let count = "\(a.mentionCount)"
            screen.put(a.name, x: cx, y: y, role: .overlay, limit: inner.maxX - cx - count.count - 2)
            screen.put(count, x: inner.maxX - count.count - 1, y: y, role: .overlay)
            if i == cursor { screen.restyle(x: inner.x, y: y, width: inner.width, role: .selection) }
        }
        if matches.isEmpty { screen.put("no actor matches", x: inner.x + 2, y: inner.y + 1, role: .overlay) }
    }
}
