/// What a key does. The keymap table below maps keys to actions; dispatch, the help overlay
/// and the status-bar hints are all generated from it (tig's request table).
public enum Action: String, CaseIterable, Sendable {
    case quit, help, closeOverlay
    case focusNext, focusPrevious, focusTimeline, focusActors, focusQuantities, focusArticles, focusReader, zoom, back
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case open, nextReport, previousReport
    case toggleFilter, filterAny, filterAll, clearFilters, pickActor
    case previousDate, nextDate, previousMonth, nextMonth, firstEvent, lastEvent, goToDate, toggleFollow, toggleBackground
    case search, grep, nextHit, previousHit, cycleSort, command
    case reload, redraw, suspend, warnings, cycleTheme
    /// Editing typed input (a prompt, the picker's query).
    case deleteBack, clearInput, deleteWord, lineStart, lineEnd, cursorLeft, cursorRight, complete, historyBack, historyForward
}

/// Where a binding applies: the panes (everywhere, or in one), or while the help, a prompt or
/// the actor picker has the keys.
public enum Scope: Sendable, Equatable {
    case global
    case pane(Pane)
    case help
    case prompt
    case picker
}

/// Who has the keys now.
public enum KeyMode: Sendable, Equatable {
    case panes, help, prompt, picker

    var scope: Scope? {
        switch self {
        case .panes: return nil
        case .help: return .help
        case .prompt: return .prompt
        case .picker: return .picker
        }
    }
}

public struct Binding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let scope: Scope
    public let help: String
    /// The short label in the status bar's hints; nil keeps the binding out of the hints.
    public let hint: String?
    /// The help overlay's section.
    public let section: String

    public init(_ keys: [Key], _ action: Action, _ section: String, help: String, hint: String? = nil) {
        self.init(keys, action, .global, section, help: help, hint: hint)
    }

    public init(_ keys: [Key], _ action: Action, _ scope: Scope, _ section: String, help: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.scope = scope
        self.section = section
        self.help = help
        self.hint = hint
    }
}

