import Foundation
import NewsModel

/// The quantities pane: how many, of what, says who, when — "≈ 1,500 North Korean special
/// forces soldiers · NIS · 2024-10-18". Columns appear as the pane widens; a narrow pane shows
/// the selected figure's claimant and article on a detail line, and a figure that belongs to
/// a track (the same count in other articles) shows the track's history under the list.
enum QuantitiesView {
    static func draw(_ s: State, in rect: Rect, focused: Bool, on screen: inout Screen) {
        let rows = s.view.quantities
        var note = s.quantityOrder.label
        if s.view.hiddenBackgroundQuantities > 0 { note += " · \(HeaderView.grouped(s.view.hiddenBackgroundQuantities)) background hidden" }
        Frame.draw(pane: .quantities, count: rows.count, note: note, in: rect, focused: focused, on: &screen)
        let inner = rect.inner
        guard inner.height >= 1, inner.width >= 8 else { return }
        guard !rows.isEmpty else {
            let text = s.corpus.quantities.isEmpty ? "No numbers found in these articles."
                : s.view.hiddenBackgroundQuantities > 0 ? "Only background figures here (\(Keymap.key(.toggleBackground)) shows them)."
                : "No quantities match the filters (\(Keymap.key(.clearFilters)) clears them)."
            for (i, l) in Wrap.lines(text, width: inner.width - 1).prefix(inner.height).enumerated() {
                screen.put(l, x: inner.x + 1, y: inner.y + i, role: .dim, limit: inner.width - 1)
            }
            return
        }
        let cursor = min(s.cursor(.quantities), rows.count - 1)
        let footer = footerLines(s, width: inner.width, height: inner.height, selected: rows[cursor])
        let listHeight = inner.height - footer.count
        let top = s.top(.quantities, height: listHeight)
        let widest = (top..<min(rows.count, top + listHeight)).map {
            TextWidth.width(valueLabel(s.corpus.articles[rows[$0].article], s.corpus.quantity(rows[$0])))
        }.max() ?? 6
        let columns = Columns(width: inner.width, widestValue: widest)
        for row in 0..<listHeight {
            let i = top + row
            guard i < rows.count else { break }
            drawRow(s, rows[i], y: inner.y + row, x: inner.x, columns: columns, on: &screen)
            if i == cursor {
                screen.restyle(x: inner.x, y: inner.y + row, width: inner.width, role: focused ? .selection : .selectionUnfocused)
            }
        }
        for (k, line) in footer.enumerated() {
            screen.put(line, x: inner.x, y: inner.y + listHeight + k, role: .dim, limit: inner.width, ellipsis: true)
        }
    }

    /// Rows of the list inside the pane's border (the rest are footer lines).
    static func listHeight(_ s: State, inner: Rect) -> Int {
        let rows = s.view.quantities
        guard !rows.isEmpty else { return inner.height }
        let cursor = min(s.cursor(.quantities), rows.count - 1)
        return inner.height - footerLines(s, width: inner.width, height: inner.height, selected: rows[cursor]).count
    }

    struct Columns {
        let width: Int
        /// The widest value label in view.
        var widestValue = 13
        var value: Int { min(widestValue, width < 40 ? max(6, width * 11 / 20) : 16) }
        // Each column as soon as it fits beside a readable "what".
        var date: Int { width >= 34 ? 10 : 0 }
        var claimant: Int { width >= 46 ? min(24, width / 4) : 0 }
        /// The article's title, when the pane is wide (zoomed or on a large terminal).
        var article: Int { width >= 90 ? min(36, width / 4) : 0 }
        var what: Int {
            max(1, width - 1 - value - 1 - (date > 0 ? date + 1 : 0) - (claimant > 0 ? claimant + 1 : 0) - (article > 0 ? article + 1 : 0))
        }
        /// Whether the claimant and article need a detail line.
        var needsDetail: Bool { claimant == 0 }
    }

