import Testing
@testable import NewsModel

/// One table per quantity rule that a word class of `words.tsv` decides: sentences each rule
/// reads (the figure's text and value, low and high) and sentences it must leave alone.
@Suite("Quantity rules, one by one")
struct QuantityRuleTests {
    static func quantities(_ text: String) -> [Quantity] {
        ArticleAnalyzer.article(id: "q", path: "q.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: text).quantities
    }

    /// (text, value, low, high) of each figure.
    static func read(_ text: String) -> [String] {
        let a = ArticleAnalyzer.article(id: "q", path: "q.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: text)
        return a.quantities.map { q in
            let n: (Double?) -> String = { $0.map { Quantity.format($0) } ?? "-" }
            return "\(a.slice(q.span)) = \(n(q.value)) [\(n(q.low))…\(n(q.high))] \(q.unit ?? "-")"
        }
    }

    static func check(_ text: String, _ expected: [String]) {
        #expect(read(text) == expected, "\(text)")
    }

    @Test(arguments: [
        // readSecondNumber: range-between + conjunction-and, preposition-to
        ("Between 1,000 and 2,000 troops crossed the border.", ["1,000 and 2,000 troops = 1,000 [1,000…2,000] troops"]),
        ("Police said 10,000 to 12,000 people marched.", ["10,000 to 12,000 people = 10,000 [10,000…12,000] people"]),
        // range-or: close alternatives are a range; far apart or a list of references they are not
        ("Five or six rebels were killed.", ["Five or six rebels = 5 [5…6] rebels"]),
        ("Some 300 or 400 people marched.", ["Some 300 or 400 people = 300 [300…400] people"]),
        ("Voters chose 2254 or 2118.", []),
        // change-by: a change and a level, not a range
        ("Exports fell by 4.2 percent to 45.3 billion yen.",
         ["4.2 percent = 4.2 [4.2…4.2] percent", "45.3 billion yen = 45.3 billion [45.3 billion…45.3 billion] JPY"]),
    ] as [(String, [String])])
    func ranges(text: String, expected: [String]) { Self.check(text, expected) }

    @Test(arguments: [
        // readVague: vague-needs-magnitude, vague-needs-of, vague-needs-phrase
        ("Tens of thousands of people fled.", ["Tens of thousands of people = 10,000 [20,000…-] people"]),
        ("Scores of people were hurt.", ["Scores of people = 10 [40…-] people"]),
        ("Several soldiers were hurt.", ["Several soldiers = 1 [3…-] soldiers"]),
        // readWords: half-scale, scale-article
        ("The fund holds half a million dollars.", ["half a million dollars = 500,000 [500,000…500,000] USD"]),
        ("She had a dozen ideas.", ["a dozen ideas = 12 [12…12] ideas"]),
        // nounRun: additive, trailing-adjective
        ("Officials said 35 more civilians died.", ["35 more civilians = 35 [35…35] civilians"]),
        ("Officials found two people dead in the car.", ["two people = 2 [2…2] people"]),
        // weight-pound before "of"; money otherwise
        ("Police found 200 pounds of explosives.", ["200 pounds of explosives = 200 [200…200] lb"]),
        ("The budget rose by 500 pounds.", ["500 pounds = 500 [500…500] GBP"]),
    ] as [(String, [String])])
    func amounts(text: String, expected: [String]) { Self.check(text, expected) }

    @Test(arguments: [
        // age-word: an age, not a count (the soldiers still count)
        ("A man aged 45 and 300 soldiers were seen.", ["300 soldiers = 300 [300…300] soldiers"]),
        // coordinator after an identifier: the second of a list of references
        ("The council passed Resolutions 2254 and 2118 and sent 500 troops.", ["500 troops = 500 [500…500] troops"]),
        // multiplier: "three times" is no count
        ("Prices were three times higher than 40 dollars.", ["40 dollars = 40 [40…40] USD"]),
    ] as [(String, [String])])
    func leftAlone(text: String, expected: [String]) { Self.check(text, expected) }

    /// A two-word head noun names the category before its last word alone: a work force is
    /// people, not armed forces.
    @Test func aWorkForceIsPeople() {
        let q = Self.quantities("Indonesia has a 1.9 million work force and 300 soldiers.")
        #expect(q.map(\.category) == [.people, .militaryPersonnel])
    }

    @Test func levelParticlesMakeALevelNotABound() {
        // level-particle + copula: "was up to 5.5 percent" is the level reached.
        let up = Self.quantities("The rate was up to 5.5 percent last month.")
        #expect(up.count == 1 && up[0].bound == .exact && up[0].value == 5.5)
        // Without the particle "up to" bounds the figure.
        let bound = Self.quantities("They may hire up to 300 workers.")
        #expect(bound.count == 1 && bound[0].bound == .max && bound[0].value == 300)
    }
}
