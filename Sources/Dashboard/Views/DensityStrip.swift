import NewsModel

/// Events per day, week or month across the timeline's width as block characters, with the
/// timeline cursor's bucket marked on the axis line below and the span's ends labelled.
enum DensityStrip {
    enum Unit: Equatable {
        case days(Int)
        case months(Int)

        var label: String {
            switch self {
            case .days(1): return "per day"
            case .days(7): return "per week"
            case .days(let n): return "per \(n) days"
            case .months(1): return "per month"
            case .months(3): return "per quarter"
            case .months(6): return "per half-year"
            case .months(12): return "per year"
            case .months(let n) where n % 12 == 0: return "per \(n / 12) years"
            case .months(let n): return "per \(n) months"
            }
        }
    }

    struct Buckets: Equatable {
        var counts: [Int]
        var unit: Unit
        var first: CivilDate
        var last: CivilDate
        /// Events before `first` and after `last`, left out of the strip.
        var before = 0
        var after = 0
    }

    /// The span the strip covers: every day, unless a few far-off dates (history, "the 1970s")
    /// would squeeze the news into one bar — then the middle 96% of them. `day(i)` is the
    /// i-th of `n` day numbers in ascending order.
    static func span(_ n: Int, _ day: (Int) -> Int) -> (CivilDate, CivilDate)? {
        guard n > 0 else { return nil }
        let first = CivilDate(dayNumber: day(0)), last = CivilDate(dayNumber: day(n - 1))
        guard n >= 20 else { return (first, last) }
        let lo = day(n * 2 / 100), hi = day(n - 1 - n * 2 / 100)
        let full = day(n - 1) - day(0), core = hi - lo
        return full > 4 * max(core, 30) ? (CivilDate(dayNumber: lo), CivilDate(dayNumber: hi)) : (first, last)
    }

    /// The smallest calendar unit — day, week, month, quarter, half-year, year or whole years —
    /// that fits `width` buckets.
    static func buckets(_ all: [CivilDate], width: Int) -> Buckets? {
        let sorted = all.map(\.dayNumber).sorted()
        return buckets(sorted.count, { sorted[$0] }, width: width)
    }

    /// The same over `n` ascending day numbers: each bucket is counted by two binary searches,
    /// so the cost grows with the width, not with the events.
    static func buckets(_ n: Int, _ day: (Int) -> Int, width: Int) -> Buckets? {
        guard let (first, last) = span(n, day), width > 0 else { return nil }
        /// The number of days below `d`.
        func below(_ d: Int) -> Int { BinarySearch.first(in: 0..<n) { day($0) >= d } }
        let before = below(first.dayNumber), after = n - below(last.dayNumber + 1)
        let span = last.dayNumber - first.dayNumber + 1
        let months = (last.year - first.year) * 12 + last.month - first.month + 1
        let unit: Unit
        if span <= width {
            unit = .days(1)
        } else if (span + 6) / 7 <= width {
            unit = .days(7)
        } else {
            let steps = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200]
            let step = steps.first { (months + $0 - 1) / $0 <= width } ?? (months + width - 1) / width
            unit = .months(step)
        }
        let count = index(last, first: first, unit: unit) + 1
        // Where each bucket starts, as a day number.
        func start(_ k: Int) -> Int {
            if k == 0 { return first.dayNumber }
            switch unit {
            case .days(let d): return first.dayNumber + k * d
            case .months(let m):
                return CivilDate(year: first.year, month: first.month, day: 1)!.adding(months: k * m).dayNumber
            }
        }
        var counts = [Int](repeating: 0, count: count)
        var lower = before
        for k in 0..<count {
            let upper = k == count - 1 ? n - after : below(start(k + 1))
            counts[k] = upper - lower
            lower = upper
        }
        return Buckets(counts: counts, unit: unit, first: first, last: last, before: before, after: after)
    }

    static func index(_ d: CivilDate, first: CivilDate, unit: Unit) -> Int {
        switch unit {
        case .days(let n): return (d.dayNumber - first.dayNumber) / n
        case .months(let n): return ((d.year - first.year) * 12 + d.month - first.month) / n
        }
    }

    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func draw(_ s: State, in rect: Rect, on screen: inout Screen) {
        let v = s.view
        guard let b = buckets(v.datedRows, { v.dayNumber(atRow: $0) }, width: rect.width) else {
            screen.put("no dated events", x: rect.x, y: rect.y, role: .dim, limit: rect.width)
            return
        }
        let peak = b.counts.max() ?? 1
        // Each bucket as wide as the pane allows, so the strip spans it.
        let cell = max(1, rect.width / max(1, b.counts.count))
        var strip = ""
        for c in b.counts {
            let ch: Character = c == 0 ? " " : blocks[min(blocks.count - 1, (c * blocks.count - 1) / max(1, peak))]
            strip += String(repeating: ch, count: cell)
        }
        screen.put(strip, x: rect.x, y: rect.y, role: .density, limit: rect.width)
        // The axis: the cursor's place, then the first and last day and the unit where they fit.
        let axis = rect.y + 1
        let used = min(rect.width, b.counts.count * cell)
        var marker: Int?
        if let d = day(s, s.cursor(.timeline)) {
            // Outside the strip: the marker sits on its edge.
            let clamped = min(max(d, b.first), b.last)
            let i = index(clamped, first: b.first, unit: b.unit) * cell + cell / 2
            if i < rect.width { marker = rect.x + i }
        }
        func free(_ x: Int, _ text: String) -> Bool {
            guard let m = marker else { return true }
            return m < x - 1 || m > x + TextWidth.width(text)
        }
        let left = (b.before > 0 ? "‹\(b.before) " : "") + b.first.description
        let right = b.last.description + (b.after > 0 ? " \(b.after)›" : "")
        let unit = b.unit.label
        let rightX = rect.x + used - TextWidth.width(right)
        let hasRight = TextWidth.width(left) + TextWidth.width(right) + 2 <= used && free(rightX, right)
        if free(rect.x, left) { screen.put(left, x: rect.x, y: axis, role: .dim, limit: rect.width) }
        if hasRight { screen.put(right, x: rightX, y: axis, role: .dim) }
        let mid = rect.x + (used - TextWidth.width(unit)) / 2
        if mid > rect.x + TextWidth.width(left), mid + TextWidth.width(unit) < rightX, free(mid, unit) {
            screen.put(unit, x: mid, y: axis, role: .dim)
        }
        if let m = marker {
            screen.put("▲", x: m, y: axis, role: .marker)
            screen.restyle(x: m - cell / 2, y: rect.y, width: cell, role: .marker)
        }
    }
}
