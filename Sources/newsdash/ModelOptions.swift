import ArgumentParser
import NewsModel

/// Options every command that loads articles shares.
struct ModelOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A file of your own aliases and merges, one 'alias = canonical name' per line (e.g. DPRK = North Korea).",
                               valueName: "file"))
    var aliases: String?

    @Option(name: .customLong("max-file-size"),
            help: ArgumentHelp("Largest file or JSON document read, and largest JSON Lines record (e.g. 64M, 1G).",
                               valueName: "size"))
    var maxFileSize: String = "64M"

    func validate() throws {
        if LoadLimits.parseSize(maxFileSize) == nil {
            throw ValidationError("--max-file-size must be a size from 1 byte to 1G, such as 64M or 512K, not '\(maxFileSize)'.")
        }
    }

    /// The size limits of loading.
    var limits: LoadLimits { LoadLimits(maxFileSize: LoadLimits.parseSize(maxFileSize) ?? LoadLimits.defaultMaxFileSize) }

    /// The gazetteer with the user's aliases, or a validation error naming the file and line.
    func gazetteer(orConfigured configured: String? = nil) throws -> Gazetteer {
        try aliasList(orConfigured: configured).map { Gazetteer.standard.adding($0) } ?? .standard
    }

    /// The user's aliases (nil without `--aliases` or `configured`), or a validation error
    /// naming the file and line. `--aliases` wins over the config file's.
    func aliasList(orConfigured configured: String? = nil) throws -> [AliasFile.Alias]? {
        guard let path = aliases ?? configured else { return nil }
        let text: String
        switch AliasFile.read(RawArguments.pathNames([path])[0], limit: limits.maxFileSize) {
        case .success(let t): text = t
        case .failure(let why): throw ValidationError("cannot read the aliases file '\(path)': \(why)")
        }
        switch AliasFile.parse(text, path: path) {
        case .success(let list): return list
        case .failure(let f): throw ValidationError("bad aliases file: \(f)")
        }
    }
}
