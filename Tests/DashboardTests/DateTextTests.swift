import Testing
@testable import Dashboard
import NewsModel

/// Dates on screen come from typed values, never from TIMEX text.
@Suite("Date text")
struct DateTextTests {
    let oct8 = CivilDate(year: 2024, month: 10, day: 8)!, oct13 = CivilDate(year: 2024, month: 10, day: 13)!
    let nov2 = CivilDate(year: 2024, month: 11, day: 2)!

    @Test func pointsReadAsPeopleWriteThem() {
        #expect(DateText.value(.day(oct8)) == "2024-10-08")
        #expect(DateText.value(.partOfDay(oct8, .night)) == "2024-10-08 night")
        #expect(DateText.value(.partOfDay(oct8, .day)) == "2024-10-08 daytime")
        #expect(DateText.value(.clock(oct8, hour: 9, minute: 5)) == "2024-10-08 09:05")
        #expect(DateText.value(.month(year: 2024, month: 3)) == "2024-03")
    }

    @Test func noTIMEXCodeReachesTheScreen() {
        #expect(DateText.value(.week(year: 2024, week: 13)) == "week of 2024-03-25")
        #expect(DateText.value(.weekend(year: 2024, week: 10)) == "weekend of 2024-03-09")
        #expect(DateText.value(.weekend(year: 2024, week: 10), compact: true) == "wknd 2024-03-09")
        #expect(DateText.value(.decade(199)) == "1990s" && DateText.value(.decade(195)) == "1950s")
        #expect(DateText.value(.century(19)) == "20th century" && DateText.value(.century(20)) == "21st century")
        #expect(DateText.value(.quarter(year: 2024, quarter: 3)) == "2024-Q3")
        #expect(DateText.value(.half(year: 2024, half: 1)) == "H1 2024")
        #expect(DateText.value(.season(year: 2024, .summer)) == "summer 2024")
        #expect(DateText.value(.season(year: 2024, .winter)) == "winter 2024-25")
        #expect(DateText.value(.clock(oct8, hour: 24, minute: 0)) == "2024-10-08 24:00")
        #expect(DateText.value(.vague(.future)) == "soon")
        // Nothing TIMEX-shaped in any of them: no T, W, X or bare codes.
        let shown = [TimexValue.partOfDay(oct8, .night), .week(year: 2024, week: 13), .weekend(year: 2024, week: 10),
                     .century(19), .decade(199), .season(year: 2024, .fall)].map { DateText.value($0) }
        for s in shown { #expect(!s.contains("T") && !s.contains("-W") && !s.contains("X") && !s.contains("SU"), "\(s)") }
    }

    @Test func theDateColumnKeepsOneWidthWhileScrolling() {
        var s = Fixtures.state(corpus: PlaceKeepingTests.examples)
        func summaryColumn(_ s: State) -> Set<Int> {
            // Where the summary starts on each timeline row: right after the fixed date column.
            let rows = Fixtures.lines(render(s, size: s.size)).dropFirst(4).prefix(12)
            return Set(rows.compactMap { line -> Int? in
                let chars = Array(line)
                guard chars.first == "┃" else { return nil }
                return (1..<min(chars.count, 40)).first { k in chars[k - 1] == " " && chars[k] != " " && k > 10 }
            })
        }
        let before = summaryColumn(s)
        for k in Fixtures.keys("j j j j j j j j j j j j") { s = update(s, .key(k)) }
        #expect(before.count == 1 && summaryColumn(s) == before)
    }

    @Test func rangesKeepOnlyWhatDiffersAtTheEnd() {
        #expect(DateText.range(.day(oct8), .day(oct13)) == "2024-10-08..13")
        #expect(DateText.range(.day(oct8), .day(nov2)) == "2024-10-08..11-02")
        #expect(DateText.range(.day(oct8), .day(CivilDate(year: 2025, month: 1, day: 3)!)) == "2024-10-08..2025-01-03")
        // Ends of different kinds: the days they span.
        #expect(DateText.range(.week(year: 2024, week: 10), .day(oct8)) == "2024-03-04..10-08")
        #expect(DateText.range(.month(year: 2024, month: 6), .month(year: 2024, month: 8)) == "2024-06..08")
        #expect(DateText.range(.month(year: 2023, month: 11), .month(year: 2024, month: 2)) == "2023-11..2024-02")
        #expect(DateText.range(.quarter(year: 2024, quarter: 1), .quarter(year: 2024, quarter: 3)) == "2024-Q1..Q3")
        #expect(DateText.range(.partOfDay(oct8, .morning), .partOfDay(oct8, .evening)) == "2024-10-08 morning..evening")
    }

    @Test func eventsCarryTypedValuesAndLabelsComeFromThem() throws {
        let a = ArticleAnalyzer.article(id: "a", path: "a.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                        text: "Talks ran from Oct. 8 to Oct. 13 in Geneva. Shelling resumed on Friday night.")
        let range = try #require(a.events.first { $0.granularity == .range })
        #expect(range.startValue == .day(oct8) && range.endValue == .day(oct13))
        #expect(range.start == "2024-10-08" && range.end == "2024-10-13")
        #expect(TimelineView.dateLabel(range) == "2024-10-08..13")
        let night = try #require(a.events.first { $0.startValue?.granularity == .time })
        #expect(night.start == "2024-10-18TNI")
        #expect(TimelineView.dateLabel(night) == "2024-10-18 night")
        // Undated article: its expressions keep their TIMEX text as underspecified values.
        let undated = ArticleAnalyzer.article(id: "u", path: "u.txt", date: nil, text: "The vote is on Oct. 8.")
        let e = try #require(undated.events.first)
        #expect(e.startValue == .underspecified("XXXX-10-08"))
        #expect(TimelineView.dateLabel(e) == "undated")
    }
}
