/// The `?` overlay, generated from the keymap table (the same one dispatch reads): a section
/// per group of keys in the panes, then the keys of the help itself, of a prompt and of the
/// actor picker, then the `:` commands. Two columns when they fit side by side, else one;
/// it scrolls (`State.overlayScroll`).
enum HelpOverlay {
    /// The help's lines, a description wrapped under itself when `width` is too narrow for it.
    static func lines(width: Int = .max) -> [(String, Role)] {
        var rows: [(keys: String, help: String, title: Bool)] = []
        var section = ""
        for b in Keymap.table {
            if b.section != section {
                if !section.isEmpty { rows.append(("", "", false)) }
                section = b.section
                rows.append((section, "", true))
            }
            rows.append((b.keys.map(\.description).joined(separator: " "), b.help, false))
        }
        rows.append(("", "", false))
        rows.append(("Commands (:)", "", true))
        for c in Keymap.commands {
            let others = c.names.dropFirst().map { ":" + $0 }
            rows.append((c.usage, c.help + (others.isEmpty ? "" : " (also " + others.joined(separator: ", ") + ")"), false))
        }
        let keyWidth = rows.filter { !$0.title }.map { TextWidth.width($0.keys) }.max() ?? 0
        let indent = keyWidth + 4
        let helpWidth = max(12, width - indent)
        var out: [(String, Role)] = []
        for r in rows {
            if r.title {
                out.append((r.keys, .overlayTitle))
            } else if r.keys.isEmpty {
                out.append(("", .overlay))
            } else {
                let parts = Wrap.lines(r.help, width: helpWidth)
                for (k, part) in parts.enumerated() {
                    let lead = k == 0 ? "  " + r.keys + String(repeating: " ", count: keyWidth - TextWidth.width(r.keys) + 2)
                        : String(repeating: " ", count: indent)
                    // A key line: its keys column is drawn in the key role (`keyColumnWidth`).
                    out.append((lead + part, k == 0 ? .helpKey : .overlay))
                }
            }
        }
        return out
    }

    /// The width of the keys column: the widest keys or command usage.
    static func keyColumnWidth() -> Int {
        let keys = Keymap.table.map { TextWidth.width($0.keys.map(\.description).joined(separator: " ")) }
        let commands = Keymap.commands.map { TextWidth.width($0.usage) }
        return (keys + commands).max() ?? 0
    }

    /// Where the overlay goes and how its lines are laid out at a screen size.
    struct Geometry {
        let rect: Rect
        let columns: Int
        let lineWidth: Int
        /// Lines per column on screen.
        let rows: Int
    }

    /// The lines of the overlay that is open: the keys, or the warnings.
    static func body(_ s: State) -> [(String, Role)] {
        s.overlay == .warnings ? warningLines(s, width: s.size.width - 5) : lines(width: s.size.width - 5)
    }

    /// Every warning as `path:line: problem`, wrapped.
    static func warningLines(_ s: State, width: Int) -> [(String, Role)] {
        let all = s.corpus.warnings
        guard !all.isEmpty else { return [("No warnings: every file loaded.", .overlay)] }
        return all.flatMap { w in
            Wrap.lines(w.description, width: max(12, width - 2)).enumerated().map { (k, line) in (k == 0 ? "⚠ " + line : "  " + line, Role.overlay) }
        }
    }

    static func geometry(_ s: State) -> Geometry {
        let size = s.size
        let area = Rect(x: 0, y: 1, width: size.width, height: max(3, size.height - 2))
        let body = body(s)
        let lineWidth = (body.map { TextWidth.width($0.0) }.max() ?? 0) + 2
        let rows = max(1, area.height - 2)
        // Two columns only when both fit whole and one would not hold every line.
        let columns = s.overlay != .warnings && body.count > rows && area.width >= 2 * lineWidth + 4 ? 2 : 1
        let width = min(area.width, lineWidth * columns + 3)
        let perColumn = (body.count + columns - 1) / columns
        let height = min(area.height, perColumn + 2)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        return Geometry(rect: rect, columns: columns, lineWidth: min(lineWidth, width - 3), rows: max(1, height - 2))
    }

    /// Lines the help scrolls through (a column's worth when in two columns).
    static func lineCount(_ s: State) -> Int {
        let g = geometry(s)
        return (body(s).count + g.columns - 1) / g.columns
    }

    static func visibleRows(_ s: State) -> Int { geometry(s).rows }

    static func draw(_ s: State, on screen: inout Screen) {
        let body = body(s)
        let g = geometry(s)
        let perColumn = (body.count + g.columns - 1) / g.columns
        let first = min(s.overlayScroll, max(0, perColumn - g.rows))
        screen.fill(g.rect, role: .overlay)
        let close = Keymap.table.first { $0.scope == .help && $0.action == .closeOverlay }?.keys.map(\.description).joined(separator: " ") ?? "Esc"
        // Which keys scroll, from the help's own bindings.
        let scroll = [Action.moveDown, .moveUp].compactMap { a in Keymap.table.first { $0.scope == .help && $0.action == a }?.keys.first?.description }
        let position = perColumn > g.rows
            ? " · \(first + 1)–\(min(perColumn, first + g.rows)) of \(perColumn), \(scroll.joined(separator: " ")) scroll" : ""
        let name = s.overlay == .warnings ? "Warnings (\(HeaderView.grouped(s.corpus.warnings.count)))" : "Keys"
        Frame.draw("\(name) — \(close) close\(position)", in: g.rect, focused: true, on: &screen)
        for column in 0..<g.columns {
            for row in 0..<g.rows {
                let i = column * perColumn + first + row
                guard i < min(body.count, (column + 1) * perColumn) else { break }
                let x = g.rect.x + 2 + column * g.lineWidth
                let limit = min(g.lineWidth, g.rect.maxX - 1 - x)
                if body[i].1 == .helpKey {
                    // The keys (after two spaces, up to the gap before the description) in the key role.
                    screen.put(body[i].0, x: x, y: g.rect.y + 1 + row, role: .overlay, limit: limit)
                    // The key column (the same width on every key line; its padding shares the
                    // help's background).
                    screen.restyle(x: x + 2, y: g.rect.y + 1 + row, width: max(0, min(limit - 2, keyColumnWidth())), role: .helpKey)
                } else {
                    screen.put(body[i].0, x: x, y: g.rect.y + 1 + row, role: body[i].1, limit: limit)
                }
            }
        }
    }
}
