/// What may reach a terminal of text that came from outside (article text, titles, file
/// names, JSON keys, arguments): the one policy behind every terminal output — the
/// dashboard's screen (through `Dashboard.Sanitizer`), warnings and errors on standard error,
/// `extract --format table` and `render`.
///
/// - C0 controls, DEL and C1 controls, so every escape sequence (ESC, CSI, OSC, DCS…), become
///   visible pictures: ESC is `␛`, NUL `␀`, a line break `␊`, DEL `␡`, a C1 control `�`. A tab
///   is one space.
/// - Bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) and invisible format
///   characters (zero-width space, word joiner, BOM, interlinear annotation marks) are
///   dropped, so they can neither reorder nor hide text.
///
/// JSON output is not for this: it keeps the text exact and escapes controls as JSON requires.
public enum TerminalSafety {
    /// The visible stand-in for a control character, or nil for any other scalar.
    public static func picture(_ u: Unicode.Scalar) -> String? {
        switch u.value {
        case 0x09: return " "
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + u.value)!)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F: return "\u{FFFD}"
        default: return nil
        }
    }

    /// Invisible characters that could hide or reorder text: zero-width and bidi controls.
    public static func isHidden(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x061C,
             0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }

    /// Whether `s` can be printed as it is (the common case, checked on bytes first).
    public static func isSafe(_ s: String) -> Bool {
        var plain = true
        for b in s.utf8 where b < 0x20 || b >= 0x7F {
            plain = false
            break
        }
        if plain { return true }
        return !s.unicodeScalars.contains { picture($0) != nil || isHidden($0) }
    }

    /// `s` as one line of terminal text: every control, line breaks included, pictured.
    public static func line(_ s: String) -> String {
        if isSafe(s) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if let p = picture(u) {
                out.append(contentsOf: p.unicodeScalars)
            } else if !isHidden(u) {
                out.append(u)
            }
        }
        return String(out)
    }

    /// `s` as terminal text that may span lines: line breaks stay, everything else as in `line`.
    public static func lines(_ s: String) -> String {
        if isSafe(s) { return s }
        return s.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
            .joined(separator: "\n")
    }
}