    static func drawRow(_ s: State, _ ref: Corpus.QuantityRef, y: Int, x: Int, columns c: Columns, on screen: inout Screen) {
        let a = s.corpus.articles[ref.article]
        let q = s.corpus.quantity(ref)
        var col = x
        col += screen.put(s.openArticle == ref.article && s.markedSpan == a.sentences[q.sentence] ? "›" : " ",
                          x: col, y: y, role: .marker)
        let value = valueLabel(a, q)
        let pad = max(0, c.value - TextWidth.width(value))
        // Background (shown with b) is dimmed.
        let background = s.filters.background && s.corpus.isBackground(ref)
        screen.put(value, x: col + pad, y: y, role: background ? .dim : .quantity, limit: c.value, ellipsis: true)
        // The bound before the figure in its own role.
        if !background, let first = value.first, "≈<>≤≥~".contains(first) { screen.restyle(x: col + pad, y: y, width: 1, role: .quantityBound) }
        col += c.value + 1
        screen.put(whatLabel(q), x: col, y: y, role: .text, limit: c.what, ellipsis: true)
        col += c.what + 1
        if c.claimant > 0 {
            if let id = q.claimedBy, let actor = s.corpus.actors[id] {
                screen.put(actor.name, x: col, y: y, role: .actor(actor.kind), limit: c.claimant, ellipsis: true)
            }
            col += c.claimant + 1
        }
        if c.date > 0 {
            let label = dateLabel(s, ref)
            screen.put(label ?? "undated", x: col, y: y, role: label == nil ? .dim : .date, limit: c.date)
            col += c.date + 1
        }
        if c.article > 0 {
            screen.put(a.title, x: col, y: y, role: .dim, limit: c.article, ellipsis: true)
        }
    }

    /// The date of a figure as precise as the text: its sentence's date ("2024-03", "1979"),
    /// else the article's.
    static func dateLabel(_ s: State, _ ref: Corpus.QuantityRef) -> String? {
        let a = s.corpus.articles[ref.article]
        let q = a.quantities[ref.quantity]
        if let e = q.event, a.events.indices.contains(e), a.events[e].vague == nil, a.events[e].startValue != a.events[e].endValue {
            // "since 1989", "1996..2005": a figure over a period says so when it fits.
            let label = TimelineView.dateLabel(a.events[e], alternatives: false, compact: true)
            if TextWidth.width(label) <= 10 { return label }
        }
        if let e = q.event, a.events.indices.contains(e), a.events[e].vague == nil, let first = a.events[e].firstDay,
           let start = a.events[e].startValue {
            // Weekends and times of day show as their first day.
            switch start {
            case .week, .weekend, .partOfDay, .clock: return first.description
            default: return DateText.value(start, compact: true)
            }
        }
        return a.date?.description
    }

    /// "≈ 1,500", "> 13,000", "thousands", "$4.5B", "10,000–12,000", "12%".
    static func valueLabel(_ a: Article, _ q: Quantity) -> String {
        let label = q.display(amountText: a.slice(q.amount), compact: true)
        // "thousands of soldiers" reads on with the counted phrase.
        if q.bound == .vague, let w = q.whatSpan, q.amount.end < w.begin,
           a.slice(TextSpan(q.amount.end, w.begin)).trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("of") {
            return label + " of"
        }
        return label
    }

    /// What is counted, as written; the currency's name for a sum of money that says no more;
    /// nothing for a bare measure (the value shows its unit).
    static func whatLabel(_ q: Quantity) -> String {
        if q.whatSpan != nil, let w = q.what { return Tidy.collapseWhitespace(w) }
        if q.category == .money { return "" }
        if let u = q.unit, Quantity.isMeasure(u) { return "" }
        return q.what ?? q.unit ?? ""
    }

    /// Under the list: the selected figure's claimant, date and article when the columns do
    /// not show them, and its track when it has one.
    static func footerLines(_ s: State, width: Int, height: Int, selected ref: Corpus.QuantityRef) -> [String] {
        guard height >= 6 else { return [] }
        var lines: [String] = []
        let q = s.corpus.quantity(ref)
        if Columns(width: width).needsDetail {
            var parts: [String] = []
            if let id = q.claimedBy, let name = s.corpus.actors[id]?.name { parts.append("says " + name) }
            if width < 40 { parts.append(dateLabel(s, ref) ?? "undated") }
            parts.append(s.corpus.articles[ref.article].id)
            lines.append("└ " + parts.joined(separator: " · "))
        }
        if let t = s.corpus.trackOf[ref], height >= 8 { lines.append(trackLine(s, s.corpus.tracks[t], selected: ref)) }
        return lines
    }

    /// "track 3: 1,500 (10-18) → 3,000 (10-23) → 10,000 (10-28)", the selected figure in brackets.
    static func trackLine(_ s: State, _ t: QuantityTrack, selected: Corpus.QuantityRef) -> String {
        let items = t.members.map { ref -> String in
            let a = s.corpus.articles[ref.article]
            let q = a.quantities[ref.quantity]
            let day = dateLabel(s, ref) ?? "?"
            let label = "\(valueLabel(a, q)) (\(day))"
            return ref == selected ? "[\(label)]" : label
        }
        return "↗ track \(t.members.count): " + items.joined(separator: " → ")
    }
}
