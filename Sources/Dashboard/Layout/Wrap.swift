/// Word wrapping by display width (wide characters count two columns).
public enum Wrap {
    /// Lines of at most `width` columns; words longer than a line are cut.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var w = String(word)
            var ww = TextWidth.width(w)
            if lineWidth > 0, lineWidth + 1 + ww <= width {
                line += " " + w
                lineWidth += 1 + ww
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            // Cut words wider than the line.
            while ww > width {
                var head = "", hw = 0
                var rest = Substring(w)
                while let c = rest.first, hw + TextWidth.width(c) <= width {
                    head.append(c)
                    hw += TextWidth.width(c)
                    rest = rest.dropFirst()
                }
                if head.isEmpty { break }
                lines.append(head)
                w = String(rest)
                ww = TextWidth.width(w)
            }
            line = w
            lineWidth = ww
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
