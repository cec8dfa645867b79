import NewsModel

/// The top line: the corpus, its size and date span, the active filters, loading progress
/// and the warning count.
enum HeaderView {
    /// What is active (filters, dates, search) always shows: the date span, the article count
    /// and the title give way first, then the tags shorten. The progress bar and the title never
    /// overlap.
    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, role: .header)
        let y = rect.y
        let brand = " newsdash "
        // The right side: warnings, then the progress in what the left needs least.
        let w = s.corpus.warnings.count
        let warning = w > 0 ? " ⚠ \(w) warning\(w == 1 ? "" : "s") " : ""
        let tags = chips(s)
        let tagsWidth = tags.reduce(0) { $0 + TextWidth.width($1) + 1 }
        let leastLeft = TextWidth.width(brand) + min(12, TextWidth.width(s.title) + 1) + min(tagsWidth, 24)
        var progress = ""
        if let p = s.loading {
            let room = max(0, rect.width - TextWidth.width(warning) - leastLeft - 2)
            progress = progressBar(p, width: room >= 70 ? 10 : 6, room: room)
        }
        var right = rect.maxX
        if !warning.isEmpty {
            right -= TextWidth.width(warning)
            screen.put(warning, x: right, y: y, role: .headerAccent)
        }
        if !progress.isEmpty {
            right -= TextWidth.width(progress) + 1
            screen.put(progress, x: right, y: y, role: .headerAccent)
        }
        // The left side, in what is left.
        var x = rect.x
        x += screen.put(brand, x: x, y: y, role: .headerAccent, limit: max(0, right - x))
        let n = s.corpus.articles.count
        let count = s.loading == nil ? " · \(grouped(n)) article\(n == 1 ? "" : "s")" : ""
        let span = s.loading == nil ? s.corpus.dateSpan.map { " · \($0.lowerBound) → \($0.upperBound)" } ?? "" : ""
        let room = right - x - 1
        var tagRoom = tagsWidth
        var title = " " + s.title
        var extras = [count, span]
        func leftWidth() -> Int { TextWidth.width(title) + extras.reduce(0) { $0 + TextWidth.width($1) } + tagRoom }
        // Drop the date span, then the count; then shorten the title (to 8), then the tags.
        while leftWidth() > room, let last = extras.last, !last.isEmpty || extras.count > 0 {
            extras.removeLast()
            if extras.isEmpty { break }
        }
        if leftWidth() > room { title = " " + TextWidth.truncate(s.title, to: max(8, room - tagRoom - 1), ellipsis: true) }
        if leftWidth() > room { tagRoom = max(0, room - TextWidth.width(title)) }
        x += screen.put(title + extras.joined(), x: x, y: y, role: .header, limit: max(0, right - x - tagRoom))
        // Tags, each shortened when the room runs out (a name is cut, never dropped silently).
        for (k, tag) in tags.enumerated() {
            let left = right - x - 1
            guard left >= 3 else { break }
            x += screen.put(" ", x: x, y: y, role: .header)
            // Room for this tag once the ones after it have theirs (up to 12 columns each).
            let restNeed = tags[(k + 1)...].reduce(0) { $0 + min(TextWidth.width($1), 12) + 1 }
            let share = max(3, left - 1 - restNeed)
            x += screen.put(TextWidth.width(tag) <= share ? tag : TextWidth.truncate(tag, to: share, ellipsis: true), x: x, y: y,
                            role: .filterTag)
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
        // No room for a bar: the share read.
        if room < width + 11 { return "loading \(Int((p.fraction * 100).rounded(.down)))%" }
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
