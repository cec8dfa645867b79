import NewsModel

/// A key as the dashboard understands it, independent of the terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete

    /// How the key is written in help texts and `--keys` scripts.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        }
    }

    /// Parses the names `description` prints (and single characters), for `--keys`.
    public init?(name: String) {
        let table: [String: Key] = [
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pgdn": .pageDown,
            "pageup": .pageUp, "pagedown": .pageDown, "home": .home, "end": .end, "enter": .enter, "tab": .tab,
            "shift-tab": .backTab, "backtab": .backTab, "esc": .escape, "escape": .escape, "backspace": .backspace,
            "delete": .delete, "space": .char(" "),
        ]
        if let k = table[name.lowercased()] {
            self = k
        } else if name.count == 1, let c = name.first {
            self = .char(c)
        } else if name.lowercased().hasPrefix("ctrl-"), name.count == 6, let c = name.last {
            self = .ctrl(Character(c.lowercased()))
        } else {
            return nil
        }
    }
}

/// A mouse event (only with `--mouse`).
public enum MouseEvent: Sendable, Equatable {
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}

/// Everything that can change the dashboard's state.
public enum Input: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// More of the corpus is loaded (or all of it, when `progress` is nil).
    case loaded(Corpus, progress: LoadProgress?)
}
