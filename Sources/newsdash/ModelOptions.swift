import ArgumentParser
import Foundation
import NewsModel

/// Options every command that loads articles shares.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A file of your own aliases and merges, one 'alias = canonical name' per line (e.g. DPRK = North Korea).",
                               valueName: "file"))
    var aliases: String?

    /// The gazetteer with the user's aliases, or a validation error naming the file and line.
    func gazetteer() throws -> Gazetteer {
        guard let path = aliases else { return .standard }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read the aliases file '\(path)'")
        }
        switch AliasFile.parse(String(decoding: data, as: UTF8.self), path: path) {
        case .success(let list): return Gazetteer.standard.adding(list)
        case .failure(let f): throw ValidationError("bad aliases file: \(f)")
        }
    }
}
