import Foundation

/// What a word is to the rules: the classes of `words.tsv`, as bits, so one lookup of a token
/// answers every "is it a …" question about it. (Each class is a computed constant: a 128-bit
/// `static let` is made lazily, and every test of it would first check that it has been.)
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt128
    public init(rawValue: UInt128) { self.rawValue = rawValue }

    // Actors.
    public static var documentWord: WordClass { WordClass(rawValue: 1 << 0) }
    public static var notActor: WordClass { WordClass(rawValue: 1 << 1) }
    public static var connector: WordClass { WordClass(rawValue: 1 << 2) }
    public static var groupNoun: WordClass { WordClass(rawValue: 1 << 3) }
    public static var determiner: WordClass { WordClass(rawValue: 1 << 4) }
    public static var installation: WordClass { WordClass(rawValue: 1 << 5) }
    public static var locative: WordClass { WordClass(rawValue: 1 << 6) }
    public static var descriptionStop: WordClass { WordClass(rawValue: 1 << 7) }
    public static var placePreposition: WordClass { WordClass(rawValue: 1 << 8) }
    public static var identity: WordClass { WordClass(rawValue: 1 << 9) }
    public static var speechVerb: WordClass { WordClass(rawValue: 1 << 10) }
    public static var governmentVerb: WordClass { WordClass(rawValue: 1 << 11) }
    public static var titleRank: WordClass { WordClass(rawValue: 1 << 12) }
    public static var plainGovernmentWord: WordClass { WordClass(rawValue: 1 << 13) }
    public static var smallWord: WordClass { WordClass(rawValue: 1 << 14) }
    public static var adjectiveTail: WordClass { WordClass(rawValue: 1 << 15) }
    /// Has an argument: the kind of group.
    public static var groupCategory: WordClass { WordClass(rawValue: 1 << 16) }
    // Quantities.
    public static var timeUnit: WordClass { WordClass(rawValue: 1 << 17) }
    public static var anaphoricDeterminer: WordClass { WordClass(rawValue: 1 << 18) }
    public static var movementVerb: WordClass { WordClass(rawValue: 1 << 19) }
    // Timeline.
    public static var clauseOpener: WordClass { WordClass(rawValue: 1 << 20) }
    public static var relative: WordClass { WordClass(rawValue: 1 << 21) }
    public static var conjunction: WordClass { WordClass(rawValue: 1 << 22) }
    /// Has an argument: the decade's tens digit.
    public static var decade: WordClass { WordClass(rawValue: 1 << 23) }
    public static var publicationWord: WordClass { WordClass(rawValue: 1 << 24) }
    public static var unitAdjective: WordClass { WordClass(rawValue: 1 << 25) }
    public static var identifierNoun: WordClass { WordClass(rawValue: 1 << 26) }
    public static var timeZoneWord: WordClass { WordClass(rawValue: 1 << 27) }
    public static var countNoun: WordClass { WordClass(rawValue: 1 << 28) }
    public static var tenseFuture: WordClass { WordClass(rawValue: 1 << 29) }
    public static var tenseForwardParticiple: WordClass { WordClass(rawValue: 1 << 30) }
    public static var tensePast: WordClass { WordClass(rawValue: 1 << 31) }
    public static var tensePresent: WordClass { WordClass(rawValue: 1 << 32) }
    public static var tenseModifier: WordClass { WordClass(rawValue: 1 << 33) }
    public static var tensePastAuxiliary: WordClass { WordClass(rawValue: 1 << 34) }
    public static var tensePassive: WordClass { WordClass(rawValue: 1 << 35) }
    public static var tenseTo: WordClass { WordClass(rawValue: 1 << 36) }
    // Temporal expressions: the word's one reading in them (each has an argument).
    public static var month: WordClass { WordClass(rawValue: 1 << 37) }
    public static var weekday: WordClass { WordClass(rawValue: 1 << 38) }
    public static var season: WordClass { WordClass(rawValue: 1 << 39) }
    public static var temporalUnit: WordClass { WordClass(rawValue: 1 << 40) }
    public static var temporalUnits: WordClass { WordClass(rawValue: 1 << 41) }
    public static var numberWord: WordClass { WordClass(rawValue: 1 << 42) }
    public static var ordinal: WordClass { WordClass(rawValue: 1 << 43) }
    public static var partOfDay: WordClass { WordClass(rawValue: 1 << 44) }
    public static var temporal: WordClass { WordClass(rawValue: 1 << 45) }
    public static var tenseWill: WordClass { WordClass(rawValue: 1 << 46) }
    public static var tenseBeen: WordClass { WordClass(rawValue: 1 << 47) }
    public static var tenseIs: WordClass { WordClass(rawValue: 1 << 48) }
    // Rules: words by their part in one rule each.
    public static var definiteArticle: WordClass { WordClass(rawValue: 1 << 49) }
    public static var indefiniteArticle: WordClass { WordClass(rawValue: 1 << 50) }
    public static var namePreposition: WordClass { WordClass(rawValue: 1 << 51) }
    public static var ofLink: WordClass { WordClass(rawValue: 1 << 52) }
    public static var nameAnd: WordClass { WordClass(rawValue: 1 << 53) }
    public static var nameAmpersand: WordClass { WordClass(rawValue: 1 << 54) }
    public static var topicPreposition: WordClass { WordClass(rawValue: 1 << 55) }
    public static var regimeWord: WordClass { WordClass(rawValue: 1 << 56) }
    public static var officialsNoun: WordClass { WordClass(rawValue: 1 << 57) }
    public static var prepositionIn: WordClass { WordClass(rawValue: 1 << 58) }
    public static var subjectLead: WordClass { WordClass(rawValue: 1 << 59) }
    public static var directionCountry: WordClass { WordClass(rawValue: 1 << 60) }
    public static var aliasCue: WordClass { WordClass(rawValue: 1 << 61) }
    public static var attributionAccording: WordClass { WordClass(rawValue: 1 << 62) }
    public static var prepositionTo: WordClass { WordClass(rawValue: 1 << 63) }
    public static var personalPronoun: WordClass { WordClass(rawValue: 1 << 64) }
    public static var complementizer: WordClass { WordClass(rawValue: 1 << 65) }
    public static var conjunctionAnd: WordClass { WordClass(rawValue: 1 << 66) }
    public static var coordinator: WordClass { WordClass(rawValue: 1 << 67) }
    public static var rangeDash: WordClass { WordClass(rawValue: 1 << 68) }
    public static var levelParticle: WordClass { WordClass(rawValue: 1 << 69) }
    public static var copula: WordClass { WordClass(rawValue: 1 << 70) }
    public static var ageWord: WordClass { WordClass(rawValue: 1 << 71) }
    public static var additive: WordClass { WordClass(rawValue: 1 << 72) }
    public static var approximateSuffix: WordClass { WordClass(rawValue: 1 << 73) }
    public static var ordinalSuffix: WordClass { WordClass(rawValue: 1 << 74) }
    public static var possessiveDeterminer: WordClass { WordClass(rawValue: 1 << 75) }
    public static var timePreposition: WordClass { WordClass(rawValue: 1 << 76) }
    public static var samePeriod: WordClass { WordClass(rawValue: 1 << 77) }
    public static var wholeYear: WordClass { WordClass(rawValue: 1 << 78) }
    public static var vagueCountPrefix: WordClass { WordClass(rawValue: 1 << 79) }
    public static var rangeBetween: WordClass { WordClass(rawValue: 1 << 80) }
    public static var rangeFrom: WordClass { WordClass(rawValue: 1 << 81) }
    public static var changeBy: WordClass { WordClass(rawValue: 1 << 82) }
    public static var valueWorth: WordClass { WordClass(rawValue: 1 << 83) }
    public static var halfScale: WordClass { WordClass(rawValue: 1 << 84) }
    public static var scaleArticle: WordClass { WordClass(rawValue: 1 << 85) }
    public static var vagueNeedsMagnitude: WordClass { WordClass(rawValue: 1 << 86) }
    public static var vagueNeedsOf: WordClass { WordClass(rawValue: 1 << 87) }
    public static var vagueNeedsPhrase: WordClass { WordClass(rawValue: 1 << 88) }
    public static var multiplier: WordClass { WordClass(rawValue: 1 << 89) }
    public static var currencyCountry: WordClass { WordClass(rawValue: 1 << 90) }
    public static var weightPound: WordClass { WordClass(rawValue: 1 << 91) }
    public static var trailingAdjective: WordClass { WordClass(rawValue: 1 << 92) }
    public static var complementDeterminer: WordClass { WordClass(rawValue: 1 << 93) }
    public static var shortMonthName: WordClass { WordClass(rawValue: 1 << 94) }
    public static var ministerNoun: WordClass { WordClass(rawValue: 1 << 95) }
    public static var ministryNoun: WordClass { WordClass(rawValue: 1 << 96) }
    public static var temporalFunction: WordClass { WordClass(rawValue: 1 << 97) }
    public static var temporalSignal: WordClass { WordClass(rawValue: 1 << 98) }
    public static var monthCue: WordClass { WordClass(rawValue: 1 << 99) }
    public static var wireFlag: WordClass { WordClass(rawValue: 1 << 100) }
    public static var rangeOr: WordClass { WordClass(rawValue: 1 << 101) }
    public static var versus: WordClass { WordClass(rawValue: 1 << 102) }
    public static var spatialNext: WordClass { WordClass(rawValue: 1 << 103) }
    public static var adjacencyNoun: WordClass { WordClass(rawValue: 1 << 104) }
    public static var tensePostponement: WordClass { WordClass(rawValue: 1 << 105) }
    public static var thingWord: WordClass { WordClass(rawValue: 1 << 106) }
    public static var subordinator: WordClass { WordClass(rawValue: 1 << 107) }
    public static var relativeAdverb: WordClass { WordClass(rawValue: 1 << 108) }
    public static var marketWord: WordClass { WordClass(rawValue: 1 << 109) }
    public static var moneyNoun: WordClass { WordClass(rawValue: 1 << 110) }
    public static var possessiveNameWord: WordClass { WordClass(rawValue: 1 << 111) }
    public static var thingNoun: WordClass { WordClass(rawValue: 1 << 112) }
    public static var addresseeVerb: WordClass { WordClass(rawValue: 1 << 113) }
    public static var genericHead: WordClass { WordClass(rawValue: 1 << 114) }
    public static var causalBeforeTo: WordClass { WordClass(rawValue: 1 << 115) }
    public static var fateVerb: WordClass { WordClass(rawValue: 1 << 116) }
    public static var sideSignal: WordClass { WordClass(rawValue: 1 << 117) }
    public static var namesAfter: WordClass { WordClass(rawValue: 1 << 118) }
    /// The classes of which a word has at most one.
    static let temporalReadings: WordClass = [.month, .weekday, .season, .temporalUnit, .temporalUnits, .numberWord, .ordinal,
                                              .partOfDay, .temporal]

    /// Every class by its name in `words.tsv`, and whether it takes an argument.
    static let named: [(name: String, bit: WordClass, argument: Bool)] = [
        ("document-word", .documentWord, false), ("not-actor", .notActor, false), ("connector", .connector, false),
        ("group-noun", .groupNoun, false), ("determiner", .determiner, false), ("installation", .installation, false),
        ("locative", .locative, false), ("description-stop", .descriptionStop, false),
        ("place-preposition", .placePreposition, false), ("identity", .identity, false), ("speech-verb", .speechVerb, false),
        ("government-verb", .governmentVerb, false), ("title-rank", .titleRank, false),
        ("plain-government-word", .plainGovernmentWord, false), ("small-word", .smallWord, false),
        ("adjective-tail", .adjectiveTail, false), ("group-category", .groupCategory, true), ("time-unit", .timeUnit, false),
        ("anaphoric-determiner", .anaphoricDeterminer, false), ("movement-verb", .movementVerb, false),
        ("clause-opener", .clauseOpener, false), ("relative", .relative, false), ("conjunction", .conjunction, false),
        ("decade", .decade, true), ("publication-word", .publicationWord, false), ("unit-adjective", .unitAdjective, false),
        ("identifier-noun", .identifierNoun, false), ("time-zone-word", .timeZoneWord, false), ("count-noun", .countNoun, false),
        ("tense-future", .tenseFuture, false),
        ("tense-forward-participle", .tenseForwardParticiple, false),
        ("tense-past", .tensePast, false),
        ("tense-present", .tensePresent, false),
        ("tense-modifier", .tenseModifier, false),
        ("tense-past-auxiliary", .tensePastAuxiliary, false),
        ("tense-passive", .tensePassive, false),
        ("tense-to", .tenseTo, false),
        ("month", .month, true), ("weekday", .weekday, true), ("season", .season, true),
        ("temporal-unit", .temporalUnit, true), ("temporal-units", .temporalUnits, true),
        ("number-word", .numberWord, true), ("ordinal", .ordinal, true), ("part-of-day", .partOfDay, true),
        ("temporal", .temporal, true),
        ("tense-will", .tenseWill, false), ("tense-been", .tenseBeen, false), ("tense-is", .tenseIs, false),
        ("definite-article", .definiteArticle, false),
        ("indefinite-article", .indefiniteArticle, false),
        ("name-preposition", .namePreposition, false),
        ("of-link", .ofLink, false),
        ("name-and", .nameAnd, false),
        ("name-ampersand", .nameAmpersand, false),
        ("topic-preposition", .topicPreposition, false),
        ("regime-word", .regimeWord, false),
        ("officials-noun", .officialsNoun, false),
        ("preposition-in", .prepositionIn, false),
        ("subject-lead", .subjectLead, false),
        ("direction-country", .directionCountry, false),
        ("alias-cue", .aliasCue, false),
        ("attribution-according", .attributionAccording, false),
        ("preposition-to", .prepositionTo, false),
        ("personal-pronoun", .personalPronoun, false),
        ("complementizer", .complementizer, false),
        ("conjunction-and", .conjunctionAnd, false),
        ("coordinator", .coordinator, false),
        ("range-dash", .rangeDash, false),
        ("level-particle", .levelParticle, false),
        ("copula", .copula, false),
        ("age-word", .ageWord, false),
        ("additive", .additive, false),
        ("approximate-suffix", .approximateSuffix, false),
        ("ordinal-suffix", .ordinalSuffix, false),
        ("possessive-determiner", .possessiveDeterminer, false),
        ("time-preposition", .timePreposition, false),
        ("same-period", .samePeriod, false),
        ("whole-year", .wholeYear, false),
        ("vague-count-prefix", .vagueCountPrefix, false),
        ("range-between", .rangeBetween, false),
        ("range-from", .rangeFrom, false),
        ("change-by", .changeBy, false),
        ("value-worth", .valueWorth, false),
        ("half-scale", .halfScale, false),
        ("scale-article", .scaleArticle, false),
        ("vague-needs-magnitude", .vagueNeedsMagnitude, false),
        ("vague-needs-of", .vagueNeedsOf, false),
        ("vague-needs-phrase", .vagueNeedsPhrase, false),
        ("multiplier", .multiplier, false),
        ("currency-country", .currencyCountry, false),
        ("weight-pound", .weightPound, false),
        ("trailing-adjective", .trailingAdjective, false),
        ("complement-determiner", .complementDeterminer, false),
        ("short-month-name", .shortMonthName, false),
        ("minister-noun", .ministerNoun, false),
        ("ministry-noun", .ministryNoun, false),
        ("temporal-function", .temporalFunction, false),
        ("temporal-signal", .temporalSignal, false),
        ("month-cue", .monthCue, false),
        ("wire-flag", .wireFlag, false),
        ("range-or", .rangeOr, false),
        ("versus", .versus, false),
        ("spatial-next", .spatialNext, false),
        ("adjacency-noun", .adjacencyNoun, false),
        ("tense-postponement", .tensePostponement, false),
        ("thing-word", .thingWord, false),
        ("subordinator", .subordinator, false),
        ("relative-adverb", .relativeAdverb, false),
        ("market-word", .marketWord, false),
        ("money-noun", .moneyNoun, false),
        ("possessive-name-word", .possessiveNameWord, false),
        ("thing-noun", .thingNoun, false),
        ("addressee-verb", .addresseeVerb, false),
        ("generic-head", .genericHead, false),
        ("causal-before-to", .causalBeforeTo, false),
        ("fate-verb", .fateVerb, false),
        ("side-signal", .sideSignal, false),
        ("names-after", .namesAfter, false),
    ]
}

