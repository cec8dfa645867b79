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

    /// Reads the file's text (a few dozen lines, once per run).
    init(text: String?, name: String) {
        var byRole: [Role: [Phrase]] = [:]
        var problems: [String] = []
        var seen: [String: Int] = [:]
        guard let text else {
            self.byRole = [:]
            problems.append("\(name): missing; the rules work without their phrases")
            self.problems = problems
            return
        }
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let at = "\(name):\(i + 1)"
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 2 else {
                problems.append("\(at): expected phrase<TAB>role, not \"\(TerminalSafety.line(line))\"")
                continue
            }
            let phrase = columns[0].trimmingCharacters(in: .whitespaces)
            let words = phrase.split(separator: " ").map(String.init)
            guard !words.isEmpty, !phrase.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else {
                problems.append("\(at): '\(TerminalSafety.line(phrase))' is not a phrase in lower case")
                continue
            }
            let roleText = columns[1].trimmingCharacters(in: .whitespaces)
            let parts = roleText.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let role = Role(rawValue: String(parts[0])) else {
                problems.append("\(at): unknown role '\(TerminalSafety.line(String(parts[0])))' (one of: "
                                + Role.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                continue
            }
            let argument = parts.count == 2 ? String(parts[1]) : nil
            guard role.takesArgument == (argument.map { !$0.isEmpty } ?? false) else {
                problems.append("\(at): role '\(role.rawValue)' \(role.takesArgument ? "needs an argument (\(role.rawValue)=…)" : "takes no argument")")
                continue
            }
            let key = role.rawValue + "\t" + words.joined(separator: " ")
            if let first = seen[key] {
                problems.append("\(at): '\(TerminalSafety.line(phrase))' is already on line \(first) (each phrase once per role)")
                continue
            }
            seen[key] = i + 1
            byRole[role, default: []].append(Phrase(words: words, argument: argument, line: i + 1))
        }
        self.byRole = byRole
        self.problems = problems
    }

    /// The phrases of a role, in the file's order.
    func phrases(_ role: Role) -> [Phrase] { byRole[role] ?? [] }

    /// Where a phrase is: `phrases.tsv:LINE`.
    static func place(of p: Phrase) -> String { "\(fileName):\(p.line)" }
}
