/// The first visible row of a list that keeps the cursor on screen (the cursor stays in
/// the middle once the list is longer than the pane).
public func listTop(cursor: Int, height: Int, count: Int) -> Int {
    guard height > 0, count > height else { return 0 }
    return min(max(0, cursor - height / 2), count - height)
}

/// Rows above a pane's list inside its border (the timeline's density strip and axis).
func listOffset(_ pane: Pane) -> Int { pane == .timeline ? 2 : 0 }

/// `--mouse`: a click focuses the pane under it and selects the row; the wheel scrolls.
func handleMouse(_ event: MouseEvent, _ s: inout State) {
    let l = layout(s)
    let (x, y): (Int, Int)
    switch event {
    case .click(let cx, let cy), .wheelUp(let cx, let cy), .wheelDown(let cx, let cy): (x, y) = (cx, cy)
    }
    // The tab row: a click on a tab focuses that pane.
    if let tabs = l.tabs, y == tabs.y {
        if case .click = event, let pane = TabBar.pane(at: x, in: tabs, s) { s.focus = pane }
        return
    }
    guard let (pane, rect) = l.panes.first(where: { $0.value.contains(x: x, y: y) }) else { return }
    s.focus = pane
    switch event {
    case .wheelUp: move(&s, by: -3)
    case .wheelDown: move(&s, by: 3)
    case .click:
        guard pane != .reader else { return }
        let inner = rect.inner
        let listHeight = pane == .timeline ? TimelineView.listHeight(inner: inner)
            : pane == .quantities ? QuantitiesView.listHeight(s, inner: inner) : inner.height - listOffset(pane)
        let row = y - inner.y - listOffset(pane)
        guard row >= 0, row < listHeight else { return }
        let count = s.view.count(pane)
        let index = s.top(pane, height: listHeight) + row
        guard index < count else { return }
        s.cursors[pane] = index
        selectionMoved(&s)
    }
}

extension Rect {
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}
