/// The raw fields of one article as a format delivered them, before validation.
struct ArticleFields {
    enum Key { case date, title, text, source, url, id }

    /// The date as written (a string), or nil.
    var date: String?
    /// A numeric date (Unix time) from JSON, and the number as written.
    var epoch: Double?
    var epochText: String?
    /// Line of the date in the file, for messages.
    var dateLine: Int?
    var title: String?
    var text: String?
    var source: String?
    var url: String?
    var id: String?

    mutating func set(_ key: Key, _ value: String) {
        switch key {
        case .date: date = value
        case .title: title = value
        case .text: text = value
        case .source: source = value
        case .url: url = value
        case .id: id = value
        }
    }
}
