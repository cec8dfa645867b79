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
    /// Shown in the status bar's hints.
    public let hint: Bool
}

public enum Keymap {
    /// The one table of key bindings.
    public static let table: [Binding] = [
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, scope: .global, help: "quit", hint: true),
        Binding(keys: [.char("?")], action: .help, scope: .global, help: "show or hide this help", hint: true),
        Binding(keys: [.escape], action: .closeOverlay, scope: .global, help: "close the overlay", hint: false),
        Binding(keys: [.tab], action: .focusNext, scope: .global, help: "focus the next pane", hint: true),
        Binding(keys: [.backTab], action: .focusPrevious, scope: .global, help: "focus the previous pane", hint: false),
        Binding(keys: [.char("1")], action: .focusArticles, scope: .global, help: "focus the articles", hint: false),
        Binding(keys: [.char("2")], action: .focusReader, scope: .global, help: "focus the reader", hint: false),
        Binding(keys: [.char("j"), .down], action: .moveDown, scope: .global, help: "move down", hint: true),
        Binding(keys: [.char("k"), .up], action: .moveUp, scope: .global, help: "move up", hint: true),
        Binding(keys: [.pageDown, .ctrl("f")], action: .pageDown, scope: .global, help: "page down", hint: false),
        Binding(keys: [.pageUp, .ctrl("b")], action: .pageUp, scope: .global, help: "page up", hint: false),
        Binding(keys: [.char("g"), .home], action: .top, scope: .global, help: "go to the top", hint: false),
        Binding(keys: [.char("G"), .end], action: .bottom, scope: .global, help: "go to the bottom", hint: false),
        Binding(keys: [.enter], action: .open, scope: .pane(.articles), help: "open the article in the reader", hint: true),
        Binding(keys: [.ctrl("l")], action: .redraw, scope: .global, help: "redraw the screen", hint: false),
    ]

    /// The action bound to `key` when `pane` has focus: pane bindings win over global ones.
    public static func action(for key: Key, in pane: Pane) -> Action? {
        if let b = table.first(where: { $0.scope == .pane(pane) && $0.keys.contains(key) }) { return b.action }
        return table.first(where: { $0.scope == .global && $0.keys.contains(key) })?.action
    }

    /// The bindings to hint at in the status bar for a pane.
    public static func hints(for pane: Pane) -> [Binding] {
        table.filter { $0.hint && ($0.scope == .global || $0.scope == .pane(pane)) }
    }
}
