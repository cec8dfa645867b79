/// The names theme files give roles: semantic, dotted, as helix names its scopes. One table,
/// read by the theme parser and by the contrast test.
extension Role {
    public var themeName: String {
        switch self {
        case .text: return "text"
        case .dim: return "text.dim"
        case .header: return "header"
        case .headerAccent: return "header.accent"
        case .border: return "pane.border"
        case .borderFocused: return "pane.border.focused"
        case .paneTitle: return "pane.title"
        case .paneTitleFocused: return "pane.title.focused"
        case .selection: return "list.selected"
        case .selectionUnfocused: return "list.selected.unfocused"
        case .status: return "status"
        case .statusKey: return "status.key"
        case .message: return "message"
        case .warning: return "warning"
        case .error: return "error"
        case .date: return "timeline.date"
        case .actorCountry: return "actor.country"
        case .actorPerson: return "actor.person"
        case .actorOrganization: return "actor.organization"
        case .actorPlace: return "actor.place"
        case .quantity: return "quantity.value"
        case .quantityBound: return "quantity.bound"
        case .marker: return "marker"
        case .highlight: return "reader.highlight"
        case .placeholder: return "placeholder"
        case .overlay: return "help"
        case .overlayTitle: return "help.title"
        case .helpKey: return "help.key"
        case .markedText: return "reader.marked"
        case .searchHit: return "search.match"
        case .tab: return "tab"
        case .tabFocused: return "tab.focused"
        case .density: return "timeline.density"
        case .prompt: return "prompt"
        case .filterTag: return "filter.badge"
        }
    }

    /// A role by its theme name.
    public static let byThemeName: [String: Role] = Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0.themeName, $0) })

    /// Whether the role is read as text (contrast 4.5:1) rather than a border or marker (3:1).
    public var isText: Bool {
        switch self {
        case .border, .borderFocused, .marker, .density, .tab: return false
        default: return true
        }
    }
}
