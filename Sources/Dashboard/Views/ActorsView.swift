import NewsModel

/// The actors pane: each actor with its kind marker, mention and article counts in view;
/// filtered actors ticked; in the grouped order, members indented under their country.
enum ActorsView {
    static func marker(_ kind: ActorKind) -> String {
        switch kind {
        case .country: return "◆"
        case .person: return "●"
        case .organization: return "■"
        case .place: return "▲"
        }
    }

    static func draw(_ s: State, in rect: Rect, focused: Bool, on screen: inout Screen) {
        let rows = s.view.actors
        Frame.draw(pane: .actors, count: rows.count, note: s.actorOrder.label, in: rect, focused: focused, on: &screen)
        let inner = rect.inner
        guard inner.height >= 1, inner.width >= 8 else { return }
        guard !rows.isEmpty else {
            screen.put("No actors in view.", x: inner.x + 1, y: inner.y, role: .dim, limit: inner.width - 1)
            return
        }
        let cursor = s.cursor(.actors)
        let top = s.top(.actors, height: inner.height)
        let numbers = inner.width >= 30 ? 11 : 5
        for row in 0..<inner.height {
            let i = top + row
            guard i < rows.count else { break }
            let r = rows[i]
            let y = inner.y + row
            var x = inner.x
            let filtered = s.filters.actors.contains(r.id)
            x += screen.put(filtered ? "✓" : " ", x: x, y: y, role: .marker)
            if r.indent { x += screen.put("  └", x: x, y: y, role: .dim) }
            x += screen.put(marker(r.kind) + " ", x: x, y: y, role: .actor(r.kind))
            let nameRoom = inner.maxX - x - numbers - 1
            screen.put(r.name, x: x, y: y, role: filtered ? .marker : .text, limit: max(0, nameRoom), ellipsis: true)
            let counts = numbers == 11 ? pad(r.mentions, 5) + " " + pad(r.articles, 4) + "a" : pad(r.mentions, 5)
            screen.put(counts, x: inner.maxX - TextWidth.width(counts), y: y, role: .dim)
            if i == cursor { screen.restyle(x: inner.x, y: y, width: inner.width, role: focused ? .selection : .selectionUnfocused) }
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let t = String(n)
        return String(repeating: " ", count: max(0, width - t.count)) + t
    }
}
