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

    @Test func rangesKeepOnlyWhatDiffersAtTheEnd() {
        #expect(DateText.range(.day(oct8), .day(oct13)) == "2024-10-08..13")
        #expect(DateText.range(.day(oct8), .day(nov2)) == "2024-10-08..2024-11-02")
        #expect(DateText.range(.month(year: 2024, month: 6), .month(year: 2024, month: 8)) == "2024-06..08")
        #expect(DateText.range(.month(year: 2023, month: 11), .month(year: 2024, month: 2)) == "2023-11..2024-02")
        #expect(DateText.range(.quarter(year: 2024, quarter: 1), .quarter(year: 2024, quarter: 3)) == "2024-Q1..Q3")
        #expect(DateText.range(.partOfDay(oct8, .morning), .partOfDay(oct8, .evening)) == "2024-10-08 morning..evening")
    }

    @Test func eventsCarryTypedValuesAndLabelsComeFromThem() throws {
        let a = Article(id: "a", path: "a.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                        text: "Talks ran from Oct. 8 to Oct. 13 in Geneva. Shelling resumed on Friday night.")
        let range = try #require(a.events.first { $0.granularity == .range })
        #expect(range.startValue == .day(oct8) && range.endValue == .day(oct13))
        #expect(range.start == "2024-10-08" && range.end == "2024-10-13")
        #expect(TimelineView.dateLabel(range) == "2024-10-08..13")
        let night = try #require(a.events.first { $0.startValue?.granularity == .time })
        #expect(night.start == "2024-10-18TNI")
        #expect(TimelineView.dateLabel(night) == "2024-10-18 night")
        // Undated article: its expressions keep their TIMEX text as underspecified values.
        let undated = Article(id: "u", path: "u.txt", date: nil, text: "The vote is on Oct. 8.")
        let e = try #require(undated.events.first)
        #expect(e.startValue == .underspecified("XXXX-10-08"))
        #expect(TimelineView.dateLabel(e) == "undated")
    }
}
