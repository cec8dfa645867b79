/// Articles from JSON (one object, an array of objects, or an object wrapping such an array,
/// as news APIs return) and JSON Lines, with the field names real news dumps use.
enum JSONRecords {
    static let dateFields = ["date", "published", "publishedAt", "pubDate", "date_publish", "published_at", "datePublished"]
    static let titleFields = ["title", "headline"]
    static let textFields = ["text", "body", "content", "maintext", "article"]
    static let urlFields = ["url", "link"]
    static let sourceFields = ["source", "source_domain"]
    /// Keys under which an object may hold its array of articles.
    static let wrapperFields = ["articles", "items", "data", "results", "documents", "records", "entries"]

    struct Record {
        /// 1-based position of the record in its file (array index or non-blank line).
        var ordinal: Int
        var line: Int?
        var fields: ArticleFields
    }

    struct Outcome {
        var records: [Record] = []
        var warnings: [LoadWarning] = []
        /// Whether the file held a single object (its article keeps the plain file id).
        var single = false
    }

    /// Parses a whole `.json` file; if it is not one JSON value but holds one per line, it is read as JSON Lines.
    static func parseJSON(_ bytes: [UInt8], path: String) -> Outcome {
        switch JSONParser.parse(bytes) {
        case .success(let value):
            return records(from: value, path: path)
        case .failure(let failure):
            if failure.reason.hasPrefix("unexpected text after"), looksLikeLines(bytes) {
                return parseLines(bytes, path: path)
            }
            var out = Outcome()
            out.warnings.append(LoadWarning(path: path, line: failure.line,
                                            message: "malformed JSON: \(failure.reason) at column \(failure.column)"))
            return out
        }
    }

    /// A JSON Lines file: each non-blank line one object; a bad line is reported and skipped.
    static func parseLines(_ bytes: [UInt8], path: String) -> Outcome {
        var out = Outcome()
        var reader = LineReader(bytes: bytes, limit: Int.max)
        var ordinal = 0
        while let line = reader.next() {
            guard case .text(let text, let number) = line else { continue }
            parseLine(text, number: number, ordinal: &ordinal, path: path, into: &out)
        }
        return out
    }

    /// One line of JSON Lines: blank, an article record, or a problem for a warning. `ordinal`
    /// counts the non-blank lines so far.
    static func parseLine(_ line: [UInt8], number: Int, ordinal: inout Int, path: String, into out: inout Outcome) {
        if line.allSatisfy({ isASCIISpace($0) }) { return }
        ordinal += 1
        switch JSONParser.parse(line) {
        case .success(let value):
            guard case .object = value else {
                out.warnings.append(LoadWarning(path: path, line: number,
                                                message: "record \(ordinal) is \(kindName(value)), not an object; skipped"))
                return
            }
            if let r = record(value, ordinal: ordinal, line: number, path: path, warnings: &out.warnings) {
                out.records.append(r)
            }
        case .failure(let failure):
            out.warnings.append(LoadWarning(path: path, line: number,
                                            message: "malformed JSON: \(failure.reason) at column \(failure.column); line skipped"))
        }
    }

    private static func looksLikeLines(_ bytes: [UInt8]) -> Bool {
        // Every non-blank line starts with `{`.
        var atLineStart = true
        var sawLine = false
        for b in bytes {
            if b == 10 { atLineStart = true; continue }
            if atLineStart, b != 32, b != 9 {
                if b != UInt8(ascii: "{") { return false }
                atLineStart = false
                sawLine = true
            }
        }
        return sawLine
    }

    private static func records(from value: JSONValue, path: String) -> Outcome {
        var out = Outcome()
        switch value {
        case .array(let items):
            for (k, item) in items.enumerated() {
                guard case .object = item else {
                    out.warnings.append(LoadWarning(path: path, message: "record \(k + 1) is \(kindName(item)), not an object; skipped"))
                    continue
                }
                if let r = record(item, ordinal: k + 1, line: nil, path: path, warnings: &out.warnings) { out.records.append(r) }
            }
        case .object:
            if firstString(value, textFields) == nil,
               let wrapped = wrapperFields.lazy.compactMap({ key -> JSONValue? in
                   if case .array = value[key] { return value[key] }
                   return nil
               }).first {
                return records(from: wrapped, path: path)
            }
            out.single = true
            if let r = record(value, ordinal: 1, line: nil, path: path, warnings: &out.warnings) { out.records.append(r) }
        default:
            out.warnings.append(LoadWarning(path: path, message: "JSON holds \(kindName(value)), not an article object or an array of them"))
        }
        return out
    }

    private static func record(_ value: JSONValue, ordinal: Int, line: Int?, path: String,
                               warnings: inout [LoadWarning]) -> Record? {
        var f = ArticleFields()
        f.text = textValue(value)
        f.title = firstString(value, titleFields)
        f.url = firstString(value, urlFields)
        f.id = value["id"]?.scalarText
        // `source` may be a string or an object with a name (NewsAPI).
        for key in sourceFields {
            if let s = value[key]?.stringValue { f.source = s; break }
            if let s = value[key]?["name"]?.stringValue { f.source = s; break }
        }
        for key in dateFields {
            guard let v = value[key] else { continue }
            if let s = v.stringValue { f.date = s; break }
            if let d = v.doubleValue {
                f.epoch = d
                f.epochText = v.scalarText
                break
            }
        }
        f.dateLine = line
        guard let text = f.text, text.contains(where: { !$0.isWhitespace }) else {
            warnings.append(LoadWarning(path: path, line: line,
                                        message: "record \(ordinal) has no text (expected one of \(textFields.joined(separator: ", "))); skipped"))
            return nil
        }
        return Record(ordinal: ordinal, line: line, fields: f)
    }

    /// The body: a string, or an array of paragraph strings joined by newlines.
    private static func textValue(_ value: JSONValue) -> String? {
        for key in textFields {
            guard let v = value[key] else { continue }
            if let s = v.stringValue { return FileReader.normalizeNewlines(s) }
            if case .array(let parts) = v {
                let strings = parts.compactMap(\.stringValue)
                if !strings.isEmpty { return FileReader.normalizeNewlines(strings.joined(separator: "\n")) }
            }
        }
        return nil
    }

    private static func firstString(_ value: JSONValue, _ keys: [String]) -> String? {
        for key in keys {
            if let s = value[key]?.stringValue, !s.isEmpty { return s }
        }
        return nil
    }

    static func kindName(_ v: JSONValue) -> String {
        switch v {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
