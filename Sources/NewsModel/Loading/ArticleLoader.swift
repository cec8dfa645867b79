import Dispatch

/// Loads articles from files, directories and standard input.
///
/// Every problem becomes a `LoadWarning` naming the file (and line) and the reason; one bad
/// file never stops the others, and every article that has text is loaded.
public enum ArticleLoader {
    /// What one source gave.
    public struct SourceLoad: Sendable {
        public var articles: [Article] = []
        public var warnings: [LoadWarning] = []
    }

    /// Loads everything the paths name into a corpus, reading sources on all cores.
    public static func loadCorpus(paths: [String], concurrent: Bool = true, gazetteer: Gazetteer = .standard) -> Corpus {
        let listing = SourceEnumerator.sources(for: paths)
        let loads = load(listing.sources, concurrent: concurrent, gazetteer: gazetteer)
        var articles: [Article] = []
        var warnings = listing.warnings
        for l in loads {
            articles.append(contentsOf: l.articles)
            warnings.append(contentsOf: l.warnings)
        }
        return Corpus(articles: articles, warnings: warnings, paths: paths)
    }

    /// Loads sources, in parallel when asked; results keep the order of `sources`.
    public static func load(_ sources: [InputSource], concurrent: Bool = true, gazetteer: Gazetteer = .standard) -> [SourceLoad] {
        guard concurrent, sources.count > 1 else { return sources.map { load($0, gazetteer: gazetteer) } }
        let results = UnsafeMutableBufferPointer<SourceLoad>.allocate(capacity: sources.count)
        results.initialize(repeating: SourceLoad())
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let shared = results
        // Chunks keep scheduling overhead low with thousands of small files.
        let chunk = 16
        let chunks = (sources.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for k in (c * chunk)..<min(sources.count, (c + 1) * chunk) {
                shared[k] = load(sources[k], gazetteer: gazetteer)
            }
        }
        return Array(results)
    }

    /// Reads and parses one source.
    public static func load(_ source: InputSource, gazetteer: Gazetteer = .standard) -> SourceLoad {
        switch FileReader.bytes(of: source) {
        case .success(let bytes): return load(bytes: bytes, from: source, gazetteer: gazetteer)
        case .failure(let f): return SourceLoad(warnings: [LoadWarning(path: source.path, message: describe(f))])
        }
    }

    /// Parses the bytes of one source (a file's content, or what standard input gave).
    public static func load(bytes: [UInt8], from source: InputSource, gazetteer: Gazetteer = .standard) -> SourceLoad {
        var out = SourceLoad()
        let path = source.path
        let decoded: FileReader.Decoded
        switch FileReader.decode(bytes) {
        case .success(let d): decoded = d
        case .failure(let f):
            out.warnings.append(LoadWarning(path: path, message: describe(f)))
            return out
        }
        var fileWarnings: [LoadWarning] = []
        if let bad = decoded.invalidUTF8 {
            fileWarnings.append(LoadWarning(
                path: path, line: bad.line,
                message: "invalid UTF-8: \(bad.count) byte\(bad.count == 1 ? "" : "s") replaced with U+FFFD"))
        }
        switch format(of: source, decoded.bytes) {
        case .json:
            addRecords(JSONRecords.parseJSON(decoded.bytes, path: path), source: source, fileWarnings: fileWarnings,
                       gazetteer: gazetteer, into: &out)
        case .jsonLines:
            addRecords(JSONRecords.parseLines(decoded.bytes, path: path), source: source, fileWarnings: fileWarnings,
                       gazetteer: gazetteer, into: &out)
        case .sniffedJSON:
            let outcome = JSONRecords.parseJSON(decoded.bytes, path: path)
            if outcome.records.isEmpty, let problem = outcome.warnings.first {
                // Not JSON after all: read it as text, and say so.
                let at = problem.line.map { "line \($0): " } ?? ""
                fileWarnings.append(LoadWarning(path: path, message: "starts like JSON but is not (\(at)\(problem.message)); read as plain text"))
                loadNative(decoded.bytes, source: source, fileWarnings: fileWarnings, gazetteer: gazetteer, into: &out)
            } else {
                addRecords(outcome, source: source, fileWarnings: fileWarnings, gazetteer: gazetteer, into: &out)
            }
        case .native:
            loadNative(decoded.bytes, source: source, fileWarnings: fileWarnings, gazetteer: gazetteer, into: &out)
        }
        return out
    }