/// The words the rules know, read once from `Resources/words.tsv`: each word form is one
/// lexeme with its classes (and the arguments some classes carry). The segmenter gives every
/// token its lexeme (through a `Lexicon`), so a rule's `TokenView.has(k, .speechVerb)` is a
/// bit test; questions about bytes or strings outside a token go to the class's own table.
/// A line that cannot be read is left out and reported as `words.tsv:LINE: problem`.
struct Vocabulary: Sendable {
    static let fileName = "words.tsv"
    static let standard = Vocabulary(directory: Gazetteer.resourceDirectory())

    /// Every word form → its lexeme id (1-based: 0 is the lexeme of every other token).
    private let lexicon: WordTable<UInt16>
    private let formList: [String]
    /// The classes of each lexeme, by id (`[]` at 0).
    let classesByLexeme: [WordClass]
    /// The decade words' tens digits ("sixties" → 6).
    let decades: WordTable<Int>
    /// The kind of group each group noun names.
    let groupCategories: [String: String]
    /// The words of each class, in the file's order, by the class's bit number.
    private let members: [[String]]
    /// The argument of each word in each class that takes one, by the class's bit number.
    private let arguments: [[String: String]]
    /// The line of the file each word is on (for problems found by the tables made of it).
    private let lines: [String: Int]
    let problems: [String]

