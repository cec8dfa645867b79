import Foundation

/// Cells for a terminal whose locale is not UTF-8 (`LC_ALL=C`): borders, markers and strip
/// bars become ASCII that reads the same way, so the screen stays readable instead of turning
/// into question marks. Other characters beyond ASCII show as `?`.
enum AsciiFallback {
    static let table: [Unicode.Scalar: Character] = {
        var t: [Unicode.Scalar: Character] = [:]
        for c in "─━═" { t[c.unicodeScalars.first!] = "-" }
        for c in "│┃║▕▏▌" { t[c.unicodeScalars.first!] = "|" }
        for c in "┌┐└┘┏┓┗┛├┤┬┴┼╒╕╘╛" { t[c.unicodeScalars.first!] = "+" }
        let pairs: [(String, Character)] = [
            ("▶", ">"), ("›", ">"), ("→", ">"), ("←", "<"), ("↗", "^"), ("▲", "^"), ("✓", "*"), ("◆", "*"), ("●", "o"),
            ("■", "#"), ("⚠", "!"), ("…", "~"), ("·", "."), ("≈", "~"), ("–", "-"), ("—", "-"), ("‹", "<"),
            ("▁", "_"), ("▂", "."), ("▃", ":"), ("▄", "-"), ("▅", "="), ("▆", "+"), ("▇", "*"), ("█", "#"),
            ("“", "\""), ("”", "\""), ("‘", "'"), ("’", "'"), ("×", "x"), ("␊", "|"),
            ("€", "E"), ("£", "L"), ("¥", "Y"), ("°", "o"), ("±", "+"),
        ]
        for (k, v) in pairs { t[k.unicodeScalars.first!] = v }
        return t
    }()

    /// The ASCII a cell shows in place of `text` (one character; `?` when there is none).
    static func ascii(_ text: String) -> Character {
        guard let s = text.unicodeScalars.first else { return " " }
        if s.isASCII { return Character(s) }
        if let c = table[s] { return c }
        // A letter with accents as the letter (São → Sao).
        if let base = String(s).folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars.first, base.isASCII {
            return Character(base)
        }
        return "?"
    }
}
