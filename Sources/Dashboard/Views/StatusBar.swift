/// The bottom line: an open prompt, else the last message, else the focused pane's key hints.
enum StatusBar {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .status)
        if let p = s.prompt {
            screen.fill(rect, role: .prompt)
            var x = rect.x
            x += screen.put(p.sigil, x: x, y: rect.y, role: .prompt)
            // The end of a long input stays visible.
            let room = rect.maxX - x - 1
            var text = p.text
            while TextWidth.width(text) > room, !text.isEmpty { text.removeFirst() }
            x += screen.put(text, x: x, y: rect.y, role: .prompt)
            screen.put("▏", x: x, y: rect.y, role: .marker)
            return
        }
        if let m = s.message {
            screen.put(" " + m, x: rect.x, y: rect.y, role: .status, limit: rect.width)
            return
        }
        var x = rect.x + 1
        let pane = " \(s.focus.title) "
        x += screen.put(pane, x: x, y: rect.y, role: .statusKey)
        x += 1
        for b in Keymap.hints(for: s.focus) {
            guard let key = b.keys.first, let label = b.hint else { continue }
            let keyText = " \(key) "
            let need = TextWidth.width(keyText) + TextWidth.width(label) + 2
            if x + need > rect.maxX { break }
            x += screen.put(keyText, x: x, y: rect.y, role: .statusKey)
            x += screen.put(" " + label + " ", x: x, y: rect.y, role: .status)
        }
    }
}
