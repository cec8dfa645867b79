/// The bottom line: an open prompt, else the last message, else the focused pane's key hints.
enum StatusBar {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .status)
        if let p = s.prompt {
            screen.fill(rect, role: .prompt)
            var x = rect.x
            x += screen.put(p.sigil, x: x, y: rect.y, role: .prompt)
            // The caret stays visible in a long input; it sits where typing goes.
            let room = rect.maxX - x - 1
            var before = String(p.text.prefix(p.cursor)), after = String(p.text.dropFirst(p.cursor))
            while TextWidth.width(before) > room, !before.isEmpty { before.removeFirst() }
            x += screen.put(before, x: x, y: rect.y, role: .prompt)
            x += screen.put("▏", x: x, y: rect.y, role: .marker)
            screen.put(after, x: x, y: rect.y, role: .prompt, limit: max(0, rect.maxX - x))
            return
        }
        if let m = s.message {
            screen.put(" " + m, x: rect.x, y: rect.y, role: s.messageIsError ? .error : .status, limit: rect.width)
            return
        }
        // The hints of who has the keys (a pane, the help, the picker); help and quit always
        // stay, at the right.
        let mode = s.keyMode
        var x = rect.x + 1
        let where_ = mode == .help ? " Help " : mode == .picker ? " Picker " : " \(s.focus.title) "
        x += screen.put(where_, x: x, y: rect.y, role: .statusKey)
        x += 1
        let hints = Keymap.hints(for: s.focus, mode: mode)
        let kept: [Binding] = mode == .panes ? hints.filter { $0.action == .help || $0.action == .quit } : []
        func width(_ b: Binding) -> Int { TextWidth.width(" \(b.keys[0]) ") + TextWidth.width(" \(b.hint!) ") }
        let right = kept.reduce(0) { $0 + width($1) }
        var rx = rect.maxX - right
        for b in hints where !kept.contains(where: { $0.action == b.action }) {
            guard let key = b.keys.first, let label = b.hint else { continue }
            if x + width(b) > rx { break }
            x += screen.put(" \(key) ", x: x, y: rect.y, role: .statusKey)
            x += screen.put(" " + label + " ", x: x, y: rect.y, role: .status)
        }
        for b in kept {
            rx += screen.put(" \(b.keys[0]) ", x: rx, y: rect.y, role: .statusKey)
            rx += screen.put(" \(b.hint!) ", x: rx, y: rect.y, role: .status)
        }
    }
}
