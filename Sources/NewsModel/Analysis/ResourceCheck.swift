/// Problems in the resource files the extractors read once — `words.tsv`, `phrases.tsv`,
/// `quantities.tsv` and the gazetteer's lists — as load warnings naming the file and line, so they reach the user
/// with the other warnings (`extract` prints them; the dashboard counts and lists them).
public enum ResourceCheck {
    /// Every problem, each once for the life of the program.
    public static let warnings: [LoadWarning] = {
        let directory = Gazetteer.resourceDirectory()?.path ?? "Resources"
        return (Vocabulary.standard.problems + TemporalLexicon.standard.problems + QuantityLexicon.standard.problems
                + PhraseBook.standard.problems
                + PhraseBook.standard.problems(against: .standard) + Gazetteer.standard.problems)
            .map { warning($0, directory: directory) }
    }()

    /// `name:line: message` or `name: message` (the producers' form) as a warning on the file
    /// in `directory`.
    static func warning(_ problem: String, directory: String) -> LoadWarning {
        guard let colon = problem.firstIndex(of: ":") else { return LoadWarning(path: directory, message: problem) }
        let name = String(problem[..<colon])
        var rest = problem[problem.index(after: colon)...]
        var line: Int?
        if let next = rest.firstIndex(of: ":"), let n = Int(rest[..<next]) {
            line = n
            rest = rest[rest.index(after: next)...]
        }
        let path = name.hasPrefix("/") || name.contains(" ") ? name : directory + "/" + name
        return LoadWarning(path: path, line: line, message: rest.trimmingCharacters(in: .whitespaces))
    }
}
