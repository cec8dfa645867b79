/// Draws a pane's border with its number and title; focus shows in the border's weight and
/// role and in a marker before the title, so it survives a monochrome terminal.
enum Frame {
    static func draw(_ title: String, number: Int? = nil, in rect: Rect, focused: Bool, on screen: inout Screen) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: Role = focused ? .borderFocused : .border
        let (h, v) = focused ? ("━", "┃") : ("─", "│")
        let corners = focused ? ("┏", "┓", "┗", "┛") : ("┌", "┐", "└", "┘")
        screen.put(corners.0 + String(repeating: h, count: rect.width - 2) + corners.1, x: rect.x, y: rect.y, role: role)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.put(v, x: rect.x, y: y, role: role)
            screen.put(v, x: rect.maxX - 1, y: y, role: role)
        }
        screen.put(corners.2 + String(repeating: h, count: rect.width - 2) + corners.3, x: rect.x, y: rect.maxY - 1, role: role)
        let numbered = number.map { "\($0) \(title)" } ?? title
        let label = focused ? "▶ \(numbered) " : " \(numbered) "
        screen.put(label, x: rect.x + 1, y: rect.y, role: focused ? .paneTitleFocused : .paneTitle, limit: rect.width - 3)
    }

    /// A list pane's frame, titled with its name and count (`3 Quantities 9,368 · by salience`).
    /// The count is never cut: the note goes first, then the name shortens, then the number.
    static func draw(pane: Pane, count: Int, note: String? = nil, in rect: Rect, focused: Bool, on screen: inout Screen) {
        let room = rect.width - 3
        let n = HeaderView.grouped(count)
        let candidates = [note.map { "\(pane.rawValue) \(pane.title) \(n) · \($0)" }, "\(pane.rawValue) \(pane.title) \(n)",
                          "\(pane.rawValue) \(pane.shortTitle) \(n)", "\(pane.shortTitle) \(n)", n].compactMap { $0 }
        let title = candidates.first { TextWidth.width((focused ? "▶ " : " ") + $0 + " ") <= room } ?? n
        draw(title, in: rect, focused: focused, on: &screen)
    }
}
