import NewsModel

/// The day an event sits on in the timeline (nil for vague and undated ones).
func day(_ s: State, _ index: Int) -> CivilDate? { s.view.day(atRow: index) }

/// Moves the timeline cursor (from any pane); the other panes follow when `follow` is on.
func setTimelineCursor(_ index: Int, _ s: inout State) {
    s.cursors[.timeline] = index
    let focus = s.focus
    s.focus = .timeline
    selectionMoved(&s)
    s.focus = layout(s).mode == .wide ? focus : .timeline
    if let d = day(s, index) {
        let same = s.view.firstRow(onOrAfter: d.adding(days: 1)) - s.view.firstRow(onOrAfter: d)
        s.message = "\(d) — \(same) event\(same == 1 ? "" : "s")"
    }
}

/// `[ ]`, `{ }`, `g`/`G` on the timeline: by day and month, found by binary search over the
/// dated rows (which are in day order).
func jump(_ action: Action, _ s: inout State) {
    let v = s.view
    guard !v.events.isEmpty else {
        s.message = "no events in view"
        return
    }
    let c = s.cursor(.timeline)
    let dated = v.datedRows
    let here = day(s, c)
    var target: Int?
    switch action {
    case .firstEvent: target = 0
    case .lastEvent: target = dated > 0 ? dated - 1 : v.events.count - 1
    case .nextDate:
        if let h = here {
            let r = v.firstRow(onOrAfter: h.adding(days: 1))
            target = r < dated ? r : nil
        }
        if target == nil { s.message = "no later date" }
    case .previousDate:
        // The first row of the latest day before the cursor's (from an undated row: the last day).
        let end = here.map { v.firstRow(onOrAfter: $0) } ?? dated
        if end > 0, let d = day(s, end - 1) { target = v.firstRow(onOrAfter: d) }
        if target == nil { s.message = "no earlier date" }
    case .nextMonth:
        if let h = here, let next = CivilDate(year: h.year, month: h.month, day: 1)?.adding(months: 1) {
            let r = v.firstRow(onOrAfter: next)
            target = r < dated ? r : nil
        }
        if target == nil { s.message = "no later month" }
    case .previousMonth:
        let end = here.flatMap { CivilDate(year: $0.year, month: $0.month, day: 1) }.map { v.firstRow(onOrAfter: $0) } ?? dated
        if end > 0, let d = day(s, end - 1), let start = CivilDate(year: d.year, month: d.month, day: 1) {
            target = v.firstRow(onOrAfter: start)
        }
        if target == nil { s.message = "no earlier month" }
    default: return
    }
    if let target { setTimelineCursor(target, &s) }
}

/// `t 2024-10`: the first event that starts on or after the start of that year, month or
/// day (a year, decade or century counts by its first day, so `t 1997-04-15` never lands on
/// "1997" or "the 1900s").
func goToDate(_ text: String, _ s: inout State) {
    guard let target = parseDateStart(text) else {
        fail("not a date: '\(text)' — type 2024, 2024-10 or 2024-10-18", &s)
        return
    }
    let hit = s.view.firstRow(onOrAfter: target)
    let hidden = s.view.hiddenBackground > 0 ? " (background hidden: b shows it)" : ""
    guard hit < s.view.datedRows else {
        s.message = "no event on or after \(target)" + hidden
        return
    }
    setTimelineCursor(hit, &s)
    // Landing elsewhere than asked, with events hidden, says why.
    let typed = text.trimmingCharacters(in: " ")
    if !hidden.isEmpty, let day = s.corpus.event(s.view.events[hit]).firstDay, !day.description.hasPrefix(typed) {
        s.message = "nothing shown in \(typed): the next is \(day)" + hidden
    }
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