    init(directory: URL?) {
        let path = directory.map { $0.appendingPathComponent(Vocabulary.fileName).path }
        self.init(data: path.flatMap { FileManager.default.contents(atPath: $0) }, name: Vocabulary.fileName)
    }

    init(text: String?, name: String) { self.init(data: text.map { Data($0.utf8) }, name: name) }

    /// Reads the file on its bytes, line by line (tab-separated, `#` comments), once per run.
    init(data: Data?, name: String) {
        var parser = Parser(name: name)
        if let data {
            data.withUnsafeBytes { raw in parser.read(raw.bindMemory(to: UInt8.self)) }
        } else {
            parser.problems.append("\(name): missing; the rules work without their word lists")
        }
        self.init(parser)
    }

    /// The reading of `words.tsv`: one pass over its bytes, one String per word.
    private struct Parser {
        let name: String
        var forms: [String] = [], classes: [WordClass] = []
        var members = [[String]](repeating: [], count: 128)
        var arguments = [[String: String]](repeating: [:], count: 128)
        var problems: [String] = []
        var seen: [String: Int] = [:]
        /// Class names → their index in `WordClass.named`.
        let classNames = WordTable<Int>(WordClass.named.enumerated().map { ($0.element.name, $0.offset) })

        init(name: String) { self.name = name }

