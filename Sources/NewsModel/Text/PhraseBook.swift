import Foundation

/// The phrases the rules read whole, read once from `Resources/phrases.tsv`: a line is a phrase
/// (its tokens in lower case, one space between them, as the tokenizer splits them:
/// `new year 's day`), a tab, and its role, with an argument for the roles that take one
/// (`christmas day<TAB>holiday=12-25`). The rule that uses a role reads its arguments and reports
/// a bad one at `place(of:)` (`TemporalLexicon` reads the holiday rules). A line that cannot be
/// read is left out and reported as `phrases.tsv:LINE: problem`.
struct PhraseBook: Sendable {
    /// What a phrase is to the rules.
    enum Role: String, CaseIterable, Sendable {
        /// A holiday; its argument says which day it falls on.
        case holiday
        /// The words between a name and a second name that make the second an alias of the
        /// first ("also known as").
        case alias

        var takesArgument: Bool { self == .holiday }
    }

    struct Phrase: Sendable, Equatable {
        let words: [String]
        let argument: String?
        /// The line of the file it is on.
        let line: Int
    }

    static let fileName = "phrases.tsv"
    static let standard = PhraseBook(directory: Gazetteer.resourceDirectory())

    private let byRole: [Role: [Phrase]]
    let problems: [String]

    init(directory: URL?) {
        let path = directory.map { $0.appendingPathComponent(PhraseBook.fileName).path }
        let text = path.flatMap { FileManager.default.contents(atPath: $0) }.map { String(decoding: $0, as: UTF8.self) }
        self.init(text: text, name: PhraseBook.fileName)
    }

    /// Reads the file's text, on its bytes (a few dozen lines, once per run; Foundation's
    /// string functions would cost more than the reading).
    init(text: String?, name: String) {
        guard let text else {
            byRole = [:]
            problems = ["\(name): missing; the rules work without their phrases"]
            return
        }
        var byRole: [Role: [Phrase]] = [:]
        var problems: [String] = []
        var seen: [String: Int] = [:]
        let bytes = Array(text.utf8)
        func string(_ r: ArraySlice<UInt8>) -> String { String(decoding: r, as: UTF8.self) }
        func trimmed(_ r: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var r = r
            while let f = r.first, f == 32 || f == 9 || f == 13 { r = r.dropFirst() }
            while let l = r.last, l == 32 || l == 9 || l == 13 { r = r.dropLast() }
            return r
        }
        for (i, raw) in bytes.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
            let at = "\(name):\(i + 1)"
            let line = trimmed(raw)
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            let columns = line.split(separator: 9, omittingEmptySubsequences: false)
            guard columns.count == 2 else {
                problems.append("\(at): expected phrase<TAB>role, not \"\(TerminalSafety.line(string(line)))\"")
                continue
            }
            let phrase = trimmed(columns[0])
            let words = phrase.split(separator: 32).map(string)
            guard !words.isEmpty, !phrase.contains(where: { $0 >= 65 && $0 <= 90 }) else {
                problems.append("\(at): '\(TerminalSafety.line(string(phrase)))' is not a phrase in lower case")
                continue
            }
            let parts = trimmed(columns[1]).split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let role = Role(rawValue: string(parts[0])) else {
                problems.append("\(at): unknown role '\(TerminalSafety.line(string(parts[0])))' (one of: "
                                + Role.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                continue
            }
            let argument = parts.count == 2 ? string(parts[1]) : nil
            guard role.takesArgument == (argument.map { !$0.isEmpty } ?? false) else {
                problems.append("\(at): role '\(role.rawValue)' \(role.takesArgument ? "needs an argument (\(role.rawValue)=…)" : "takes no argument")")
                continue
            }
            let key = role.rawValue + "\t" + words.joined(separator: " ")
            if let earlier = seen[key] {
                problems.append("\(at): '\(TerminalSafety.line(string(phrase)))' is already on line \(earlier) (each phrase once per role)")
                continue
            }
            seen[key] = i + 1
            byRole[role, default: []].append(Phrase(words: words, argument: argument, line: i + 1))
        }
        self.byRole = byRole
        self.problems = problems
    }

    /// Problems between this file and `words.tsv`: an alias phrase's first word must be an
    /// `alias-cue` there, for the actor resolver looks at that class before it reads any phrase.
    func problems(against vocabulary: Vocabulary) -> [String] {
        phrases(.alias).filter { !vocabulary.has($0.words[0], .aliasCue) }.map {
            "\(PhraseBook.place(of: $0)): alias '\(TerminalSafety.line($0.words.joined(separator: " ")))' starts with "
                + "'\(TerminalSafety.line($0.words[0]))', which is no alias-cue in \(Vocabulary.fileName)"
        }
    }

    /// The phrases of a role, in the file's order.
    func phrases(_ role: Role) -> [Phrase] { byRole[role] ?? [] }

    /// Where a phrase is: `phrases.tsv:LINE`.
    static func place(of p: Phrase) -> String { "\(fileName):\(p.line)" }
}