    private static func addRecords(_ outcome: JSONRecords.Outcome, source: InputSource, fileWarnings: [LoadWarning],
                                   gazetteer: Gazetteer, into out: inout SourceLoad) {
        out.warnings.append(contentsOf: fileWarnings)
        out.warnings.append(contentsOf: outcome.warnings)
        for r in outcome.records {
            let ownID = r.fields.id.map { $0.trimmingASCIIWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
            let id = ownID ?? (outcome.single ? source.baseID : "\(source.baseID)#\(r.ordinal)")
            let (article, warnings) = build(r.fields, id: id, path: source.path, record: outcome.single ? nil : r.ordinal,
                                            what: outcome.single ? nil : "record \(r.ordinal)", inherited: fileWarnings,
                                            gazetteer: gazetteer)
            out.warnings.append(contentsOf: warnings)
            if let article { out.articles.append(article) }
        }
    }

    private static func loadNative(_ text: [UInt8], source: InputSource, fileWarnings: [LoadWarning], gazetteer: Gazetteer,
                                   into out: inout SourceLoad) {
        let parsed = NativeFormat.parse(text)
        out.warnings.append(contentsOf: fileWarnings)
        if parsed.fields.text?.isEmpty ?? true {
            let hasHeader = parsed.fields.date != nil || parsed.fields.title != nil
            out.warnings.append(LoadWarning(path: source.path, message: hasHeader ? "no article text after the header; skipped"
                                                : "file holds only whitespace; skipped"))
            return
        }
        let id = parsed.fields.id ?? source.baseID
        let (article, warnings) = build(parsed.fields, id: id, path: source.path, record: nil, what: nil, inherited: fileWarnings,
                                        gazetteer: gazetteer)
        out.warnings.append(contentsOf: warnings)
        if let article { out.articles.append(article) }
    }

    /// Validates the fields and makes the article. File-level warnings are attached to it too.
    private static func build(_ f: ArticleFields, id: String, path: String, record: Int?, what: String?,
                              inherited: [LoadWarning], gazetteer: Gazetteer) -> (Article?, [LoadWarning]) {
        var warnings: [LoadWarning] = []
        let prefix = what.map { "\($0): " } ?? ""
        var date: CivilDate?
        if let raw = f.date {
            switch PublicationDate.parse(raw) {
            case .success(let d): date = d
            case .failure(let failure):
                warnings.append(LoadWarning(path: path, line: f.dateLine, message: "\(prefix)\(failure); loaded as undated"))
            }
        } else if let epoch = f.epoch {
            date = PublicationDate.fromEpoch(epoch)
        }
        guard let text = f.text, !text.isEmpty else { return (nil, warnings) }
        let article = Article(id: id, path: path, record: record, date: date, title: f.title, source: f.source,
                              url: f.url, text: text, warnings: inherited + warnings, gazetteer: gazetteer)
        return (article, warnings)
    }

    private enum Format { case native, json, jsonLines, sniffedJSON }

    private static func format(of source: InputSource, _ text: [UInt8]) -> Format {
        switch source.fileExtension {
        case "json": return .json
        case "jsonl", "ndjson": return .jsonLines
        case "txt", "text": return .native
        default:
            for b in text where !isASCIISpace(b) {
                return b == UInt8(ascii: "{") || b == UInt8(ascii: "[") ? .sniffedJSON : .native
            }
            return .native
        }
    }

    private static func describe(_ f: FileReader.Failure) -> String {
        switch f {
        case .unreadable(let why): return "cannot read: \(why)"
        case .empty: return "empty file; skipped"
        case .binary: return "binary file (not text); skipped"
        }
    }
}
