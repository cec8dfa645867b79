import Foundation
import Testing
@testable import NewsModel

/// The quantity extractor on sentences of our own: the numbers it reads, how they are
/// bounded, what they count, who claims them — and the numbers it must leave alone.
@Suite("Quantities: numbers, bounds, what is counted, claims and tracks")
struct QuantityTests {
    private func article(_ text: String, date: String = "2024-10-21") -> Article {
        ArticleAnalyzer.article(id: "q", path: "q.txt", date: CivilDate(iso: date), text: text)
    }

    private func quantities(_ text: String) -> [Quantity] { article(text).quantities }

    /// The only quantity of a sentence (fails when there is not exactly one).
    private func one(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Quantity {
        let qs = quantities(text)
        #expect(qs.count == 1, "expected one quantity in \"\(text)\", found \(qs.count)", sourceLocation: sourceLocation)
        return try #require(qs.first, sourceLocation: sourceLocation)
    }

    private func value(_ text: String) -> Double? { quantities(text).first?.value }

    /// The shipped word lists read without a complaint (a typo in a role is caught here).
    @Test func resourceFilesReadCleanly() {
        #expect(QuantityLexicon.standard.problems.isEmpty, "\(QuantityLexicon.standard.problems)")
        #expect(Gazetteer.standard.problems.isEmpty, "\(Gazetteer.standard.problems)")
        #expect(QuantityLexicon.standard.phrases["more than"]?.bound == .min)
    }

    // MARK: numbers

    @Test func digitsWithSeparatorsAndDecimals() throws {
        #expect(value("Officials counted 1,500 refugees at the border.") == 1500)
        #expect(value("The river rose 2.5 meters overnight.") == 2.5)
        #expect(value("Crews cleared 13 000 tonnes of debris.") == 13000)
        #expect(value("The fund holds 1,234,567 shares of the firm.") == 1_234_567)
    }

    @Test func numbersInWords() throws {
        #expect(value("Twenty-five soldiers were wounded in the attack.") == 25)
        #expect(value("Police arrested a dozen protesters outside parliament.") == 12)
        #expect(value("The city expects half a million visitors for the festival.") == 500_000)
        #expect(value("The register lists three hundred and six candidates.") == 306)
        #expect(value("Two thousand workers joined the strike.") == 2000)
    }

    @Test func scaledNumbers() throws {
        #expect(value("About 1.2 million people live in the valley.") == 1_200_000)
        #expect(value("The government approved $3 billion for new schools.") == 3_000_000_000)
        #expect(value("The deal is worth 3bn euros to the company.") == 3_000_000_000)
        #expect(value("The charity raised 10k dollars in one night.") == 10_000)
        #expect(value("Exports reached 4.5 mln tons of grain.") == 4_500_000)
    }

    @Test func percentages() throws {
        let q = try one("Unemployment fell to 12 percent in the north.")
        #expect(q.value == 12 && q.unit == "percent" && q.category == .percent)
        let p = try one("Turnout was 64% among young voters.")
        #expect(p.value == 64 && p.unit == "percent")
        #expect(try one("Prices rose 3.1 per cent last month.").unit == "percent")
        let b = try one("The central bank raised its rate by 25 basis points.")
        #expect(b.value == 25 && b.unit == "basis points" && b.category == .percent)
    }

    @Test func moneyWithCurrency() throws {
        #expect(try one("The ministry spent $4.5 billion on roads.").unit == "USD")
        #expect(try one("Brussels pledged €250 million for reconstruction.").unit == "EUR")
        #expect(try one("The club paid £20 million for the striker.").unit == "GBP")
        let won = try one("Seoul set aside 500 billion won for the chip plan.")
        #expect(won.unit == "KRW" && won.value == 500_000_000_000 && won.category == .money)
        #expect(try one("The bank fined the exporter 2 million rubles.").unit == "RUB")
        #expect(try one("The province invested 15 billion yuan in railways.").unit == "CNY")
        #expect(try one("Shares closed at 88.30 U.S. dollars on Tuesday.").unit == "USD")
        let hk = try one("The gold price rose 35 HK dollars overnight.")
        #expect(hk.unit == "HKD")
    }

    @Test func measuresWithUnits() throws {
        let km = try one("The convoy drove 300 km to the coast.")
        #expect(km.value == 300 && km.unit == "km" && km.category == .distance)
        #expect(try one("The storm moved 5 miles inland.").unit == "mi")
        let t = try one("The ship carried 40 tons of rice to the port.")
        #expect(t.unit == "t" && t.category == .weight && t.what == "rice")
    }

    @Test func ranges() throws {
        let a = try one("Between 1,000 and 2,000 people fled the town.")
        #expect(a.bound == .range && a.low == 1000 && a.high == 2000 && a.unit == "people")
        let b = try one("The army sent 10,000 to 12,000 troops to the border.")
        #expect(b.bound == .range && b.low == 10000 && b.high == 12000 && b.category == .militaryPersonnel)
        let c = try one("Each team fields 10-12 players in the league.")
        #expect(c.bound == .range && c.low == 10 && c.high == 12)
        let d = try one("Inflation will stay within 2 to 3 percent next year.")
        #expect(d.bound == .range && d.unit == "percent")
        // A change and a level are two figures, not a range.
        let e = quantities("Sales of rice fell by 4.2 percent to 45.3 billion yen.")
        #expect(e.count == 2 && e.allSatisfy { $0.bound != .range })
        // ...and the scale of the level is not the change's: 1.8 percent, not 1.8 billion.
        let f = quantities("Sales of clothing rose 1.8 percent to 180.3 billion yen.")
        #expect(f.map(\.value) == [1.8, 180_300_000_000])
        // Two figures of one unit share its scale.
        let g = quantities("It raised costs from 10 to 20 billion dollars.")
        #expect(g.first?.value == 10_000_000_000 && g.first?.unit == "USD")
    }

    @Test func vagueAmountsCarryTheirMagnitude() throws {
        let a = try one("Thousands of residents fled the fighting.")
        #expect(a.bound == .vague && a.value == 1000 && a.low == 2000 && a.unit == "residents")
        #expect(try one("Hundreds of families lost their homes.").value == 100)
        let c = try one("Tens of thousands of people marched through the capital.")
        #expect(c.bound == .vague && c.value == 10000)
        #expect(try one("Dozens of vehicles were stranded.").value == 10)
        let e = try one("Several journalists were detained.")
        #expect(e.bound == .vague && e.what == "journalists detained" && e.unit == "journalists")
        // A number after "of" is the count itself, or the word a noun: no vague amount.
        #expect(quantities("He failed again after scores of 12 and 11 in the first match.").allSatisfy { $0.bound != .vague })
        #expect(try one("Scores of people were hurt.").value == 10)
    }

    // MARK: bounds

    @Test(arguments: [
        ("around", Quantity.Bound.approx), ("about", .approx), ("roughly", .approx), ("some", .approx), ("nearly", .approx),
        ("an estimated", .approx), ("more than", .min), ("over", .min), ("at least", .min), ("upwards of", .min),
        ("fewer than", .max), ("up to", .max), ("at most", .max), ("under", .max),
    ])
    func boundWords(_ words: String, _ bound: Quantity.Bound) throws {
        let q = try one("Officials said \(words) 300 migrants reached the island.")
        #expect(q.bound == bound && q.value == 300)
        switch bound {
        case .min: #expect(q.low == 300 && q.high == nil)
        case .max: #expect(q.high == 300 && q.low == nil)
        default: #expect(q.low == 300 && q.high == 300)
        }
    }

    @Test func boundsAfterTheNumber() throws {
        #expect(try one("The blast damaged 60 houses or more.").bound == .min)
        #expect(try one("A 60-plus nation coalition backs the plan.").bound == .min)
        #expect(try one("The crowd of 500 people or so waited.").bound == .approx)
    }

    @Test func changesAreNotBoundsOrRanges() throws {
        // A verb moves the figure: "up to" is no upper bound here.
        let up = try #require(quantities("Mortgage rates nudged up to 5.81 percent from 5.76 percent.").first)
        #expect(up.bound == .exact && up.value == 5.81)
        // A percent and the level it reached are two figures.
        let q = quantities("The DAX fell 0.57 percent to 5,081.46 points on Monday.")
        #expect(q.count == 2 && q[0].bound == .exact && q[0].unit == "percent" && q[1].value == 5081.46)
        // Counted things are bounded after other verbs, and moved only by verbs of movement.
        #expect(try one("The blasts killed over 60 people in the city.").bound == .min)
        #expect(try one("The strike killed up to 80 civilians in the village.").bound == .max)
        #expect(try one("There were over 62,000 students in the country.").bound == .min)
        #expect(try one("Membership rose over 900 members last year.").bound == .exact)
    }

    @Test func wireCopyQuirks() throws {
        // A stray space after a thousands comma, and a scale fused to its currency.
        #expect(try one("About 2, 875 U.S. soldiers have been killed in the war.").value == 2875)
        let fused = try one("They signed a 5.3 million-US dollar financing agreement.")
        #expect(fused.value == 5_300_000 && fused.unit == "USD")
    }

    // MARK: what is counted

    @Test func theCountedPhraseAndItsHead() throws {
        let q = try one("Around 1,500 North Korean special forces soldiers have been stationed in Russia.")
        #expect(q.what == "North Korean special forces soldiers" && q.unit == "soldiers" && q.category == .militaryPersonnel)
        let c = try one("Pyongyang provided more than 13,000 containers' worth of artillery shells since August.")
        #expect(c.unit == "containers" && c.what == "containers' worth of artillery shells" && c.category == .weapons)
        #expect(try one("The blast killed 12 civilians near the market.").category == .people)
        #expect(try one("Engineers repaired 40 bridges after the floods.").category == .other)
        // The phrase stops at the verb after its head.
        #expect(try one("Near the river, five strikes engaged an enemy unit.").what == "strikes")
        #expect(try one("At least 35 more innocent civilians died.").what == "innocent civilians")
    }

    // MARK: robustness

    @Test func numbersTooLargeKeepTheirTextWithoutAValue() throws {
        let big = try one("The model printed 1e400 particles in the log.")
        #expect(big.value == nil && article("The model printed 1e400 particles in the log.").slice(big.amount) == "1e400")
        let digits = String(repeating: "7", count: 500)
        let long = try one("The counter showed \(digits) particles before it failed.")
        #expect(long.value == nil)
        // Huge values still print: as words up to trillions, then in scientific form.
        let huge = try one("The model printed 1e300 dollars of debt.")
        #expect(huge.value == 1e300)
        #expect(huge.display(amountText: "1e300 dollars") == "$1e+300")
        #expect(Quantity.compact(4.5e20) == "4.5e+20" && Quantity.format(2.5e13) == "25 trillion")
        // Nothing in the text stalls the extractor: a long run of numbers and symbols.
        let noise = String(repeating: "9,999 - $ % 1.2 million, ", count: 2000)
        #expect(article(noise).quantities.count < 10_000)
    }

    // MARK: not quantities

    @Test(arguments: [
        "The summit opened on Oct. 8, 2024 in Geneva.",
        "The law was passed in 1997 after a long debate.",
        "The ministers met at 10:30 a.m. in the capital.",
        "She finished 3rd in the final round.",
        "John Smith, 45, was arrested on Monday.",
        "The G7 leaders met in Italy.",
        "COVID-19 cases fell in the region.",
        "The council passed Resolution 2231 without a vote.",
        "Flight 17 was shot down over the region.",
        "The report is on page 12 of the annex.",
        "Call the embassy on +44 20 7008 1500 for help.",
        "One of the suspects fled the scene.",
        "Arsenal beat Chelsea 2-1 at home.",
        "The two leaders discussed trade.",
        "The bid valued the bank at about 2.6 times net tangible assets.",
        "The party courts the newest generation of 30-40 year-olds.",
        "The survey found that one in five lacks basic skills.",
        "There is only one way to end this conflict.",
    ])
    func leavesAlone(_ sentence: String) {
        let found = quantities(sentence)
        #expect(found.isEmpty, "\(sentence) → \(found.map { article(sentence).slice($0.span) })")
    }

    // MARK: claims and events

    @Test func claimedBy() throws {
        let a = try one("Around 1,500 soldiers are in Russia, according to South Korea's National Intelligence Service.")
        #expect(a.claimedBy == "national-intelligence-service")
        let b = try one("The United Nations said 2,000 people were displaced.")
        #expect(b.claimedBy == "united-nations")
        let c = try one("Nearly 300 homes were destroyed, the Red Cross estimated.")
        #expect(c.claimedBy == "international-committee-of-the-red-cross" || c.claimedBy?.contains("red-cross") == true)
        #expect(try one("About 300 homes were destroyed in the storm.").claimedBy == nil)
    }

    @Test func theEventOfTheSentence() throws {
        let a = article("Officials said on Friday that 400 people were evacuated. Rain continued.")
        let q = try #require(a.quantities.first)
        let e = try #require(q.event)
        #expect(a.events[e].start == "2024-10-18")
        #expect(a.events[e].quantities == [0])
        let undated = try one("Officials said that 400 people were evacuated.")
        #expect(undated.event == nil)
    }

    // MARK: tracks

    @Test func figuresOfOneThingAcrossArticlesFormATrack() throws {
        let articles = [
            ArticleAnalyzer.article(id: "a", path: "a.txt", date: CivilDate(iso: "2024-10-18"),
                    text: "Around 1,500 North Korean soldiers have arrived in Russia, Seoul said."),
            ArticleAnalyzer.article(id: "b", path: "b.txt", date: CivilDate(iso: "2024-10-23"),
                    text: "About 3,000 North Korean troops are now training in Russia, officials said."),
            ArticleAnalyzer.article(id: "c", path: "c.txt", date: CivilDate(iso: "2024-10-28"),
                    text: "Some 10,000 North Korean troops have been sent to Russia. Ukraine lost 40 tanks."),
        ]
        let corpus = Corpus(articles: articles)
        #expect(corpus.tracks.count == 1)
        let t = try #require(corpus.tracks.first)
        #expect(t.about == ["north-korea"] && t.unit == "troops")
        #expect(t.members.map { corpus.quantity($0).value } == [1500, 3000, 10000])
        // The tanks count something else and stay out of the track.
        let tanks = try #require(corpus.quantities.first { corpus.quantity($0).unit == "tanks" })
        #expect(corpus.trackOf[tanks] == nil)
        // A filter on the country finds all three figures through the index.
        #expect(corpus.quantities(ofActor: "north-korea").count == 3)
    }

    // MARK: the seed article

    @Test(.enabled(if: SharedData.seed != nil, "needs ../shared/seed beside the checkout"))
    func seedQuantitiesMatchTheAnalystsTable() throws {
        let corpus = ArticleLoader.loadCorpus(paths: [SharedData.seed!])
        let a = try #require(corpus.articles.first)
        #expect(a.quantities.count == 3)
        let texts = a.quantities.map { a.slice($0.span) }
        #expect(texts.first == "thousands of soldiers")
        let vague = a.quantities[0]
        #expect(vague.bound == .vague && vague.value == 1000 && vague.low == 2000 && vague.unit == "soldiers")
        #expect(vague.about == ["north-korea"])
        let claimant = try #require(vague.claimedBy)
        #expect(claimant == "south-korea" || corpus.actors[claimant]?.affiliation == "south-korea")
        let troops = a.quantities[1]
        #expect(texts[1] == "Around 1,500 North Korean special forces soldiers")
        #expect(troops.value == 1500 && troops.bound == .approx && troops.claimedBy == "national-intelligence-service")
        let shells = a.quantities[2]
        #expect(texts[2].hasPrefix("more than 13,000 containers"))
        #expect(shells.value == 13000 && shells.bound == .min && shells.unit == "containers")
        #expect(shells.claimedBy == "national-intelligence-service")
        // Not quantities: the dates, "first contingent", "multiple resolutions".
        for q in a.quantities {
            let t = a.slice(q.span)
            #expect(!t.contains("Oct.") && !t.contains("first") && !t.contains("multiple"))
        }
    }
}
