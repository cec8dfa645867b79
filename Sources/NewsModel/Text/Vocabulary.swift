import Foundation

/// What a word is to the rules: the classes of `words.tsv`, as bits, so one lookup of a token
/// answers every "is it a …" question about it.
public struct WordClass: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    // Actors.
    public static let documentWord = WordClass(rawValue: 1 << 0)
    public static let notActor = WordClass(rawValue: 1 << 1)
    public static let connector = WordClass(rawValue: 1 << 2)
    public static let groupNoun = WordClass(rawValue: 1 << 3)
    public static let determiner = WordClass(rawValue: 1 << 4)
    public static let installation = WordClass(rawValue: 1 << 5)
    public static let locative = WordClass(rawValue: 1 << 6)
    public static let descriptionStop = WordClass(rawValue: 1 << 7)
    public static let placePreposition = WordClass(rawValue: 1 << 8)
    public static let identity = WordClass(rawValue: 1 << 9)
    public static let speechVerb = WordClass(rawValue: 1 << 10)
    public static let governmentVerb = WordClass(rawValue: 1 << 11)
    public static let titleRank = WordClass(rawValue: 1 << 12)
    public static let plainGovernmentWord = WordClass(rawValue: 1 << 13)
    public static let smallWord = WordClass(rawValue: 1 << 14)
    public static let adjectiveTail = WordClass(rawValue: 1 << 15)
    /// Has an argument: the kind of group.
    public static let groupCategory = WordClass(rawValue: 1 << 16)
    // Quantities.
    public static let timeUnit = WordClass(rawValue: 1 << 17)
    public static let anaphoricDeterminer = WordClass(rawValue: 1 << 18)
    public static let movementVerb = WordClass(rawValue: 1 << 19)
    // Timeline.
    public static let clauseOpener = WordClass(rawValue: 1 << 20)
    public static let relative = WordClass(rawValue: 1 << 21)
    public static let conjunction = WordClass(rawValue: 1 << 22)
    /// Has an argument: the decade's tens digit.
    public static let decade = WordClass(rawValue: 1 << 23)
    public static let publicationWord = WordClass(rawValue: 1 << 24)
    public static let unitAdjective = WordClass(rawValue: 1 << 25)
    public static let identifierNoun = WordClass(rawValue: 1 << 26)
    public static let timeZoneWord = WordClass(rawValue: 1 << 27)
    public static let countNoun = WordClass(rawValue: 1 << 28)
    public static let tenseFuture = WordClass(rawValue: 1 << 29)
    public static let tenseForwardParticiple = WordClass(rawValue: 1 << 30)
    public static let tensePast = WordClass(rawValue: 1 << 31)
    public static let tensePresent = WordClass(rawValue: 1 << 32)
    public static let tenseModifier = WordClass(rawValue: 1 << 33)
    public static let tensePastAuxiliary = WordClass(rawValue: 1 << 34)
    public static let tensePassive = WordClass(rawValue: 1 << 35)
    public static let tenseTo = WordClass(rawValue: 1 << 36)

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
    ]
}

/// The words the rules know, read once from `Resources/words.tsv`: each word form with its
/// classes (and the arguments some classes carry). Rules ask `TokenView.has(k, .speechVerb)`
/// (answered by the class's own table: a merged one would compare every common word);
/// tables built from the same words (the gazetteer's flags) read `words(_:)`. A line that
/// cannot be read is left out and reported as `words.tsv:LINE: problem`.
struct Vocabulary: Sendable {
    static let fileName = "words.tsv"
    static let standard = Vocabulary(directory: Gazetteer.resourceDirectory())

    /// The words of each class as a table of their own, by the class's bit number: a rule's
    /// question about one class is answered by a table that turns away every other word at
    /// its filter (the merged table would compare every common word).
    private let tables: [WordTable<Bool>]
    /// The decade words' tens digits ("sixties" → 6).
    let decades: WordTable<Int>
    /// The kind of group each group noun names.
    let groupCategories: [String: String]
    /// The words of each class, in the file's order, by the class's bit number.
    private let members: [[String]]
    let problems: [String]

    init(directory: URL?) {
        let path = directory.map { $0.appendingPathComponent(Vocabulary.fileName).path }
        self.init(data: path.flatMap { FileManager.default.contents(atPath: $0) }, name: Vocabulary.fileName)
    }

    init(text: String?, name: String) { self.init(data: text.map { Data($0.utf8) }, name: name) }

    /// Reads the file on its bytes, line by line (tab-separated, `#` comments), once per run.
    init(data: Data?, name: String) {
        guard let data else {
            self.init(decades: [], groups: [:], members: [[String]](repeating: [], count: 64),
                      problems: ["\(name): missing; the rules work without their word lists"])
            return
        }
        var parser = Parser(name: name)
        data.withUnsafeBytes { raw in parser.read(raw.bindMemory(to: UInt8.self)) }
        self.init(decades: parser.decades, groups: parser.groups, members: parser.members, problems: parser.problems)
    }

    /// The reading of `words.tsv`: one pass over its bytes, one String per word.
    private struct Parser {
        let name: String
        var decades: [(String, Int)] = [], groups: [String: String] = [:]
        var members = [[String]](repeating: [], count: 64)
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
            var set: WordClass = []
            var found: [(bit: Int, argument: String?)] = []
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
                    return
                }
                let c = WordClass.named[index]
                let argument = eq < p1 ? text(u, eq + 1, p1) : nil
                guard c.argument == (argument != nil && !argument!.isEmpty) else {
                    problems.append("\(at): class '\(c.name)' \(c.argument ? "needs an argument (\(c.name)=…)" : "takes no argument")")
                    return
                }
                guard !set.contains(c.bit) else {
                    problems.append("\(at): class '\(c.name)' twice")
                    return
                }
                if c.bit == .decade, Int(argument!).map({ !(1...9).contains($0) }) ?? true {
                    problems.append("\(at): decade=\(argument!) is not a tens digit 1–9")
                    return
                }
                set.insert(c.bit)
                found.append((c.bit.rawValue.trailingZeroBitCount, argument))
            }
            // Only a line read whole counts.
            for f in found {
                members[f.bit].append(word)
                if f.bit == WordClass.decade.rawValue.trailingZeroBitCount { decades.append((word, Int(f.argument!)!)) }
                if f.bit == WordClass.groupCategory.rawValue.trailingZeroBitCount { groups[word] = f.argument! }
            }
            seen[word] = line
        }
    }

    private init(decades: [(String, Int)], groups: [String: String], members: [[String]], problems: [String]) {
        tables = members.map { WordTable(words: $0) }
        self.decades = WordTable(decades)
        groupCategories = groups
        self.members = members
        self.problems = problems
    }

    /// The words of class `c` (one class), in the file's order.
    func words(_ c: WordClass) -> [String] { members[c.rawValue.trailingZeroBitCount] }

    /// Every class of a word.
    func classes(of word: String) -> WordClass {
        var out: WordClass = []
        for c in WordClass.named where has(word, c.bit) { out.insert(c.bit) }
        return out
    }

    /// The table of the words of one class.
    @inline(__always)
    func table(_ c: WordClass) -> WordTable<Bool> { tables[c.rawValue.trailingZeroBitCount] }

    /// Whether a word (as written, compared case-insensitively in ASCII) has class `c`.
    func has(_ word: String, _ c: WordClass) -> Bool { table(c).lookup(word) != nil }

    /// Whether bytes `start..<end` of `u` are a word of class `c`.
    @inline(__always)
    func has(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ c: WordClass) -> Bool {
        table(c).contains(u, start, end)
    }
}