public enum Keymap {
    /// The one table of key bindings, in the order the help shows them.
    public static let table: [Binding] = [
        Binding([.tab, .char("l"), .right], .focusNext, "Panes", help: "focus the next pane", hint: "pane"),
        Binding([.backTab, .char("h"), .left], .focusPrevious, "Panes", help: "focus the previous pane"),
        Binding([.char("h"), .left, .escape], .back, .pane(.reader), "Panes",
                help: "in the Reader: back to the pane it was opened from", hint: "back"),
        Binding([.char("1")], .focusTimeline, "Panes", help: "focus the timeline"),
        Binding([.char("2")], .focusActors, "Panes", help: "focus the actors"),
        Binding([.char("3")], .focusQuantities, "Panes", help: "focus the quantities"),
        Binding([.char("4")], .focusArticles, "Panes", help: "focus the articles"),
        Binding([.char("5")], .focusReader, "Panes", help: "focus the reader"),
        Binding([.char("z")], .zoom, "Panes", help: "zoom the focused pane (again: unzoom)"),
        Binding([.char("j"), .down], .moveDown, "Move", help: "move down"),
        Binding([.char("k"), .up], .moveUp, "Move", help: "move up"),
        Binding([.pageDown, .ctrl("f")], .pageDown, "Move", help: "page down"),
        Binding([.pageUp, .ctrl("b")], .pageUp, "Move", help: "page up"),
        Binding([.ctrl("d")], .halfPageDown, "Move", help: "half a page down"),
        Binding([.ctrl("u")], .halfPageUp, "Move", help: "half a page up"),
        Binding([.char("g"), .home], .top, "Move", help: "go to the top"),
        Binding([.char("G"), .end], .bottom, "Move", help: "go to the bottom"),
        Binding([.enter], .open, "Move", help: "open in the reader, at its sentence", hint: "open"),
        Binding([.char(".")], .nextReport, .pane(.reader), "Reader",
                help: "in the Reader, opened from a row that several articles report: the next report"),
        Binding([.char(",")], .previousReport, .pane(.reader), "Reader", help: "the previous report"),
        Binding([.char("f"), .char(" ")], .toggleFilter, .pane(.actors), "Filter", help: "in Actors: filter by it (again: remove)",
                hint: "filter"),
        Binding([.char("a")], .pickActor, "Filter", help: "pick an actor to filter by", hint: "pick actor"),
        Binding([.char("|")], .filterAny, "Filter", help: "any of the filtered actors, or all"),
        Binding([.char("&")], .filterAll, "Filter", help: "require all filtered actors"),
        Binding([.char("F")], .clearFilters, "Filter", help: "clear every filter", hint: "clear"),
        Binding([.char("[")], .previousDate, "Timeline", help: "previous event date", hint: "date"),
        Binding([.char("]")], .nextDate, "Timeline", help: "next event date"),
        Binding([.char("{")], .previousMonth, "Timeline", help: "previous month"),
        Binding([.char("}")], .nextMonth, "Timeline", help: "next month"),
        Binding([.char("<")], .firstEvent, "Timeline", help: "first event"),
        Binding([.char(">")], .lastEvent, "Timeline", help: "last event"),
        Binding([.char("t")], .goToDate, "Timeline", help: "go to a date: 2024, 2024-10, 2024-10-18", hint: "go to"),
        Binding([.char("L")], .toggleFollow, "Timeline", help: "other panes follow the timeline: on/off"),
        Binding([.char("b")], .toggleBackground, "Timeline",
                help: "show or hide background: events over a year before their article, figures that tell little"),
        Binding([.char("/")], .search, "Search", help: "find word starts as you type, any case: the cursor goes to the first hit",
                hint: "search"),
        Binding([.char("n")], .nextHit, "Search", help: "next hit (the cursor moves to it)"),
        Binding([.char("N")], .previousHit, "Search", help: "previous hit"),
        Binding([.char("\\")], .grep, "Search", help: "keep only what holds the text (as :grep)"),
        Binding([.char("s")], .cycleSort, "Search", help: "change the focused pane's order"),
        Binding([.char(":")], .command, "Other", help: "command (:filter NAME, :date 2024-10, :q)"),
        Binding([.char("?")], .help, "Other", help: "show or hide this help", hint: "help"),
        Binding([.escape], .closeOverlay, "Other", help: "close prompt, then search, then overlay"),
        Binding([.char("r")], .reload, "Other", help: "reload the articles from disk"),
        Binding([.char("W")], .warnings, "Other", help: "list every load warning, with its file and problem"),
        Binding([.char("T")], .cycleTheme, "Other", help: "next colour theme (kept for the next run; :theme NAME for one)"),
        Binding([.ctrl("l")], .redraw, "Other", help: "redraw the screen"),
        Binding([.ctrl("z")], .suspend, "Other", help: "suspend (fg to come back)"),
        Binding([.char("q"), .ctrl("c")], .quit, "Other", help: "quit", hint: "quit"),

        Binding([.char("j"), .down], .moveDown, .help, "In this help", help: "scroll down", hint: "scroll"),
        Binding([.char("k"), .up], .moveUp, .help, "In this help", help: "scroll up"),
        Binding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, .help, "In this help", help: "page down"),
        Binding([.pageUp, .ctrl("b")], .pageUp, .help, "In this help", help: "page up"),
        Binding([.char("g"), .home], .top, .help, "In this help", help: "top"),
        Binding([.char("G"), .end], .bottom, .help, "In this help", help: "bottom"),
        Binding([.char("?"), .char("q"), .escape], .closeOverlay, .help, "In this help", help: "close the help (or the warnings)",
                hint: "close"),
        Binding([.ctrl("c")], .quit, .help, "In this help", help: "quit newsdash"),

        Binding([.enter], .open, .prompt, "At a prompt (: / t)", help: "run the command, keep the search, go to the date", hint: "run"),
        Binding([.escape], .closeOverlay, .prompt, "At a prompt (: / t)", help: "close the prompt", hint: "cancel"),
        Binding([.tab], .complete, .prompt, "At a prompt (: / t)", help: "complete a command or an actor's name", hint: "complete"),
        Binding([.up], .historyBack, .prompt, "At a prompt (: / t)", help: "the line run before (again: earlier)"),
        Binding([.down], .historyForward, .prompt, "At a prompt (: / t)", help: "a later line, then the one being typed"),
        Binding([.backspace], .deleteBack, .prompt, "At a prompt (: / t)", help: "delete the character before the cursor"),
        Binding([.ctrl("w")], .deleteWord, .prompt, "At a prompt (: / t)", help: "delete the word before the cursor"),
        Binding([.ctrl("u")], .clearInput, .prompt, "At a prompt (: / t)", help: "delete to the start of the line"),
        Binding([.ctrl("a"), .home], .lineStart, .prompt, "At a prompt (: / t)", help: "to the start of the line"),
        Binding([.ctrl("e"), .end], .lineEnd, .prompt, "At a prompt (: / t)", help: "to the end of the line"),
        Binding([.left], .cursorLeft, .prompt, "At a prompt (: / t)", help: "one character left"),
        Binding([.right], .cursorRight, .prompt, "At a prompt (: / t)", help: "one character right"),
        Binding([.ctrl("c")], .quit, .prompt, "At a prompt (: / t)", help: "quit newsdash"),

