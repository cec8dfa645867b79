/// Every word form an article's tokens are looked up under, each once, by the segmenter: the
/// vocabulary's words (`words.tsv`) and the words of one further list that shares the lookup
/// (the gazetteer's names and word lists). A token's entry gives its vocabulary lexeme
/// (`Document.lexemes`) and its number in the list (`Document.listLexemes`), so no extractor
/// looks a token up again.
public struct Lexicon: Sendable {
    /// Tells lexicons apart: a document knows which one it was looked up in.
    final class Tag: Sendable {}

    /// The forms, numbered in the order given.
    private let table: WordTable<Bool>
    /// By entry number: the vocabulary lexeme (0 none) and the list's number (-1 none).
    private let wordOf: [UInt16]
    private let listOf: [Int32]
    /// The classes of each vocabulary lexeme (`Vocabulary.classesByLexeme`).
    let classes: [WordClass]
    let tag = Tag()

    /// The vocabulary alone.
    public static let standard = Lexicon(vocabulary: .standard, list: [])

    /// The vocabulary's forms and the list's (`key` lower-cased in ASCII, `id` the list's own
    /// number for it); a form in both is one entry with both numbers.
    init(vocabulary: Vocabulary, list: [(key: String, id: Int32)]) {
        var entryOf: [String: Int] = [:]
        var forms: [String] = [], wordOf: [UInt16] = [], listOf: [Int32] = []
        for (i, form) in vocabulary.forms.enumerated() {
            entryOf[form] = forms.count
            forms.append(form)
            wordOf.append(UInt16(i + 1))
            listOf.append(-1)
        }
        for (key, id) in list {
            if let e = entryOf[key] {
                listOf[e] = id
            } else {
                entryOf[key] = forms.count
                forms.append(key)
                wordOf.append(0)
                listOf.append(id)
            }
        }
        table = WordTable(words: forms)
        // (Each form once, in order: an entry's number is its place in `forms`.)
        precondition(table.count == forms.count)
        self.wordOf = wordOf
        self.listOf = listOf
        classes = vocabulary.classesByLexeme
    }

    /// The vocabulary lexeme and the list number of every token of a text.
    func lookUp(_ tokens: [Token], bytes u: UnsafeBufferPointer<UInt8>) -> (words: [UInt16], list: [Int32]) {
        var words = [UInt16](repeating: 0, count: tokens.count)
        var list = [Int32](repeating: -1, count: tokens.count)
        wordOf.withUnsafeBufferPointer { wordOf in
            listOf.withUnsafeBufferPointer { listOf in
                words.withUnsafeMutableBufferPointer { words in
                    list.withUnsafeMutableBufferPointer { list in
                        table.forEachEntry(of: tokens, u) { k, e in
                            words[k] = wordOf[e]
                            list[k] = listOf[e]
                        }
                    }
                }
            }
        }
        return (words, list)
    }
}
