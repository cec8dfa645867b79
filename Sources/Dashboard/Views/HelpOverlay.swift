/// The `?` overlay, generated from the keymap table: one section per group of keys, in two
/// columns when one does not fit.
enum HelpOverlay {
    static func lines() -> [(String, Role)] {
        var out: [(String, Role)] = []
        let keyWidth = Keymap.table.map { TextWidth.width($0.keys.map(\.description).joined(separator: " ")) }.max() ?? 0
        var section = ""
        for b in Keymap.table {
            if b.section != section {
                if !section.isEmpty { out.append(("", .overlay)) }
                section = b.section
                out.append((section, .overlayTitle))
            }
            let keys = b.keys.map(\.description).joined(separator: " ")
            out.append(("  " + keys + String(repeating: " ", count: keyWidth - TextWidth.width(keys) + 2) + b.help, .overlay))
        }
        return out
    }

    static func draw(in area: Rect, on screen: inout Screen) {
        let body = lines()
        var lineWidth = (body.map { TextWidth.width($0.0) }.max() ?? 0) + 2
        let rows = max(1, area.height - 2)
        let columns = body.count > rows ? 2 : 1
        if columns == 2 { lineWidth = min(lineWidth, (area.width - 4) / 2) }
        let perColumn = (body.count + columns - 1) / columns
        let w = min(area.width, lineWidth * columns + 3)
        let h = min(area.height, perColumn + 2)
        let rect = Rect(x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h)
        screen.fill(rect, role: .overlay)
        Frame.draw("Keys — Esc closes", in: rect, focused: true, on: &screen)
        for (i, line) in body.enumerated() {
            let column = i / perColumn, row = i % perColumn
            guard row < h - 2 else { continue }
            let x = rect.x + 2 + column * lineWidth
            screen.put(line.0, x: x, y: rect.y + 1 + row, role: line.1, limit: min(lineWidth, rect.maxX - 1 - x))
        }
    }
}
