/// One line that shows a theme's main roles on sample words, for `newsdash themes`.
public enum ThemePreview {
    static let samples: [(String, Role)] = [
        (" newsdash ", .header), (" ", .text), ("1998-03-14", .date), (" ", .text), ("Iraq", .actorCountry), (" ", .text),
        ("Kofi Annan", .actorPerson), (" ", .text), ("UN", .actorOrganization), (" ", .text), ("Baghdad", .actorPlace),
        (" ", .text), ("≈", .quantityBound), ("5,000", .quantity), (" ", .text), (" selected ", .selection), (" ", .text),
        ("match", .searchHit), (" ", .text), ("│", .border), ("│", .borderFocused), (" ", .text), ("warning", .warning),
    ]

    public static func line(_ palette: Palette) -> Screen {
        var screen = Screen(width: samples.reduce(0) { $0 + TextWidth.width($1.0) }, height: 1)
        var x = 0
        for (text, role) in samples { x += screen.put(text, x: x, y: 0, role: role) }
        return screen
    }
}
