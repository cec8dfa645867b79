/// What a key does. The keymap table below maps keys to actions; dispatch, the help overlay
/// and the status-bar hints are all generated from it.
public enum Action: String, CaseIterable, Sendable {
    case quit, help, closeOverlay
    case focusNext, focusPrevious, focusArticles, focusReader
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case open
    case redraw
}

/// Where a binding applies.
public enum Scope: Sendable, Equatable {
    case global
    case pane(Pane)
}

public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let scope: Scope
    public let help: String
    /// The short label in the status bar's hints; nil keeps the binding out of the hints.
    public let hint: String?

    public init(_ keys: [Key], _ action: Action, _ scope: Scope = .global, help: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.scope = scope
        self.help = help
        self.hint = hint
    }
}

public enum Keymap {
    /// The one table of key bindings.
    public static let table: [Binding] = [
        Binding([.enter], .open, .pane(.articles), help: "open the article in the reader", hint: "open"),
        Binding([.char("j"), .down], .moveDown, help: "move down", hint: "down"),
        Binding([.char("k"), .up], .moveUp, help: "move up", hint: "up"),
        Binding([.pageDown, .ctrl("f")], .pageDown, help: "page down"),
        Binding([.pageUp, .ctrl("b")], .pageUp, help: "page up"),
        Binding([.char("g"), .home], .top, help: "go to the top"),
        Binding([.char("G"), .end], .bottom, help: "go to the bottom"),
        Binding([.tab], .focusNext, help: "focus the next pane", hint: "next pane"),
        Binding([.backTab], .focusPrevious, help: "focus the previous pane"),
        Binding([.char("1")], .focusArticles, help: "focus the articles"),
        Binding([.char("2")], .focusReader, help: "focus the reader"),
        Binding([.char("?")], .help, help: "show or hide this help", hint: "help"),
        Binding([.escape], .closeOverlay, help: "close the overlay"),
        Binding([.ctrl("l")], .redraw, help: "redraw the screen"),
        Binding([.char("q"), .ctrl("c")], .quit, help: "quit", hint: "quit"),
    ]

    /// The action bound to `key` when `pane` has focus: pane bindings win over global ones.
    public static func action(for key: Key, in pane: Pane) -> Action? {
        if let b = table.first(where: { $0.scope == .pane(pane) && $0.keys.contains(key) }) { return b.action }
        return table.first(where: { $0.scope == .global && $0.keys.contains(key) })?.action
    }

    /// The bindings to hint at in the status bar for a pane.
    public static func hints(for pane: Pane) -> [Binding] {
        table.filter { $0.hint != nil && ($0.scope == .global || $0.scope == .pane(pane)) }
    }
}
