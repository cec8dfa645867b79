/// The tab row of the small layout: every pane by number, the focused one highlighted.
enum TabBar {
    /// Every tab's label; short names when the full ones do not fit `width` (counts stay whole).
    static func labels(_ s: State?, width: Int = .max) -> [(Pane, String)] {
        func make(short: Bool) -> [(Pane, String)] {
            Pane.allCases.map { pane in
                var label = " \(pane.rawValue) \(short ? pane.shortTitle : pane.title)"
                if let s, pane != .reader {
                    label += " " + HeaderView.grouped(s.view.count(pane))
                }
                return (pane, label + " ")
            }
        }
        let full = make(short: false)
        return full.reduce(0) { $0 + TextWidth.width($1.1) + 1 } <= width ? full : make(short: true)
    }

    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .tab)
        var x = rect.x
        for (pane, label) in labels(s, width: rect.width) {
            guard x < rect.maxX else { break }
            x += screen.put(label, x: x, y: rect.y, role: pane == s.focus ? .tabFocused : .tab, limit: rect.maxX - x)
            x += screen.put("│", x: x, y: rect.y, role: .tab, limit: rect.maxX - x)
        }
        if s.zoomed { screen.put(" z: unzoom", x: max(x, rect.maxX - 11), y: rect.y, role: .dim, limit: rect.maxX - x) }
    }

    /// The pane whose tab is at column `x`, measured as `draw` lays the labels out.
    static func pane(at x: Int, in rect: Rect, _ s: State) -> Pane? {
        var left = rect.x
        for (pane, label) in labels(s, width: rect.width) {
            let right = left + TextWidth.width(label)
            if x >= left, x < right { return pane }
            left = right + 1
        }
        return nil
    }
}
