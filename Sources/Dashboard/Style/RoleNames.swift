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
        case .readerCountry: return "reader.actor.country"
        case .readerPerson: return "reader.actor.person"
        case .readerOrganization: return "reader.actor.organization"
        case .readerPlace: return "reader.actor.place"
        case .readerDate: return "reader.date"
        case .readerQuantity: return "reader.quantity"
        case .marker: return "marker"
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

    /// The role a reader highlight takes its style from when a theme leaves it out.
    public var readerSource: Role? {
        switch self {
        case .readerCountry: return .actorCountry
        case .readerPerson: return .actorPerson
        case .readerOrganization: return .actorOrganization
        case .readerPlace: return .actorPlace
        case .readerDate: return .date
        case .readerQuantity: return .quantity
        default: return nil
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

extension Role {
    /// ", did you mean 'list.selected'?" for a misspelt role name (at most two edits away),
    /// else nothing.
    static func suggestion(for name: String) -> String {
        let wanted = Array(name.lowercased())
        var best: (String, Int)?
        for role in Role.allCases {
            let d = editDistance(wanted, Array(role.themeName))
            if d <= 2, d < (best?.1 ?? .max) { best = (role.themeName, d) }
        }
        return best.map { ", did you mean '\($0.0)'?" } ?? ""
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let here = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = here
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
