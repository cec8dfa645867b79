/// The `?` overlay, generated from the keymap table.
enum HelpOverlay {
    static func lines() -> [String] {
        let rows = Keymap.table.map { b in (b.keys.map(\.description).joined(separator: " "), b.help) }
        let keyWidth = rows.map { TextWidth.width($0.0) }.max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: keyWidth - TextWidth.width($0.0) + 2) + $0.1 }
    }

    static func draw(in area: Rect, on screen: inout Screen) {
        let body = lines()
        let w = min(area.width - 4, (body.map { TextWidth.width($0) }.max() ?? 0) + 4)
        let h = min(area.height - 2, body.count + 2)
        let rect = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        screen.fill(rect, role: .overlay)
        Frame.draw("Keys — Esc closes", in: rect, focused: true, on: &screen)
        for (i, line) in body.prefix(max(0, h - 2)).enumerated() {
            screen.put(line, x: rect.x + 2, y: rect.y + 1 + i, role: .overlay, limit: w - 4)
        }
    }
}
