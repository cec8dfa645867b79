import Foundation
import Testing
@testable import NewsModel

/// The actor extractor on sentences of our own: which actors come out, of what kind, named
/// where, and with what affiliation.
@Suite("Actors: mentions, coreference and affiliation")
struct ActorTests {
    private func article(_ text: String, gazetteer: Gazetteer = .standard) -> Article {
        ArticleAnalyzer.article(id: "t", path: "t.txt", date: CivilDate(iso: "2024-10-21"), text: text, gazetteer: gazetteer)
    }

    /// Each actor as "id:kind" with the texts of its mentions, in order of first mention.
    private func actors(_ text: String, gazetteer: Gazetteer = .standard) -> [String: [String]] {
        let a = article(text, gazetteer: gazetteer)
        var out: [String: [String]] = [:]
        for actor in a.actors { out["\(actor.id):\(actor.kind.rawValue)"] = actor.mentions.map { a.slice($0) } }
        return out
    }

    private func actor(_ id: String, in text: String) -> Actor? { article(text).actors.first { $0.id == id } }

    // MARK: mention families

    @Test func peopleWithAndWithoutTitles() {
        let found = actors("Russian President Vladimir Putin met Vice Foreign Minister Kim Hong-kyun. Mr. Smith stayed home.")
        #expect(found["vladimir-putin:person"] == ["Russian President Vladimir Putin"])
        #expect(found["kim-hong-kyun:person"] == ["Vice Foreign Minister Kim Hong-kyun"])
        #expect(found["smith:person"] == ["Mr. Smith"])
        #expect(found["russia:country"] == ["Russian"])
    }

    @Test func organizations() {
        let found = actors("""
            The National Intelligence Service (NIS) briefed the UN Security Council. The Russian Navy sailed \
            while Samsung and the Bank of England met the IMF in Geneva.
            """)
        // A determiner before a name is part of the mention, as in the text.
        #expect(found["national-intelligence-service:organization"] == ["The National Intelligence Service", "NIS"])
        #expect(found["un-security-council:organization"] == ["the UN Security Council"])
        #expect(found["russian-navy:organization"] == ["The Russian Navy"])
        #expect(found["samsung:organization"] == ["Samsung"])
        #expect(found["bank-of-england:organization"] == ["the Bank of England"])
        #expect(found["international-monetary-fund:organization"] == ["the IMF"])
        #expect(found["geneva:place"] == ["Geneva"])
    }

    @Test func countriesByNameDemonymAndSeatOfPower() {
        let found = actors("""
            North Korea sent troops. Pyongyang denied it, and North Korean officials were silent. The Kremlin \
            and Washington declined to comment.
            """)
        #expect(found["north-korea:country"] == ["North Korea", "Pyongyang", "North Korean"])
        #expect(found["russia:country"] == ["The Kremlin"])
        #expect(found["united-states:country"] == ["Washington"])
        // A country's officials are one group actor of it, affiliated to it.
        #expect(found["north-korea-government:organization"] == ["North Korean officials"])
    }

    @Test func places() {
        let found = actors("Authorities in Vladivostok, in Russia's Far East, said the port was closed.")
        #expect(found["vladivostok:place"] == ["Vladivostok"])
        #expect(found["far-east:place"] == ["Russia's Far East"])
        #expect(actor("far-east", in: "Troops moved to Russia's Far East.")?.affiliation == "russia")
    }

    @Test func groupsOfACountryOrOrganization() {
        let found = actors("Iraqi security forces and ISIL fighters clashed. The Russian government said so.")
        #expect(found["iraq-forces:organization"] == ["Iraqi security forces"])
        #expect(found["islamic-state-fighters:organization"] == ["ISIL fighters"])
        #expect(found["russia-government:organization"] == ["The Russian government"])
        // A verb between a country and a group noun makes no group.
        #expect(actors("North Korea sent troops.").keys.sorted() == ["north-korea:country"])
    }

    @Test(arguments: [
        "On Monday, officials met in October.",
        "Authorities said The ministry was closed.",
        "DEMOCRATS WIN CONTROL OF SENATE IN MIDTERMS",
        "The UN Charter was cited.",
    ])
    func notActors(text: String) {
        let ids = Set(article(text).actors.map(\.id))
        #expect(!ids.contains("monday") && !ids.contains("october") && !ids.contains("authorities"))
        #expect(!ids.contains("the") && !ids.contains("un-charter") && !ids.contains("democratic-party"))
        #expect(!ids.contains("us-senate"))
    }

    // MARK: canonical actors and coreference

