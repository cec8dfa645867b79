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
}