        static func isSpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 }

        mutating func read(_ u: UnsafeBufferPointer<UInt8>) {
            var lineStart = 0, line = 0
            while lineStart < u.count {
                var lineEnd = lineStart
                while lineEnd < u.count, u[lineEnd] != 10 { lineEnd += 1 }
                line += 1
                readLine(u, lineStart, lineEnd, line)
                lineStart = lineEnd + 1
            }
        }

        func text(_ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> String {
            TerminalSafety.line(String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self))
        }

        func trimmed(_ u: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> (Int, Int) {
            var a = a, b = b
            while a < b, Parser.isSpace(u[a]) { a += 1 }
            while b > a, Parser.isSpace(u[b - 1]) { b -= 1 }
            return (a, b)
        }

        mutating func readLine(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ line: Int) {
            let (a, b) = trimmed(u, start, end)
            guard a < b, u[a] != UInt8(ascii: "#") else { return }
            let at = "\(name):\(line)"
            var tab = a
            while tab < b, u[tab] != 9 { tab += 1 }
            let (w0, w1) = trimmed(u, a, tab)
            let (c0, c1) = tab < b ? trimmed(u, tab + 1, b) : (b, b)
            guard w0 < w1, c0 < c1, !u[c0..<c1].contains(9) else {
                problems.append("\(at): expected word<TAB>classes, not \"\(text(u, a, b))\"")
                return
            }
            guard !u[w0..<w1].contains(where: { $0 >= 65 && $0 <= 90 }) else {
                problems.append("\(at): '\(text(u, w0, w1))' is not in lower case")
                return
            }
            let word = String(decoding: UnsafeBufferPointer(rebasing: u[w0..<w1]), as: UTF8.self)
            if let first = seen[word] {
                problems.append("\(at): '\(TerminalSafety.line(word))' is already on line \(first) (each word appears once)")
                return
            }
            guard let found = readClasses(u, c0, c1, at) else { return }
            // Only a line read whole counts.
            var set: WordClass = []
            for f in found {
                set.insert(f.bit)
                let n = f.bit.rawValue.trailingZeroBitCount
                members[n].append(word)
                if let argument = f.argument { arguments[n][word] = argument }
            }
            forms.append(word)
            classes.append(set)
            seen[word] = line
        }

        /// The classes of one line (`c0..<c1`), or nil after reporting its problem.
        mutating func readClasses(_ u: UnsafeBufferPointer<UInt8>, _ c0: Int, _ c1: Int, _ at: String)
            -> [(bit: WordClass, argument: String?)]? {
            var set: WordClass = []
            var found: [(bit: WordClass, argument: String?)] = []
            var p = c0
            while p < c1 {
                var q = p
                while q < c1, u[q] != UInt8(ascii: ",") { q += 1 }
                let (p0, p1) = trimmed(u, p, q)
                p = q + 1
                var eq = p0
                while eq < p1, u[eq] != UInt8(ascii: "=") { eq += 1 }
                let (n0, n1) = trimmed(u, p0, eq)
                guard let index = classNames.lookup(u, n0, n1) else {
                    problems.append("\(at): unknown class '\(text(u, n0, n1))'")
                    return nil
                }
                let c = WordClass.named[index]
                let argument = eq < p1 ? text(u, eq + 1, p1) : nil
                guard c.argument == (argument != nil && !argument!.isEmpty) else {
                    problems.append("\(at): class '\(c.name)' \(c.argument ? "needs an argument (\(c.name)=…)" : "takes no argument")")
                    return nil
                }
                guard !set.contains(c.bit) else {
                    problems.append("\(at): class '\(c.name)' twice")
                    return nil
                }
                if c.bit == .decade, Int(argument!).map({ !(1...9).contains($0) }) ?? true {
                    problems.append("\(at): decade=\(argument!) is not a tens digit 1–9")
                    return nil
                }
                if !set.intersection(WordClass.temporalReadings).isEmpty, WordClass.temporalReadings.contains(c.bit) {
                    problems.append("\(at): class '\(c.name)' is a second reading in temporal expressions (a word has one)")
                    return nil
                }
                set.insert(c.bit)
                found.append((c.bit, argument))
            }
            return found
        }
    }

