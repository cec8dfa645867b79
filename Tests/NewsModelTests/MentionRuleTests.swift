import Testing
@testable import NewsModel

/// One table per actor rule that a word class of `words.tsv` or a phrase of `phrases.tsv`
/// decides: each sentence with the actors expected (id, kind and mention texts).
@Suite("Mention rules, one by one")
struct MentionRuleTests {
    static func actors(_ text: String) -> [String] {
        let a = ArticleAnalyzer.article(id: "m", path: "m.txt", date: CivilDate(year: 2024, month: 10, day: 21), text: text)
        return a.actors.map { "\($0.id) \($0.kind.rawValue): " + $0.mentions.map { a.slice($0) }.joined(separator: " | ") }
    }

    @Test(arguments: [
        // regime-word after a person's name: the group they lead
        ("Rebels loyal to the Assad regime fought on Friday.", ["assad-government organization: the Assad regime"]),
        // name-and inside an "X of Y and Z" name; never between two people
        ("The Ministry of Trade and Industry met Kim and Putin.",
         ["ministry-of-trade-and-industry organization: The Ministry of Trade and Industry", "kim person: Kim", "putin person: Putin"]),
        // officials-noun + preposition-in: the capital stands for its government
        ("Officials in Beijing said the talks failed.", ["china country: Beijing"]),
        // alias-cue + an alias phrase of phrases.tsv
        ("The Special Operations Forces, also known as the Storm Corps, moved.",
         ["special-operations-forces organization: The Special Operations Forces | the Storm Corps"]),
        // no alias cue between the names: two actors
        ("The Special Operations Forces fought the Storm Corps.",
         ["special-operations-forces organization: The Special Operations Forces", "storm-corps organization: the Storm Corps"]),
        // an organization head joined to what it is about or of
        ("The Commission on Human Rights met in Geneva.",
         ["commission-on-human-rights organization: The Commission on Human Rights", "geneva place: Geneva"]),
        ("Officials at the Ministry of Health said so.", ["ministry-of-health organization: the Ministry of Health"]),
        // a country's former name is the country (countries.tsv aliases and demonyms)
        ("Rebels in Zaire fought Zairean troops.",
         ["democratic-republic-of-the-congo country: Zaire | Zairean", "democratic-republic-of-the-congo-forces organization: Zairean troops"]),
        // thing-word: alone no actor, inside a longer name kept
        ("Sales on the Internet rose before Christmas, Olympic Airlines said.",
         ["olympic-airlines organization: Olympic Airlines"]),
        // possessive-name-word: a plural's possessive stays inside a name; a country's does not
        ("The Supreme People's Court and the Workers' Party met.",
         ["supreme-peoples-court organization: The Supreme People's Court", "workers-party organization: the Workers' Party"]),
        ("China's Foreign Ministry said so.", ["china country: China", "foreign-ministry-china organization: China's Foreign Ministry"]),
        // a place or a country's name before an organization's words is part of its name
        ("The Tokyo District Court and the China Meteorological Administration agreed.",
         ["tokyo-district-court organization: The Tokyo District Court",
          "china-meteorological-administration organization: the China Meteorological Administration", "china country: China"]),
        // thing-noun before or after a name: a thing, not an actor
        ("A Twin Otter plane landed after the film The Promise opened.", []),
        // an event's word inside a longer name, but not a given name or an organization's head
        ("Leaders met at the Summit of the Americas after World War II ended.", []),
        ("Voters backed Bill Richardson and the Natural Law Party.",
         ["bill-richardson person: Bill Richardson", "natural-law-party organization: the Natural Law Party"]),
        // document-word: a meeting, a match or a goal is no actor
        ("Delegates left the Economic Leaders' Meeting for the Bogor Goals talks after the Ashes Test.", []),
        // a country is a modifier only right before what it modifies
        ("Leaders of Norway and Estonia met in Oslo.", ["norway country: Norway", "estonia country: Estonia", "oslo place: Oslo"]),
        ("The South Korean Foreign Ministry said so.",
         ["foreign-ministry-south-korea organization: The South Korean Foreign Ministry", "south-korea country: South Korean"]),
        // a date word ends a name: a weekday after it, "on" and a weekday or month, months joined
        ("Spain's Rafael Nadal Monday beat Roger Federer.",
         ["spain country: Spain", "rafael-nadal person: Spain's Rafael Nadal", "roger-federer person: Roger Federer"]),
        ("The Korea Stock Exchange on Friday closed higher.", ["korea-stock-exchange organization: The Korea Stock Exchange"]),
        ("Exports in July-September rose, the Sunday Times said.", ["sunday-times organization: the Sunday Times"]),
    ] as [(String, [String])])
    func mentions(text: String, expected: [String]) {
        #expect(Self.actors(text) == expected, "\(text): \(Self.actors(text))")
    }

    /// A one-word unknown name is a person only with evidence; an office with no holder and no
    /// country keeps its mentions but is no actor of the corpus.
    @Test(arguments: [
        // no evidence: a region, a word of a title
        ("Storm signals were hoisted over the Bicol region.", []),
        ("Residents fled Taranli on Monday.", []),
        // a verb of saying before or after it, an age after it, a given name
        ("The plan will fail, said Flintoff.", ["flintoff person: Flintoff"]),
        ("Flintoff told reporters the plan would fail.", ["flintoff person: Flintoff"]),
        ("Brannigan, 45, was arrested.", ["brannigan person: Brannigan"]),
        ("Later Oksana arrived.", ["oksana person: Oksana"]),
        // a full name makes the short form a mention of it
        ("Piet Brannigan arrived. Brannigan left.", ["piet-brannigan person: Piet Brannigan | Brannigan"]),
        // an office of a country is named with it
        ("The British Foreign Secretary arrived.",
         ["foreign-secretary-united-kingdom person: The British Foreign Secretary", "united-kingdom country: British"]),
    ] as [(String, [String])])
    func personsNeedEvidence(text: String, expected: [String]) {
        #expect(Self.actors(text) == expected, "\(text): \(Self.actors(text))")
    }

    @Test func anOfficeOfNobodyIsNoActorOfTheCorpus() throws {
        let a = ArticleAnalyzer.article(id: "m", path: "m.txt", date: CivilDate(year: 2024, month: 10, day: 21),
                                        text: "The spokesman said 40 rebels died.")
        let office = try #require(a.actors.first { $0.id == "spokesman" })
        #expect(office.isOffice && office.kind == .person && a.slice(office.mentions[0]) == "The spokesman")
        #expect(Corpus(articles: [a]).actors["spokesman"] == nil)
    }
}
