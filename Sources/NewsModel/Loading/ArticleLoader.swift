import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much one input may hold: a file or JSON document is refused, and a JSON Lines record
/// or standard input's text skipped, above `maxFileSize` bytes, before anything is read.
public struct LoadLimits: Sendable, Equatable {
    public var maxFileSize: Int

    public init(maxFileSize: Int = LoadLimits.defaultMaxFileSize) {
        self.maxFileSize = maxFileSize
    }

    public static let defaultMaxFileSize = 64 << 20
    /// The most `--max-file-size` may allow: offsets into an article are 32-bit.
    public static let maximumFileSize = 1 << 30
    public static let standard = LoadLimits()

    /// `64 MB`, `1.5 GB`, `800 bytes`: a size as a warning says it.
    public static func describe(_ bytes: Int) -> String {
        if bytes < 1 << 10 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB", "PB", "EB"]
        var v = Double(bytes) / 1024
        var k = 0
        while v >= 1024, k + 1 < units.count {
            v /= 1024
            k += 1
        }
        let text = v >= 10 || v == v.rounded() ? String(Int(v.rounded())) : String(Double(Int(v * 10)) / 10)
        return text + " " + units[k]
    }

    /// Reads `64M`, `1G`, `500k`, `1048576` (bytes; binary multiples), at most `maximumFileSize`.
    public static func parseSize(_ text: String) -> Int? {
        var t = Substring(text.trimmingASCIIWhitespace().lowercased())
        if t.hasSuffix("b") { t = t.dropLast() }
        var shift = 0
        switch t.last {
        case "k": shift = 10
        case "m": shift = 20
        case "g": shift = 30
        default: break
        }
        if shift > 0 { t = t.dropLast() }
        guard let n = Int(t), n > 0, n <= maximumFileSize >> shift, n << shift <= maximumFileSize else { return nil }
        return n << shift
    }
}

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
    public static func loadCorpus(paths: [String], concurrent: Bool = true, gazetteer: Gazetteer = .standard,
                                  limits: LoadLimits = .standard) -> Corpus {
        loadCorpus(pathNames: paths.map(PathName.init), concurrent: concurrent, gazetteer: gazetteer, limits: limits)
    }

    /// The same for paths given by their bytes (file names that are not UTF-8).
    public static func loadCorpus(pathNames: [PathName], concurrent: Bool = true, gazetteer: Gazetteer = .standard,
                                  limits: LoadLimits = .standard) -> Corpus {
        let listing = SourceEnumerator.sources(for: pathNames)
        let loads = load(listing.sources, concurrent: concurrent, gazetteer: gazetteer, limits: limits)
        var articles: [Article] = []
        var warnings = ResourceCheck.warnings + listing.warnings
        for l in loads {
            articles.append(contentsOf: l.articles)
            warnings.append(contentsOf: l.warnings)
        }
        return Corpus(articles: articles, warnings: warnings, paths: pathNames.map(\.display))
    }

    /// Loads sources, in parallel when asked; results keep the order of `sources`.
    public static func load(_ sources: [InputSource], concurrent: Bool = true, gazetteer: Gazetteer = .standard,
                            limits: LoadLimits = .standard) -> [SourceLoad] {
        guard concurrent, sources.count > 1 else { return sources.map { load($0, gazetteer: gazetteer, limits: limits) } }
        // Chunks keep scheduling overhead low with thousands of small files.
        return parallelMap(sources, chunk: 16) { load($0, gazetteer: gazetteer, limits: limits) }
    }

    /// `transform` over `items` on all cores, in chunks; the results keep the items' order.
    static func parallelMap<T: Sendable, R>(_ items: [T], chunk: Int, _ transform: @Sendable (T) -> R) -> [R] {
        if items.count <= 1 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let shared = results
        let chunks = (items.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for k in (c * chunk)..<min(items.count, (c + 1) * chunk) { shared[k] = transform(items[k]) }
        }
        return results.map { $0! }
    }

    /// Reads and parses one source. JSON Lines files and standard input are read a chunk at a
    /// time, so their size is not limited, only that of each record.
    public static func load(_ source: InputSource, gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard) -> SourceLoad {
        var all = SourceLoad()
        load(source, gazetteer: gazetteer, limits: limits) { part in
            all.articles.append(contentsOf: part.articles)
            all.warnings.append(contentsOf: part.warnings)
        }
        return all
    }

    /// Whether a source is read a batch of records at a time (`load(_:gazetteer:limits:emit:)`
    /// then calls `emit` more than once): JSON Lines files and standard input.
    public static func isStreamed(_ source: InputSource) -> Bool {
        source.kind == .standardInput || source.fileExtension == "jsonl" || source.fileExtension == "ndjson"
    }

    /// Reads and parses one source, handing what it gave to `emit` in order: once for a file
    /// read whole, a batch of records at a time for streamed sources, whose articles are made
    /// on all cores. Nothing of a batch is kept after `emit` returns.
    public static func load(_ source: InputSource, gazetteer: Gazetteer = .standard, limits: LoadLimits = .standard,
                            emit: (SourceLoad) -> Void) {
        let context = Context(source: source, gazetteer: gazetteer, limits: limits)
        func fail(_ message: String) { emit(SourceLoad(warnings: [LoadWarning(path: source.path, message: message)])) }
        switch source.kind {
        case .standardInput:
            loadStandardInput(context, emit: emit)
        case .file where source.fileExtension == "jsonl" || source.fileExtension == "ndjson":
            switch FileReader.open(source) {
            case .failure(let f): fail(describe(f, context))
            case .success(let (fd, size)):
                defer { close(fd) }
                var first: [UInt8] = []
                if case .failure(let e) = FileReader.readChunk(fd: fd, into: &first, max: FileReader.chunkSize) {
                    return fail("cannot read: " + SourceEnumerator.describeErrno(e.code, path: source.path))
                }
                // UTF-16 (a byte order mark) is decoded whole, as other files are.
                if first.starts(with: [0xFF, 0xFE]) || first.starts(with: [0xFE, 0xFF]) {
                    if size > limits.maxFileSize { return fail(describe(.tooLarge(size: size, limit: limits.maxFileSize))) }
                    switch FileReader.read(fd: fd, path: source.path, limit: limits.maxFileSize - first.count, expected: nil) {
                    case .success(let rest): emit(load(bytes: first + rest, from: source, gazetteer: gazetteer))
                    case .failure(let f): fail(describe(f, context))
                    }
                    return
                }
                streamLines(fd: fd, prefix: first, context, emit: emit)
            }
        case .file:
            switch FileReader.bytes(of: source, limit: limits.maxFileSize) {
            case .success(let bytes): emit(load(bytes: consume bytes, from: source, gazetteer: gazetteer))
            case .failure(let f): fail(describe(f, context))
            }
        }
    }

    /// What every step of loading one source needs.
    private struct Context {
        let source: InputSource
        let gazetteer: Gazetteer
        let limits: LoadLimits
    }

    /// Standard input: read whole when it fits the limit (any format); beyond it, read on as
    /// JSON Lines when it holds them, one record at a time.
    private static func loadStandardInput(_ context: Context, emit: (SourceLoad) -> Void) {
        let limit = context.limits.maxFileSize
        func fail(_ message: String) { emit(SourceLoad(warnings: [LoadWarning(path: "-", message: message)])) }
        var head: [UInt8] = []
        while head.count <= limit {
            switch FileReader.readChunk(fd: context.source.descriptor, into: &head, max: min(FileReader.chunkSize, limit + 1 - head.count)) {
            case .failure(let e):
                return fail("cannot read: " + SourceEnumerator.describeErrno(e.code, path: "-"))
            case .success(0):
                return emit(load(bytes: head, from: context.source, gazetteer: context.gazetteer))
            case .success:
                // Binary input (`/dev/zero`) is refused after its first bytes, not after a gigabyte.
                if head.count >= 8192, head.count - FileReader.chunkSize < 8192, FileReader.looksBinary(head) {
                    return fail(describe(.binary, context))
                }
            }
        }
        guard looksLikeJSONLines(head) else { return fail(describe(.tooLarge(size: nil, limit: limit), context)) }
        streamLines(fd: context.source.descriptor, prefix: head, context, emit: emit)
    }

    /// Whether bytes start with a line that is a whole JSON object: JSON Lines, then.
    private static func looksLikeJSONLines(_ bytes: [UInt8]) -> Bool {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, isASCIISpace(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{"),
              let nl = bytes[start...].firstIndex(of: 10) else { return false }
        if case .success(.object) = JSONParser.parse(Array(bytes[start..<nl])) { return true }
        return false
    }

    /// JSON Lines from a stream: lines are gathered in batches and each batch's records become
    /// articles on all cores. A line over the size limit, a malformed line or invalid UTF-8 is
    /// reported with its line number; the other lines load.
    private static func streamLines(fd: Int32, prefix: [UInt8], _ context: Context, emit: (SourceLoad) -> Void) {
        var out = SourceLoad()
        let path = context.source.path
        var head = prefix
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            out.warnings.append(LoadWarning(path: path, message: "JSON Lines in UTF-16 are not read beyond the size limit; save them as UTF-8"))
            return emit(out)
        }
        if FileReader.looksBinary(head) {
            out.warnings.append(LoadWarning(path: path, message: describe(.binary, context)))
            return emit(out)
        }
        var loaded = 0
        var warned = 0
        var reader = LineReader(fd: fd, limit: context.limits.maxFileSize, prefix: head)
        var ordinal = 0
        var batch: [(line: [UInt8], number: Int, ordinal: Int)] = []
        var batchBytes = 0
        // What has been gathered goes out, in order, and is not kept.
        func send() {
            guard !out.articles.isEmpty || !out.warnings.isEmpty else { return }
            loaded += out.articles.count
            warned += out.warnings.count
            emit(out)
            out = SourceLoad()
        }
        func flush() {
            let loads = parallelMap(batch, chunk: 8) { item in
                loadLine(item.line, number: item.number, ordinal: item.ordinal, context)
            }
            for l in loads {
                out.articles.append(contentsOf: l.articles)
                out.warnings.append(contentsOf: l.warnings)
            }
            batch.removeAll(keepingCapacity: true)
            batchBytes = 0
            send()
        }
        while let line = reader.next() {
            switch line {
            case .tooLong(let number, let length):
                ordinal += 1
                flush()  // the warnings of the lines before come first
                out.warnings.append(LoadWarning(path: path, line: number, message: "record \(ordinal) is \(LoadLimits.describe(length)), "
                                                + "larger than the \(LoadLimits.describe(context.limits.maxFileSize)) limit (--max-file-size); skipped"))
            case .text(let bytes, let number):
                // A lone CR ends a line too (old Mac files), as in files read whole.
                for record in bytes.contains(13) ? bytes.split(separator: 13).map(Array.init) : [bytes] {
                    if record.allSatisfy({ isASCIISpace($0) }) { continue }
                    ordinal += 1
                    batch.append((record, number, ordinal))
                    batchBytes += record.count
                    if batch.count >= 1024 || batchBytes >= 8 << 20 { flush() }
                }
            }
        }
        flush()
        if let e = reader.failure {
            out.warnings.append(LoadWarning(path: path, message: "cannot read further: " + SourceEnumerator.describeErrno(e, path: path)))
        }
        if loaded == 0, warned == 0, out.warnings.isEmpty {
            out.warnings.append(LoadWarning(path: path, message: ordinal == 0 ? "empty file; skipped" : "no article loaded"))
        }
        send()
    }

    /// One JSON Lines record: its bytes decoded (invalid UTF-8 replaced and reported), parsed
    /// and made an article.
    private static func loadLine(_ raw: [UInt8], number: Int, ordinal: Int, _ context: Context) -> SourceLoad {
        var out = SourceLoad()
        let path = context.source.path
        var bytes = raw
        var inherited: [LoadWarning] = []
        if let bad = FileReader.firstInvalidUTF8(bytes) {
            bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
            inherited.append(LoadWarning(path: path, line: number,
                                         message: "invalid UTF-8: \(bad.count) byte\(bad.count == 1 ? "" : "s") replaced with U+FFFD"))
        }
        var outcome = JSONRecords.Outcome()
        var n = ordinal - 1
        JSONRecords.parseLine(bytes, number: number, ordinal: &n, path: path, into: &outcome)
        addRecords(outcome, source: context.source, fileWarnings: inherited, gazetteer: context.gazetteer, into: &out)
        return out
    }

    /// Parses the bytes of one source (a file's content, or what standard input gave).
    /// The bytes are consumed: a long article's raw bytes are let go once its text is made.
    public static func load(bytes: consuming [UInt8], from source: InputSource, gazetteer: Gazetteer = .standard) -> SourceLoad {
        var out = SourceLoad()
        let path = source.path
        var decoded: FileReader.Decoded
        switch FileReader.decode(consume bytes) {
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
                loadNative(&decoded.bytes, source: source, fileWarnings: fileWarnings, gazetteer: gazetteer, into: &out)
            } else {
                addRecords(outcome, source: source, fileWarnings: fileWarnings, gazetteer: gazetteer, into: &out)
            }
        case .native:
            loadNative(&decoded.bytes, source: source, fileWarnings: fileWarnings, gazetteer: gazetteer, into: &out)
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

    /// The bytes are emptied once parsed: the article's text is a copy of them.
    private static func loadNative(_ text: inout [UInt8], source: InputSource, fileWarnings: [LoadWarning], gazetteer: Gazetteer,
                                   into out: inout SourceLoad) {
        let parsed = NativeFormat.parse(text)
        text = []
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
            if date == nil {
                warnings.append(LoadWarning(path: path, line: f.dateLine,
                                            message: "\(prefix)\(PublicationDate.Failure.outOfRange(f.epochText ?? String(epoch))); loaded as undated"))
            }
        }
        guard let text = f.text, !text.isEmpty else { return (nil, warnings) }
        let article = ArticleAnalyzer.article(id: id, path: path, record: record, date: date, title: f.title, source: f.source,
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

    private static func describe(_ f: FileReader.Failure, _ context: Context? = nil) -> String {
        switch f {
        case .unreadable(let why): return "cannot read: \(why)"
        case .empty: return "empty file; skipped"
        case .binary: return "binary file (not text); skipped"
        case .notAFile(let why): return why
        case .tooLarge(let size, let limit):
            let what = context?.source.kind == .standardInput ? "standard input holds more than" : size.map { "is \(LoadLimits.describe($0)), larger than" } ?? "is larger than"
            let jsonHint = context?.source.kind == .standardInput ? " unless it is JSON Lines" : "; JSON Lines files (.jsonl) are read a record at a time"
            return "\(what) the \(LoadLimits.describe(limit)) limit; not read (raise it with --max-file-size\(jsonHint))"
        }
    }
}