    @Test func surnamesAndShortFormsFindTheFullName() {
        let a = article("Kim Jong Un met Xi Jinping in Beijing. Kim later flew home. Xi said China would help.")
        let kim = a.actors.first { $0.id == "kim-jong-un" }
        #expect(kim.map { $0.mentions.map(a.slice) } == ["Kim Jong Un", "Kim"])
        let xi = a.actors.first { $0.id == "xi-jinping" }
        #expect(xi.map { $0.mentions.map(a.slice) } == ["Xi Jinping", "Xi"])
        #expect(!a.actors.contains { $0.id == "kim" || $0.id == "xi" })
    }

    @Test func aShortFormWithNoAntecedentStaysItsOwnActor() {
        let a = article("Kim said nothing. Officials in Seoul were silent.")
        #expect(a.actors.contains { $0.id == "kim" && $0.kind == .person })
    }

    @Test func acronymsDescriptionsAndAliasesResolveToTheirName() {
        let text = """
            South Korea's National Intelligence Service (NIS) said North Korea had sent troops. The NIS said the \
            intelligence agency had photos. The Islamic State of Iraq and the Levant, also known as ISIL, attacked.
            """
        let found = actors(text)
        #expect(found["national-intelligence-service:organization"]
                == ["South Korea's National Intelligence Service", "NIS", "The NIS", "the intelligence agency"])
        #expect(found["islamic-state:organization"] == ["The Islamic State of Iraq and the Levant", "ISIL"])
        #expect(found["south-korea:country"] == ["South Korea"])
    }

    /// An acronym first seen after its name, with no brackets to define it: the initials of the
    /// name's words, small words left out, spell it.
    @Test func anAcronymSpelledByTheInitialsOfANameSeenBefore() {
        let found = actors("The Coastal Fishermen Alliance of Ghana met on Monday. Later the CFAG said talks would resume.")
        #expect(found.first { $0.key.hasPrefix("coastal-fishermen-alliance") }?.value.last == "the CFAG")
        #expect(!found.keys.contains { $0.hasPrefix("cfag") })
    }

    @Test func theNorthIsTheCountryNamedBefore() {
        let found = actors("North Korea tested a missile. Seoul said the North would face sanctions.")
        #expect(found["north-korea:country"] == ["North Korea", "North"])
        #expect(found["south-korea:country"] == ["Seoul"])
    }

    @Test func aTitleAloneFindsItsHolder() {
        let found = actors("Russian Defense Minister Andrei Belousov spoke. The minister said Moscow would not retreat.")
        #expect(found["andrei-belousov:person"] == ["Russian Defense Minister Andrei Belousov", "The minister"])
    }

    /// No holder named: the office itself is the actor, its name capitalized word by word
    /// (small words stay lower case, other text too).
    @Test func aTitleWithNoHolderIsTheOffice() {
        let a = article("The Foreign Secretary said talks would go on. Later the deputy head of mission agreed.")
        #expect(a.actors.first { $0.id == "foreign-secretary" }?.name == "Foreign Secretary")
        #expect(ActorResolver.capitalizeWords("deputy head of mission") == "Deputy Head of Mission")
        #expect(ActorResolver.capitalizeWords("  minister  FOR the interior ") == "Minister for the Interior")
        #expect(ActorResolver.capitalizeWords("vice président") == "Vice Président")
        #expect(ActorResolver.capitalizeWords("élu du peuple") == "Élu Du Peuple")
    }

    @Test func anAppositionGivesATitleItsPerson() {
        let a = article("Kim told the Russian ambassador in Seoul, Georgiy Zinoviev, that the move was a threat.")
        let z = a.actors.first { $0.id == "georgiy-zinoviev" }
        #expect(z.map { $0.mentions.map(a.slice) } == ["the Russian ambassador", "Georgiy Zinoviev"])
        #expect(z?.affiliation == "russia")
    }

    @Test func aGovernmentNamedTwoWaysIsOneActor() {
        let found = actors("The Government of Iraq said so. The Iraqi government later agreed.")
        #expect(found["government-of-iraq:organization"] == ["The Government of Iraq", "The Iraqi government"])
    }

    // MARK: affiliation

    @Test func affiliationsFromTheText() {
        #expect(actor("vladimir-putin", in: "Russian President Vladimir Putin spoke.")?.affiliation == "russia")
        #expect(actor("foreign-ministry-russia", in: "Russia's Foreign Ministry protested.")?.affiliation == "russia")
        #expect(actor("special-operations-forces-north-korea",
                      in: "North Korea's Special Operations Forces moved.")?.affiliation == "north-korea")
        // A minister with no country belongs to the country of the ministry of that portfolio.
        let text = "Vice Foreign Minister Kim Hong-kyun spoke, the South Korean Foreign Ministry said."
        #expect(actor("kim-hong-kyun", in: text)?.affiliation == "south-korea")
    }

    @Test func aCountryFilterIncludesItsPeopleAndOrganizations() {
        let a = ArticleAnalyzer.article(id: "a", path: "a.txt", date: CivilDate(iso: "2024-10-21"),
                        text: "Russian President Vladimir Putin spoke on Monday. Ukraine replied on Tuesday.")
        let corpus = Corpus(articles: [a])
        #expect(corpus.timeline.count == 2)
        func starts(_ actors: [String], _ mode: Corpus.FilterMode) -> [String?] {
            var f = Filters()
            f.actors = actors
            f.mode = mode
            return CorpusView(corpus: corpus, filters: f).events.map { corpus.event($0).start }
        }
        // Monday's event names Putin, who is Russia's: a filter on Russia keeps it.
        #expect(starts(["russia"], .all) == ["2024-10-21"])
        #expect(Set(starts(["russia", "ukraine"], .any)) == ["2024-10-21", "2024-10-15"])
        #expect(starts(["russia", "ukraine"], .all) == [])
        #expect(corpus.expandWithAffiliations(["vladimir-putin"]) == ["vladimir-putin", "russia"])
    }

    // MARK: across articles

    @Test func theSamePersonMergesAcrossArticles() {
        let one = ArticleAnalyzer.article(id: "one", path: "one.txt", date: CivilDate(iso: "2024-10-20"),
                          text: "Russian President Vladimir Putin met envoys.")
        let two = ArticleAnalyzer.article(id: "two", path: "two.txt", date: CivilDate(iso: "2024-10-21"),
                          text: "Vladimir Putin spoke. Putin later left Moscow.")
        let corpus = Corpus(articles: [one, two])
        let putin = corpus.actors["vladimir-putin"]
        #expect(putin?.mentionCount == 3)
        #expect(putin?.articleCount == 2)
        #expect(putin?.affiliation == "russia")
        #expect(corpus.actors["putin"] == nil)
    }

    // MARK: the aliases file

    @Test func aliasesFileParses() throws {
        let text = """
            # my aliases
            Hermit Kingdom = North Korea

            Storm Corps = Special Operations Forces   # the unit's nickname
            """
        let aliases = try AliasFile.parse(text, path: "aliases.txt").get()
        #expect(aliases == [
            AliasFile.Alias(alias: "Hermit Kingdom", canonical: "North Korea", line: 2),
            AliasFile.Alias(alias: "Storm Corps", canonical: "Special Operations Forces", line: 4),
        ])
    }

    @Test(arguments: [
        ("DPRK North Korea", 1, "no '='"),
        ("A = B\nX = Y = Z", 2, "found 2"),
        ("\n\n = North Korea", 3, "empty alias"),
        ("Pyongyang regime =   ", 1, "empty canonical name"),
        ("Seoul = seoul", 1, "names itself"),
    ])
    func malformedAliasLinesAreNamed(text: String, line: Int, reason: String) {
        switch AliasFile.parse(text, path: "my-aliases.txt") {
        case .success(let aliases):
            Issue.record("expected a failure, got \(aliases)")
        case .failure(let failure):
            #expect(failure.line == line)
            #expect(failure.reason.contains(reason))
            #expect(failure.description.hasPrefix("my-aliases.txt:\(line): "))
        }
    }

    @Test func userAliasesJoinKnownActorsAndMergeUnknownOnes() throws {
        let aliases = try AliasFile.parse("Hermit Kingdom = North Korea\nTeam Blue = Blue Brigade", path: "a.txt").get()
        let g = Gazetteer.standard.adding(aliases)
        let text = "The Hermit Kingdom fired a missile. The Blue Brigade advanced, and Team Blue held the bridge."
        let found = actors(text, gazetteer: g)
        #expect(found["north-korea:country"] == ["The Hermit Kingdom"])
        #expect(found["blue-brigade:organization"].map { $0.contains("Team Blue") } == true)
        // Without the file, the nickname is no country.
        #expect(actors(text)["north-korea:country"] == nil)
    }

    @Test func userAliasesMergeGroupActorsAndTheCountsAddUp() throws {
        let text = "Russian forces shelled Kharkiv on Monday. Russia denied it. Russian forces later withdrew."
        let plain = ArticleAnalyzer.article(id: "a", path: "a.txt", date: nil, text: text)
        let forces = try #require(plain.actors.first { $0.name == "Russian forces" })
        let russia = try #require(plain.actors.first { $0.id == "russia" })
        let merged = ArticleAnalyzer.article(id: "a", path: "a.txt", date: nil, text: text,
                             gazetteer: Gazetteer.standard.adding(try AliasFile.parse("Russian forces = Russia", path: "a.txt").get()))
        #expect(!merged.actors.contains { $0.name == "Russian forces" })
        let one = try #require(merged.actors.first { $0.id == "russia" })
        #expect(one.mentions.count == russia.mentions.count + forces.mentions.count)
        #expect(one.aliases.contains("Russian forces"))
        // Events name the merged actor.
        #expect(merged.events.allSatisfy { !$0.actors.contains(forces.id) })
        // A group of a country the article never names on its own becomes that country.
        let us = ArticleAnalyzer.article(id: "b", path: "b.txt", date: nil, text: "American forces left Kabul on Monday.",
                         gazetteer: Gazetteer.standard.adding(try AliasFile.parse("American forces = United States", path: "a.txt").get()))
        #expect(us.actors.contains { $0.id == "united-states" && $0.kind == .country })
        #expect(!us.actors.contains { $0.name == "American forces" })
    }

    // MARK: the seed article

    @Test(.enabled(if: SharedData.seed != nil, "needs ../shared/seed beside the checkout"))
    func seedActorsMatchTheAnalystsTable() throws {
        let corpus = ArticleLoader.loadCorpus(paths: [SharedData.seed!])
        let a = try #require(corpus.articles.first)
        func texts(_ id: String) -> [String] { a.actors.first { $0.id == id }.map { $0.mentions.map(a.slice) } ?? [] }
        func kind(_ id: String) -> ActorKind? { a.actors.first { $0.id == id }?.kind }
        func affiliation(_ id: String) -> String? { a.actors.first { $0.id == id }?.affiliation }
        /// How often the text spells `name` (as a word, possessive or not).
        func occurrences(_ name: String) -> Int { a.text.components(separatedBy: name + " ").count - 1
            + a.text.components(separatedBy: name + "'s").count - 1 + a.text.components(separatedBy: name + ",").count - 1 }

        // Every "South Korea" and "North Korea" of the text is the country, also inside a longer name
        // ("South Korea's National Intelligence Service"), where the analyst counts it for the agency.
        #expect(kind("south-korea") == .country)
        #expect(texts("south-korea").filter { $0 == "South Korea" }.count == occurrences("South Korea"))
        #expect(occurrences("South Korea") == 5)
        #expect(texts("south-korea").contains("Seoul") && texts("south-korea").contains("South Korean"))
        #expect(texts("north-korea").filter { $0 == "Pyongyang" }.count == 2)
        #expect(texts("north-korea").filter { $0 == "North Korea" }.count == occurrences("North Korea"))
        #expect(texts("north-korea").contains("North"))
        #expect(texts("russia").filter { $0 == "Moscow" }.count == 2)
        #expect(texts("ukraine").count >= 4)
        #expect(kind("kim-jong-un") == .person && affiliation("vladimir-putin") == "russia")
        #expect(texts("kim-hong-kyun") == ["Vice Foreign Minister Kim Hong-kyun", "Kim"])
        #expect(affiliation("kim-hong-kyun") == "south-korea")
        #expect(texts("georgiy-zinoviev").last == "Georgiy Zinoviev" && affiliation("georgiy-zinoviev") == "russia")
        #expect(texts("foreign-ministry-south-korea") == ["the South Korean Foreign Ministry", "a ministry"])
        let nis = texts("national-intelligence-service")
        #expect(nis.contains("South Korea's intelligence agency") && nis.contains("the NIS") && nis.contains("NIS"))
        #expect(nis.filter { $0.lowercased() == "the intelligence agency" }.count == 2)
        #expect(affiliation("national-intelligence-service") == "south-korea")
        #expect(kind("un-security-council") == .organization && kind("russian-navy") == .organization)
        let sof = texts("special-operations-forces-north-korea")
        #expect(sof.contains("North Korea's Special Operations Forces") && sof.contains("Storm Corps"))
        #expect(kind("seoul") == .place && affiliation("seoul") == "south-korea")
        #expect(kind("vladivostok") == .place && texts("far-east") == ["Russia's Far East"])
        let ids = Set(a.actors.map(\.id))
        for notActor in ["monday", "friday", "authorities", "un-charter", "oct"] { #expect(!ids.contains(notActor)) }
    }
}
