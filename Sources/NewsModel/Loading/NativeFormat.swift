/// newsdash's plain-text article format:
///
///     date 2024-10-21 South Korea summoned ...      (body on the same line)
///     date 2024-10-21                               (or on the next)
///     Second paragraph.
///
/// or an e-mail-like header block, ended by a blank line or the first line that is not a header:
///
///     Date: 2024-10-21T08:30:00+09:00
///     Title: Seoul summons Russian envoy
///     Source: Example Wire
///
///     South Korea summoned ...
///
/// Leading whitespace is allowed; a file without a header is an undated article (its
/// first line is usually its title).
enum NativeFormat {
    struct Parsed {
        var fields = ArticleFields()
        /// 1-based line where the body starts, for messages.
        var bodyLine = 1
    }

    /// Header keys that carry a field, by their lower-cased name.
    static let fieldKeys: [String: ArticleFields.Key] = [
        "date": .date, "published": .date, "pubdate": .date, "publishedat": .date, "date_publish": .date,
        "title": .title, "headline": .title, "source": .source, "url": .url, "link": .url, "id": .id,
    ]
    /// Header keys accepted and ignored, so that common metadata does not end up in the body.
    static let ignoredKeys: Set<String> = [
        "author", "authors", "byline", "language", "lang", "tags", "keywords", "section", "category",
        "updated", "modified", "dateline",
    ]

    static func parse(_ text: String) -> Parsed { parse(Array(text.utf8)) }

    static func parse(_ u: [UInt8]) -> Parsed {
        var parsed = Parsed()
        var i = 0, line = 1
        // Leading whitespace.
        while i < u.count, isASCIISpace(u[i]) {
            if u[i] == 10 { line += 1 }
            i += 1
        }
        if let (value, bodyStart) = nativeDateHeader(u, i) {
            parsed.fields.date = value
            parsed.fields.dateLine = line
            i = bodyStart
        } else if headerKey(u, i) != nil {
            // Header block: one `key: value` per line.
            while i < u.count, let (key, valueStart) = headerKey(u, i) {
                var e = valueStart
                while e < u.count, u[e] != 10 { e += 1 }
                let value = String(decoding: u[valueStart..<e], as: UTF8.self).trimmingASCIIWhitespace()
                if let k = fieldKeys[key] {
                    parsed.fields.set(k, value)
                    if k == .date { parsed.fields.dateLine = line }
                }
                i = e
                if i < u.count {
                    i += 1
                    line += 1
                }
                // A blank line ends the header.
                if i < u.count, u[i] == 10 { break }
            }
        }
        // Skip whitespace (and blank lines) before the body.
        while i < u.count, isASCIISpace(u[i]) {
            if u[i] == 10 { line += 1 }
            i += 1
        }
        var end = u.count
        while end > i, isASCIISpace(u[end - 1]) { end -= 1 }
        parsed.fields.text = String(decoding: u[i..<end], as: UTF8.self)
        parsed.bodyLine = line
        return parsed
    }

    /// `date YYYY-MM-DD` (any case) followed by spaces: the date token (anything starting with a
    /// digit up to the next whitespace) and where the body starts. Nil when the text does not
    /// start with such a header ("Date palms grow ..." is a body).
    private static func nativeDateHeader(_ u: [UInt8], _ start: Int) -> (String, Int)? {
        guard start + 5 < u.count, (u[start] | 0x20) == UInt8(ascii: "d"), (u[start + 1] | 0x20) == UInt8(ascii: "a"),
              (u[start + 2] | 0x20) == UInt8(ascii: "t"), (u[start + 3] | 0x20) == UInt8(ascii: "e"),
              u[start + 4] == 32 || u[start + 4] == 9 else { return nil }
        var i = start + 4
        while i < u.count, u[i] == 32 || u[i] == 9 { i += 1 }
        guard i < u.count, u[i] >= 48, u[i] <= 57 else { return nil }
        let tokenStart = i
        while i < u.count, !isASCIISpace(u[i]) { i += 1 }
        let token = String(decoding: u[tokenStart..<i], as: UTF8.self)
        // The body follows one space on the same line, or starts on the next line.
        if i < u.count, u[i] == 32 || u[i] == 9 { i += 1 }
        return (token, i)
    }

    /// The lower-cased key of a `Key: value` header line starting at `start`, and where the value starts.
    private static func headerKey(_ u: [UInt8], _ start: Int) -> (String, Int)? {
        var i = start
        while i < u.count, i - start < 24,
              (u[i] >= 65 && u[i] <= 90) || (u[i] >= 97 && u[i] <= 122) || u[i] == 95 || u[i] == 45 { i += 1 }
        guard i > start, i < u.count, u[i] == UInt8(ascii: ":") else { return nil }
        let key = String(decoding: u[start..<i], as: UTF8.self).lowercased()
        guard fieldKeys[key] != nil || ignoredKeys.contains(key) else { return nil }
        var v = i + 1
        while v < u.count, u[v] == 32 || u[v] == 9 { v += 1 }
        return (key, v)
    }
}
