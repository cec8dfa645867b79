import NewsModel

/// The timeline pane: a density strip of events per day, week or month with the cursor's
/// place marked under it, then one row per event in date order — its date, the clause that
/// dates it, the actors of its sentence and its article. Vague and undated events come last.
enum TimelineView {
    static func draw(_ s: State, in rect: Rect, focused: Bool, on screen: inout Screen) {
        let n = s.view.events.count
        var notes: [String] = []
        if s.view.hiddenBackground > 0 { notes.append("\(HeaderView.grouped(s.view.hiddenBackground)) background hidden") }
        if s.view.mergedEvents > 0 { notes.append("\(HeaderView.grouped(s.view.mergedEvents)) repeats merged") }
        if !s.follow { notes.append("follow off") }
        Frame.draw(pane: .timeline, count: n, note: notes.isEmpty ? nil : notes.joined(separator: " · "), in: rect, focused: focused,
                   on: &screen)
        let inner = rect.inner
        guard inner.height >= 3, inner.width >= 10 else { return }
        DensityStrip.draw(s, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 2), on: &screen)
        var list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        guard n > 0 else {
            screen.put(s.filters.isEmpty ? "No dated events in these articles." : "No events match the filters (\(Keymap.key(.clearFilters)) clears them).",
                       x: list.x + 1, y: list.y, role: .dim, limit: list.width - 1)
            return
        }
        // Narrow panes show the selected event's actors and article on a detail line.
        let detail = hasDetailLine(listWidth: list.width, listHeight: list.height)
        if detail { list.height -= 1 }
        let cursor = s.cursor(.timeline)
        let top = s.top(.timeline, height: list.height)
        // The date column has one width per pane size, so rows never shift sideways as they scroll.
        let columns = Columns(width: list.width, date: dateColumn(listWidth: list.width))
        for row in 0..<list.height {
            let i = top + row
            guard i < n else { break }
            drawRow(s, index: i, y: list.y + row, x: list.x, columns: columns, on: &screen)
            if i == cursor { screen.restyle(x: list.x, y: list.y + row, width: list.width, role: focused ? .selection : .selectionUnfocused) }
        }
        if detail, let ref = s.currentEvent {
            let y = list.maxY
            let names = actorNames(s, s.corpus.event(ref))
            let e = s.corpus.event(ref)
            var text = (names.isEmpty ? "" : names.joined(separator: ", ") + " · ") + s.corpus.articles[ref.article].id
            if let alt = e.alternatives.first { text = "or \(DateText.value(alt)) · " + text }
            screen.put("└ " + text, x: list.x, y: y, role: .dim, limit: list.width, ellipsis: true)
        }
    }

    static func hasDetailLine(listWidth: Int, listHeight: Int) -> Bool { listWidth < 70 && listHeight >= 6 }

    /// The date column: `week of 2024-03-25` fits when the list is wide, compact forms
    /// (`wknd 2024-03-09`, `2024-03-08 eve`, `since 2024-03-08`) otherwise.
    static func dateColumn(listWidth: Int) -> Int { listWidth >= 70 ? 18 : 16 }

    /// Rows of the event list inside a timeline pane's border.
    static func listHeight(inner: Rect) -> Int {
        let h = inner.height - 2
        return hasDetailLine(listWidth: inner.width, listHeight: h) ? h - 1 : h
    }

    /// Column widths for a row of the given width.
    struct Columns {
        let width: Int
        let date: Int
        let actors: Int
        let article: Int
        var showsActors: Bool { actors > 0 }
        var summary: Int {
            max(4, width - date - 1 - (actors > 0 ? actors + 1 : 0) - (article > 0 ? article + 1 : 0))
        }

        init(width: Int, date: Int) {
            self.width = width
            self.date = date
            actors = width >= 70 ? min(30, width / 4) : 0
            article = width >= 100 ? min(22, width / 7) : 0
        }
    }

    static func drawRow(_ s: State, index: Int, y: Int, x: Int, columns: Columns, on screen: inout Screen) {
        let ref = s.view.events[index]
        let e = s.corpus.event(ref)
        let article = s.corpus.articles[ref.article]
        var cx = x
        // The fullest form that fits the column; with its other reading as a "?" (the detail
        // line has it) when that does not fit.
        var label = dateLabel(e)
        for compact in [false, true] where TextWidth.width(label) > columns.date {
            label = dateLabel(e, compact: compact)
            if TextWidth.width(label) > columns.date, !e.alternatives.isEmpty { label = dateLabel(e, alternatives: false, compact: compact) + "?" }
        }
        // Background (shown with b): "◂" before its date, dimmed.
        let background = s.filters.background && s.corpus.isBackground(ref)
        if background { label = "◂" + label }
        screen.put(label, x: cx, y: y, role: CorpusView.isUndated(e) || background ? .dim : .date, limit: columns.date, ellipsis: true)
        cx += columns.date + 1
        // A row several articles report says how many ("· 3 articles"), at the column's end.
        let sources = s.view.articleCount(ofRow: index)
        let suffix = sources > 1 ? " · \(sources) articles" : ""
        let room = TextWidth.width(suffix) < columns.summary / 2 ? columns.summary - TextWidth.width(suffix) : columns.summary
        let used = screen.put(article.summary(of: e, limit: 400), x: cx, y: y, role: .text, limit: room, ellipsis: true)
        if room < columns.summary { screen.put(suffix, x: cx + used, y: y, role: .dim, limit: columns.summary - used) }
        cx += columns.summary + 1
        if columns.actors > 0 {
            let end = cx + columns.actors
            var ax = cx
            var shown = 0
            for id in e.actors {
                guard ax < end else { break }
                guard let a = s.corpus.actors[id] else { continue }
                if shown > 0 { ax += screen.put(", ", x: ax, y: y, role: .dim, limit: end - ax) }
                shown += 1
                ax += screen.put(a.name, x: ax, y: y, role: .actor(a.kind), limit: end - ax)
            }
            cx = end + 1
        }
        if columns.article > 0 { screen.put(article.id, x: cx, y: y, role: .dim, limit: columns.article) }
    }

    /// "2024-10-21", "2024-10-08..13", "since 2024-08", "week of 2024-03-25", "soon", "now",
    /// with "(or …)" for an ambiguous reading; all from the event's typed values.
    static func dateLabel(_ e: Event, alternatives: Bool = true, compact: Bool = false) -> String {
        if let v = e.vague { return DateText.value(.vague(v)) }
        // Relative to an undated article: no place on the calendar.
        if e.firstDay == nil, e.lastDay == nil, let v = e.startValue ?? e.endValue, DateText.isUndated(v) { return "undated" }
        var label: String
        switch (e.startValue, e.endValue) {
        case let (a?, b?) where a == b: label = DateText.value(a, compact: compact)
        case let (a?, b?): label = DateText.range(a, b, compact: compact)
        // Open ends in a narrow column: a day finer than that (a weekend, a night) as its day.
        case let (a?, nil): label = "since " + (compact ? DateText.day(a, first: true) : DateText.value(a))
        case let (nil, b?): label = "until " + (compact ? DateText.day(b, first: false) : DateText.value(b))
        default: label = "?"
        }
        if alternatives, let alt = e.alternatives.first { label += " (or \(DateText.value(alt, compact: compact)))" }
        return label
    }

    static func actorNames(_ s: State, _ e: Event) -> [String] {
        e.actors.compactMap { s.corpus.actors[$0]?.name }
    }
}

