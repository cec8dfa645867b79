import Testing
@testable import NewsModel

@Suite("Calendar")
struct CalendarTests {
    @Test func impossibleDatesAreRejected() {
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2024, month: 13, day: 1) == nil)
        #expect(CivilDate(year: 2024, month: 4, day: 31) == nil)
        #expect(CivilDate(year: 2024, month: 10, day: 0) == nil)
    }

    @Test func weekdaysAndDayNumbers() {
        #expect(CivilDate(year: 2024, month: 10, day: 21)!.weekday == 1)  // Monday
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 1998, month: 1, day: 14)!.weekday == 3)  // Wednesday
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func addingMonthsClampsToTheMonthEnd() {
        #expect(CivilDate(year: 2024, month: 1, day: 31)!.adding(months: 1).description == "2024-02-29")
        #expect(CivilDate(year: 2024, month: 3, day: 15)!.adding(months: -3).description == "2023-12-15")
        #expect(CivilDate(year: 2024, month: 12, day: 1)!.adding(days: 31).description == "2025-01-01")
    }

    @Test func isoWeeks() {
        #expect(CivilDate(year: 2024, month: 10, day: 21)!.isoWeek == (2024, 43))
        #expect(CivilDate(year: 2021, month: 1, day: 3)!.isoWeek == (2020, 53))
        #expect(CivilDate(year: 2019, month: 12, day: 30)!.isoWeek == (2020, 1))
    }

    @Test(arguments: [
        ("2024-10-21", "2024-10-21"),
        ("2024-10-21T08:30:00Z", "2024-10-21"),
        ("2024-10-21T23:30:00-05:00", "2024-10-21"),
        ("2024-10-21 08:30:00.123+0900", "2024-10-21"),
        ("2024/10/21", "2024-10-21"),
        ("Mon, 21 Oct 2024 08:30:00 GMT", "2024-10-21"),
        ("21 October 2024", "2024-10-21"),
        ("October 21, 2024", "2024-10-21"),
        ("Oct. 21, 2024", "2024-10-21"),
        ("1729468800", "2024-10-21"),
        ("1729468800000", "2024-10-21"),
    ])
    func publicationDates(text: String, expected: String) {
        #expect((try? PublicationDate.parse(text).get())?.description == expected)
    }

    @Test func badPublicationDates() {
        #expect(PublicationDate.parse("2024-13-45") == .failure(.impossible("2024-13-45")))
        #expect(PublicationDate.parse("February 30, 2024") == .failure(.impossible("February 30, 2024")))
        #expect(PublicationDate.parse("2024-10-21Tnoon") == .failure(.malformed("2024-10-21Tnoon")))
        #expect(PublicationDate.parse("soon") == .failure(.malformed("soon")))
        #expect(PublicationDate.parse("") == .failure(.malformed("")))
    }
}
