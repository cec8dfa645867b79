/// What a cell means, never what colour it is: only the palette (later the theme files)
/// turns roles into colours, so views stay testable and themes stay complete.
public enum Role: String, CaseIterable, Sendable, Hashable {
    case text
    case dim
    case header
    case headerAccent
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    case selection
    case selectionUnfocused
    case status
    case statusKey
    case message
    case warning
    case error
    case date
    case actorCountry
    case actorPerson
    case actorOrganization
    case actorPlace
    case quantity
    /// The reader's highlights, by what they mark (a theme that leaves them out gets its own
    /// actor, date and quantity colours).
    case readerCountry
    case readerPerson
    case readerOrganization
    case readerPlace
    case readerDate
    case readerQuantity
    /// The bound before a figure (`≈`, `>`, `<`).
    case quantityBound
    case marker
    case placeholder
    case overlay
    case overlayTitle
    /// The keys column of the help.
    case helpKey
    /// The reader's marked sentence (the item it was opened from).
    case markedText
    case searchHit
    case tab
    case tabFocused
    /// The timeline's density strip.
    case density
    case prompt
    /// An active filter in the header.
    case filterTag
}