    private init(_ parser: Parser) {
        var pairs: [(String, UInt16)] = []
        pairs.reserveCapacity(parser.forms.count)
        for (i, form) in parser.forms.enumerated() { pairs.append((form, UInt16(i + 1))) }
        lexicon = WordTable(pairs)
        formList = parser.forms
        classesByLexeme = [[]] + parser.classes
        let decadeBit = WordClass.decade.rawValue.trailingZeroBitCount
        decades = WordTable(parser.arguments[decadeBit].map { ($0.key, Int($0.value)!) })
        groupCategories = parser.arguments[WordClass.groupCategory.rawValue.trailingZeroBitCount]
        members = parser.members
        arguments = parser.arguments
        lines = parser.seen
        problems = parser.problems
    }

    /// Every word form, by lexeme id - 1.
    var forms: [String] { formList }

    /// The lexeme of a word (0 for none).
    func lexeme(_ word: String) -> UInt16 { lexicon.lookup(word) ?? 0 }

    /// Where a problem with a word's class or argument is: `words.tsv:LINE`.
    func place(of word: String) -> String { lines[word].map { "\(Vocabulary.fileName):\($0)" } ?? Vocabulary.fileName }

    /// How many lexemes there are, counting the empty one at 0.
    var lexemeCount: Int { classesByLexeme.count }

    /// The words of class `c` (one class), in the file's order.
    func words(_ c: WordClass) -> [String] { members[c.rawValue.trailingZeroBitCount] }

    /// The words of class `c` (one class that takes an argument) with their arguments.
    func arguments(_ c: WordClass) -> [String: String] { arguments[c.rawValue.trailingZeroBitCount] }

    /// Whether a word (as written, compared case-insensitively in ASCII) has class `c`: its
    /// lexeme's bit (one table answers for every class).
    func has(_ word: String, _ c: WordClass) -> Bool {
        guard let id = lexicon.lookup(word) else { return false }
        return classesByLexeme[Int(id)].rawValue & c.rawValue != 0
    }

    /// Whether bytes `start..<end` of `u` are a word of class `c`.
    @inline(__always)
    func has(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ c: WordClass) -> Bool {
        guard let id = lexicon.lookup(u, start, end) else { return false }
        return classesByLexeme[Int(id)].rawValue & c.rawValue != 0
    }
}
