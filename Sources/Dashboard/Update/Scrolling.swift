import NewsModel

/// Lists scroll the way less, tig and htop do: the cursor moves freely and the list moves only
/// when the cursor nears an edge, keeping a few rows of context beyond it. Each pane's first
/// row is UI state (`State.tops`); render reads it through the same rule, so a pane that was
/// off screen or resized still shows its cursor.
enum Scrolling {
    /// Rows kept between the cursor and the list's edge: 3 in a list of 12 rows or more, less
    /// in smaller ones.
    static func context(height: Int) -> Int { height >= 12 ? 3 : max(0, (height - 1) / 4) }

    /// The first row to show: `previous` moved as little as keeps the cursor `context` rows
    /// from either edge (except at the list's ends).
    static func top(previous: Int, cursor: Int, height: Int, count: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        let m = context(height: height)
        var top = previous
        if cursor < top + m { top = cursor - m }
        if cursor > top + height - 1 - m { top = cursor - (height - 1 - m) }
        return min(max(0, top), count - height)
    }

    /// Rows of a pane's list as the layout draws it now; nil when the pane is not on screen.
    static func listRows(_ s: State, _ pane: Pane) -> Int? {
        guard pane != .reader, let rect = layout(s).panes[pane] else { return nil }
        let inner = rect.inner
        switch pane {
        case .timeline: return max(1, TimelineView.listHeight(inner: inner))
        case .quantities: return max(1, QuantitiesView.listHeight(s, inner: inner))
        default: return max(1, inner.height)
        }
    }
}

extension State {
    /// The first row a pane's list shows, at that height.
    func top(_ pane: Pane, height: Int) -> Int {
        Scrolling.top(previous: tops[pane] ?? 0, cursor: cursor(pane), height: height, count: view.count(pane))
    }

    /// Stores each visible list's first row after the cursors moved.
    mutating func keepCursorsInSight() {
        for pane in [Pane.timeline, .actors, .quantities, .articles] {
            if let h = Scrolling.listRows(self, pane) { tops[pane] = top(pane, height: h) }
        }
    }
}

/// PgDn/PgUp (a page less one row of overlap) and Ctrl-D/Ctrl-U (half a page): the list and
/// the cursor move together, as in less.
func page(_ s: inout State, direction: Int, half: Bool) {
    if s.focus == .reader {
        let h = layout(s).pageHeight(.reader)
        move(&s, by: direction * (half ? max(1, h / 2) : max(1, h - 1)))
        return
    }
    let pane = s.focus
    let n = s.view.count(pane)
    guard n > 0 else { return }
    let h = Scrolling.listRows(s, pane) ?? layout(s).pageHeight(pane)
    let step = half ? max(1, h / 2) : max(1, h - 1)
    let top = s.top(pane, height: h)
    let newTop = min(max(0, top + direction * step), max(0, n - h))
    var c = min(max(0, s.cursor(pane) + direction * step), n - 1)
    // The cursor keeps its context inside the new page, so the page does not move back.
    let m = Scrolling.context(height: h)
    if newTop > 0 { c = max(c, newTop + m) }
    if newTop + h < n { c = min(c, newTop + h - 1 - m) }
    s.tops[pane] = newTop
    s.cursors[pane] = min(max(0, c), n - 1)
    selectionMoved(&s)
}
