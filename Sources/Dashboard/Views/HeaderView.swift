import NewsModel

/// The top line: the corpus, its size and date span, the active filters, loading progress
/// and the warning count.
enum HeaderView {
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .header)
        let y = rect.y
        var x = rect.x
        x += screen.put(" newsdash ", x: x, y: y, role: .headerAccent)
        // While loading, the progress on the right counts the articles; the panes show a snapshot.
        let n = s.corpus.articles.count
        x += screen.put(" \(s.title)" + (s.loading == nil ? " · \(grouped(n)) article\(n == 1 ? "" : "s")" : ""), x: x, y: y, role: .header)
        if s.loading == nil, let span = s.corpus.dateSpan {
            x += screen.put(" · \(span.lowerBound) → \(span.upperBound)", x: x, y: y, role: .header)
        }
        // Right side first, so filters give way to it.
        var right = rect.maxX
        let w = s.corpus.warnings.count
        if w > 0 {
            let text = " ⚠ \(w) warning\(w == 1 ? "" : "s") "
            right -= TextWidth.width(text)
            screen.put(text, x: right, y: y, role: .headerAccent)
        }
        if let p = s.loading {
            // The progress takes the room the left side leaves (at least its bar).
            let room = max(0, right - x - 2)
            let bar = progressBar(p, width: room >= 70 ? 10 : 6, room: room)
            right -= TextWidth.width(bar) + 1
            screen.put(bar, x: right, y: y, role: .headerAccent)
        }
        for chip in chips(s) {
            let need = TextWidth.width(chip) + 1
            guard x + need < right else {
                if x + 2 < right { screen.put(" …", x: x, y: y, role: .header) }
                break
            }
            x += screen.put(" ", x: x, y: y, role: .header)
            x += screen.put(chip, x: x, y: y, role: .filterTag)
        }
    }

    /// The active filters as short tags.
    static func chips(_ s: State) -> [String] {
        var out: [String] = []
        if !s.filters.actors.isEmpty {
            let names = s.filters.actors.map { s.corpus.actors[$0]?.name ?? $0 }
            out.append(" " + names.joined(separator: s.filters.mode == .all ? " & " : " | ") + " ")
        }
        if let d = s.filters.dates { out.append(" \(d.lowerBound)..\(d.upperBound) ") }
        if !s.filters.search.isEmpty { out.append(" \\\(s.filters.search) ") }
        if let f = s.find { out.append(" /\(f.text) ") }
        return out
    }

    /// `loading ▕████      ▏ 12,288 articles · 20.1 of 41.8 MB · 13 MB/s · 2 s left`, its
    /// details dropped from the end until it fits `room` columns (the bar always stays).
    static func progressBar(_ p: LoadProgress, width: Int, room: Int = .max) -> String {
        let filled = min(width, Int((p.fraction * Double(width)).rounded(.down)))
        let bar = "loading ▕" + String(repeating: "█", count: filled) + String(repeating: " ", count: width - filled) + "▏"
        // Each detail with the order it gives way in when room is short: the rate first, then
        // the megabytes, the count, and last what the user waits for.
        var details: [(text: String, dropRank: Int)] = []
        details.append((p.total == 0 && p.articles == 0 ? "listing files" : "\(grouped(p.articles)) article\(p.articles == 1 ? "" : "s")", 2))
        if p.bytesTotal > 0 { details.append(("\(megabytes(p.bytesDone)) of \(megabytes(p.bytesTotal)) MB", 1)) }
        // Once every file is read, the corpus and its search index are built (reading's rate
        // no longer says anything).
        let indexing = p.total > 0 && p.done == p.total
        if !indexing, let rate = p.bytesPerSecond { details.append(("\(megabytes(Int(rate))) MB/s", 0)) }
        if indexing {
            details.append(("indexing…", 3))
        } else if let left = p.secondsLeft {
            details.append((timeLeft(left), 3))
        }
        func line() -> String { details.isEmpty ? bar : bar + " " + details.map(\.text).joined(separator: " · ") }
        for rank in 0...3 where TextWidth.width(line()) > room { details.removeAll { $0.dropRank == rank } }
        return line()
    }

    /// 24520 → `24,520`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// Bytes as megabytes: one decimal below 100 (`4.2`), whole above (`418`).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = Int((Double(bytes) / 100_000).rounded())
        return tenths < 1000 ? "\(tenths / 10).\(tenths % 10)" : String((tenths + 5) / 10)
    }

    /// `<1 s left`, `12 s left`, `3 min left`, `2 h 5 min left`.
    static func timeLeft(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if seconds < 1 { return "<1 s left" }
        if s < 120 { return "\(s) s left" }
        if s < 7200 { return "\((s + 30) / 60) min left" }
        return "\(s / 3600) h \((s % 3600) / 60) min left"
    }
}
