import NewsModel

/// The day an event sits on in the timeline (nil for vague and undated ones).
func day(_ s: State, _ index: Int) -> CivilDate? {
    guard s.view.events.indices.contains(index) else { return nil }
    let e = s.corpus.event(s.view.events[index])
    guard !CorpusView.isUndated(e) else { return nil }
    return e.firstDay ?? e.lastDay
}

/// Moves the timeline cursor (from any pane); the other panes follow when `follow` is on.
func setTimelineCursor(_ index: Int, _ s: inout State) {
    s.cursors[.timeline] = index
    let focus = s.focus
    s.focus = .timeline
    selectionMoved(&s)
    s.focus = layout(s).mode == .wide ? focus : .timeline
    if let d = day(s, index) {
        let same = s.view.events.indices.filter { day(s, $0) == d }.count
        s.message = "\(d) — \(same) event\(same == 1 ? "" : "s")"
    }
}

func jump(_ action: Action, _ s: inout State) {
    let events = s.view.events
    guard !events.isEmpty else {
        s.message = "no events in view"
        return
    }
    let c = s.cursor(.timeline)
    let dated = events.indices.filter { day(s, $0) != nil }
    let here = day(s, c)
    var target: Int?
    switch action {
    case .firstEvent: target = 0
    case .lastEvent: target = dated.last ?? events.count - 1
    case .nextDate:
        if let h = here { target = dated.first { day(s, $0)! > h } } else { target = nil }
        if target == nil { s.message = "no later date" }
    case .previousDate:
        let h = here ?? day(s, dated.last ?? 0)
        if let h, let d = dated.map({ day(s, $0)! }).filter({ here == nil ? $0 <= h : $0 < h }).max() {
            target = dated.first { day(s, $0) == d }
        }
        if target == nil { s.message = "no earlier date" }
    case .nextMonth:
        if let h = here {
            target = dated.first { let d = day(s, $0)!; return (d.year, d.month) > (h.year, h.month) }
        }
        if target == nil { s.message = "no later month" }
    case .previousMonth:
        let h = here ?? day(s, dated.last ?? 0)
        if let h {
            let months = dated.map { day(s, $0)! }.filter { here == nil ? true : ($0.year, $0.month) < (h.year, h.month) }
            if let m = months.max() { target = dated.first { let d = day(s, $0)!; return d.year == m.year && d.month == m.month } }
        }
        if target == nil { s.message = "no earlier month" }
    default: return
    }
    if let target { setTimelineCursor(target, &s) }
}

/// `t 2024-10`: the first event at or after the start of that year, month or day.
func goToDate(_ text: String, _ s: inout State) {
    guard let target = parseDateStart(text) else {
        s.message = "not a date: '\(text)' — type 2024, 2024-10 or 2024-10-18"
        return
    }
    let hit = s.view.events.indices.first { i in
        guard s.view.events.indices.contains(i) else { return false }
        let e = s.corpus.event(s.view.events[i])
        guard !CorpusView.isUndated(e), let last = e.lastDay ?? e.firstDay else { return false }
        return last >= target
    }
    guard let hit else {
        s.message = "no event on or after \(target)"
        return
    }
    setTimelineCursor(hit, &s)
}

/// `2024` → 2024-01-01, `2024-10` → 2024-10-01, `2024-10-18` as is.
func parseDateStart(_ text: String) -> CivilDate? {
    let parts = text.trimmingCharacters(in: " ").split(separator: "-").map(String.init)
    guard (1...3).contains(parts.count), let y = Int(parts[0]), parts[0].count == 4 else { return nil }
    let m = parts.count > 1 ? Int(parts[1]) : 1
    let d = parts.count > 2 ? Int(parts[2]) : 1
    guard let m, let d else { return nil }
    return CivilDate(year: y, month: m, day: d)
}

/// `2024` → the whole year, `2024-10` → the month, `2024-10-18` → the day, `A..B` → from A's
/// start to B's end.
func parseDateRange(_ text: String) -> ClosedRange<CivilDate>? {
    let t = text.trimmingCharacters(in: " ")
    if let r = t.range(of: "..") {
        guard let a = parseDateRange(String(t[..<r.lowerBound])), let b = parseDateRange(String(t[r.upperBound...])),
              a.lowerBound <= b.upperBound else { return nil }
        return a.lowerBound...b.upperBound
    }
    guard let start = parseDateStart(t) else { return nil }
    let parts = t.split(separator: "-").count
    let end: CivilDate?
    switch parts {
    case 1: end = CivilDate(year: start.year, month: 12, day: 31)
    case 2: end = CivilDate(year: start.year, month: start.month, day: CivilDate.daysIn(month: start.month, year: start.year))
    default: end = start
    }
    return end.map { start...$0 }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
