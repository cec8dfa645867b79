/// The colours of a role: foreground, background (nil = the terminal's own) and attributes.
public struct Style: Equatable, Sendable, Hashable {
    public enum Color: Equatable, Sendable, Hashable {
        /// One of the 8 basic terminal colours (0 black ... 7 white), `bright` adds 8.
        case ansi(UInt8)
        /// One of the 256 (`color0`–`color255`).
        case indexed(UInt8)
        /// `#rrggbb`, shown as is on truecolor terminals, else as the nearest colour they have.
        case rgb(UInt8, UInt8, UInt8)
    }

    public struct Attributes: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let bold = Attributes(rawValue: 1)
        public static let reverse = Attributes(rawValue: 2)
        public static let underline = Attributes(rawValue: 4)
        public static let dim = Attributes(rawValue: 8)
        public static let italic = Attributes(rawValue: 16)
    }

    public var foreground: Color?
    public var background: Color?
    public var attributes: Attributes

    public init(_ foreground: Color? = nil, _ background: Color? = nil, _ attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Role → style. The built-in default works on 8-colour terminals, and selection and
/// focus also carry an attribute so they survive a monochrome terminal.
public struct Palette: Sendable {
    public var styles: [Role: Style]
    /// The terminal background the palette is made for (a role without its own background
    /// sits on it): what legibility is judged against when colours are brought down.
    public var lightBackground = false

    public func style(_ role: Role) -> Style { styles[role] ?? Style() }

    public static let standard = Palette(styles: Palette.withReaderRoles([
        .text: Style(),
        .dim: Style(nil, nil, .dim),
        .header: Style(.ansi(7), .ansi(4), .bold),
        .headerAccent: Style(.ansi(3), .ansi(4), .bold),
        .border: Style(.ansi(7), nil, .dim),
        .borderFocused: Style(.ansi(6), nil, .bold),
        .paneTitle: Style(.ansi(7), nil, .bold),
        .paneTitleFocused: Style(.ansi(6), nil, [.bold, .underline]),
        .selection: Style(nil, nil, [.reverse, .bold]),
        .selectionUnfocused: Style(nil, nil, .underline),
        .status: Style(nil, nil, .reverse),
        .statusKey: Style(.ansi(3), nil, [.bold, .reverse]),
        .message: Style(.ansi(2), nil, .bold),
        .warning: Style(.ansi(3), nil, .bold),
        .error: Style(.ansi(1), nil, .bold),
        .date: Style(.ansi(3)),
        .actorCountry: Style(.ansi(2)),
        .actorPerson: Style(.ansi(5)),
        .actorOrganization: Style(.ansi(6)),
        .actorPlace: Style(.ansi(4)),
        .quantity: Style(.ansi(1)),
        .marker: Style(.ansi(3), nil, .bold),
        // Hits also carry an attribute, so they show without colour too.
        .placeholder: Style(.ansi(1), nil, .reverse),
        .overlay: Style(.ansi(7), .ansi(0)),
        .overlayTitle: Style(.ansi(6), .ansi(0), .bold),
        .helpKey: Style(.ansi(3), .ansi(0), .bold),
        .quantityBound: Style(.ansi(3)),
        .markedText: Style(nil, nil, .underline),
        .searchHit: Style(.ansi(0), .ansi(2), [.bold, .underline]),
        .tab: Style(nil, nil, .dim),
        .tabFocused: Style(.ansi(6), nil, [.bold, .reverse]),
        .density: Style(.ansi(6)),
        .prompt: Style(nil, nil, .bold),
        .filterTag: Style(.ansi(0), .ansi(3), .bold),
    ]))

    /// `styles` with each reader highlight it leaves out styled as the role it comes from.
    public static func withReaderRoles(_ styles: [Role: Style]) -> [Role: Style] {
        var out = styles
        for role in Role.allCases {
            if let source = role.readerSource, out[role] == nil, let s = styles[source] { out[role] = s }
        }
        return out
    }

    /// For light terminal backgrounds: no white text, darker accents.
    public static let light = Palette(styles: standard.styles.filter { $0.key.readerSource == nil }.merging([
        .header: Style(.ansi(7), .ansi(4), .bold),
        .border: Style(.ansi(0), nil, .dim),
        .paneTitle: Style(.ansi(0), nil, .bold),
        .paneTitleFocused: Style(.ansi(4), nil, [.bold, .underline]),
        .borderFocused: Style(.ansi(4), nil, .bold),
        .date: Style(.ansi(5)),
        .actorCountry: Style(.ansi(2), nil, .bold),
        .actorPlace: Style(.ansi(4), nil, .bold),
        .overlay: Style(.ansi(0), .ansi(7)),
        .overlayTitle: Style(.ansi(4), .ansi(7), .bold),
        .helpKey: Style(.ansi(4), .ansi(7), .bold),
        .quantityBound: Style(.ansi(5)),
        .density: Style(.ansi(4)),
        .tabFocused: Style(.ansi(4), nil, [.bold, .reverse]),
    ]) { $1 }.merging(Palette.withReaderRoles([
        .date: Style(.ansi(5)), .actorCountry: Style(.ansi(2), nil, .bold), .actorPlace: Style(.ansi(4), nil, .bold),
        .actorPerson: Style(.ansi(5)), .actorOrganization: Style(.ansi(6)), .quantity: Style(.ansi(1)),
    ]).filter { $0.key.readerSource != nil }) { $1 }, lightBackground: true)

    /// The palettes built in, for when no theme file can be found (the files in `themes/`
    /// have the same names and win).
    public static let builtIn: [String: Palette] = ["default": standard, "light": light]
}