        Binding([.down, .ctrl("n"), .tab], .moveDown, .picker, "In the actor picker (a)", help: "next match", hint: "next"),
        Binding([.up, .ctrl("p"), .backTab], .moveUp, .picker, "In the actor picker (a)", help: "previous match"),
        Binding([.pageDown], .pageDown, .picker, "In the actor picker (a)", help: "ten matches down"),
        Binding([.pageUp], .pageUp, .picker, "In the actor picker (a)", help: "ten matches up"),
        Binding([.enter], .open, .picker, "In the actor picker (a)", help: "filter by the highlighted actor", hint: "filter"),
        Binding([.escape], .closeOverlay, .picker, "In the actor picker (a)", help: "close the picker", hint: "cancel"),
        Binding([.backspace], .deleteBack, .picker, "In the actor picker (a)", help: "delete the last character typed"),
        Binding([.ctrl("u")], .clearInput, .picker, "In the actor picker (a)", help: "clear what was typed"),
        Binding([.ctrl("c")], .quit, .picker, "In the actor picker (a)", help: "quit newsdash"),
    ]

    /// The `:` commands, in the order the help lists them; `runCommand` dispatches through it.
    public static let commands: [Command] = [
        Command(["filter", "f"], .filter, argument: "NAME", help: "filter by an actor (name or id)"),
        Command(["unfilter"], .unfilter, argument: "NAME", help: "remove an actor from the filter"),
        Command(["date", "dates"], .date, argument: "2024-10", help: "keep a year, month, day or A..B (alone: clear)"),
        Command(["search"], .search, argument: "TEXT", help: "find, as / does"),
        Command(["grep"], .grep, argument: "TEXT", help: "keep only what holds the text (alone: show all)"),
        Command(["clear"], .clear, help: "clear every filter"),
        Command(["sort"], .sort, help: "change the focused pane's order"),
        Command(["follow"], .follow, help: "other panes follow the timeline: on/off"),
        Command(["theme"], .theme, argument: "NAME", help: "colours: default, light, nord, … (Tab completes; kept for the next run)"),
        Command(["help"], .help, help: "this help"),
        Command(["warnings"], .warnings, help: "every load warning, with its file and problem"),
        Command(["q", "quit", "exit"], .quit, help: "quit"),
    ]

    /// A command by one of its names.
    public static func command(named name: String) -> Command? { commands.first { $0.names.contains(name) } }

    /// The action bound to `key` when `pane` has focus and `mode` has the keys: in the panes,
    /// pane bindings win over global ones.
    public static func action(for key: Key, in pane: Pane, mode: KeyMode = .panes) -> Action? {
        if let scope = mode.scope { return table.first { $0.scope == scope && $0.keys.contains(key) }?.action }
        if let b = table.first(where: { $0.scope == .pane(pane) && $0.keys.contains(key) }) { return b.action }
        return table.first(where: { $0.scope == .global && $0.keys.contains(key) })?.action
    }

    /// The bindings to hint at in the status bar for a pane and mode.
    public static func hints(for pane: Pane, mode: KeyMode = .panes) -> [Binding] {
        if let scope = mode.scope { return table.filter { $0.hint != nil && $0.scope == scope } }
        return table.filter { $0.hint != nil && ($0.scope == .global || $0.scope == .pane(pane)) }
    }

    /// The keys of an action in the panes as the help writes them ("f Space").
    public static func keys(of action: Action) -> String {
        table.first { $0.action == action && !$0.isModal }.map { $0.keys.map(\.description).joined(separator: " ") } ?? ""
    }

    /// The first key of an action in the panes, for messages ("press a to pick one").
    public static func key(_ action: Action) -> String {
        table.first { $0.action == action && !$0.isModal }?.keys.first?.description ?? "?"
    }
}

extension Binding {
    /// Whether the binding belongs to the help, a prompt or the picker rather than the panes.
    var isModal: Bool {
        switch scope {
        case .global, .pane: return false
        case .help, .prompt, .picker: return true
        }
    }
}

/// A `:` command: its names, what it takes and what it does.
public struct Command: Sendable {
    public enum Kind: Sendable { case filter, unfilter, date, search, grep, clear, sort, follow, theme, help, warnings, quit }
    public let names: [String]
    public let kind: Kind
    public let argument: String?
    public let help: String

    init(_ names: [String], _ kind: Kind, argument: String? = nil, help: String) {
        self.names = names
        self.kind = kind
        self.argument = argument
        self.help = help
    }

    /// `:filter NAME` as the help writes it.
    public var usage: String { ":" + names[0] + (argument.map { " " + $0 } ?? "") }
}
