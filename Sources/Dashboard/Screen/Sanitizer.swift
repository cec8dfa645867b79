import NewsModel

/// The one gate between untrusted text and the screen. Every string put into a cell goes
/// through `units`: control characters (C0, DEL, C1, so every escape sequence) become
/// visible control pictures in the placeholder role, invisible format characters and bidi
/// overrides are dropped so they cannot reorder or hide text, and each remaining grapheme
/// gets the column width the terminal will give it. Which characters are controls or hidden
/// is `TerminalSafety`'s policy, shared with standard error and the plain-text outputs.
public enum Sanitizer {
    public struct Unit: Equatable, Sendable {
        public var text: String
        public var width: Int
        /// Whether this unit stands for a character that was not shown as itself.
        public var placeholder: Bool
    }

    public static func units(_ s: String) -> [Unit] {
        var out: [Unit] = []
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            // Fast path: printable ASCII.
            if let a = ch.asciiValue, a >= 0x20, a < 0x7F {
                out.append(Unit(text: String(ch), width: 1, placeholder: false))
                continue
            }
            var kept = ""
            var hasControl = false
            for u in ch.unicodeScalars {
                if let picture = controlPicture(u) {
                    // Flush what came before, then the placeholder.
                    if !kept.isEmpty { out.append(unit(kept)) ; kept = "" }
                    out.append(Unit(text: picture, width: 1, placeholder: true))
                    hasControl = true
                    continue
                }
                if isDropped(u) { continue }
                kept.unicodeScalars.append(u)
            }
            if kept.isEmpty { continue }
            // A cluster that starts with a combining mark (after a dropped control) stands alone.
            if hasControl, let first = kept.unicodeScalars.first, TextWidth.isZeroWidth(first) {
                out.append(Unit(text: "\u{25CC}" + kept, width: 1, placeholder: false))
                continue
            }
            out.append(unit(kept))
        }
        return out
    }

    private static func unit(_ s: String) -> Unit {
        let w = TextWidth.width(Character(s))
        if w == 0 {  // a lone combining mark: show it on a dotted circle
            return Unit(text: "\u{25CC}" + s, width: 1, placeholder: false)
        }
        return Unit(text: s, width: w, placeholder: false)
    }

    /// The picture of a control character (`NewsModel.TerminalSafety`: one policy for every output).
    static func controlPicture(_ u: Unicode.Scalar) -> String? { TerminalSafety.picture(u) }

    /// Invisible characters that could hide or reorder text (`NewsModel.TerminalSafety`).
    static func isDropped(_ u: Unicode.Scalar) -> Bool { TerminalSafety.isHidden(u) }
}
