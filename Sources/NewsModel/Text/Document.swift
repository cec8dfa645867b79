/// One article's text as the extractors read it, built once by the segmenter: the text, its
/// paragraphs and sentences, its tokens, the tokens of each sentence, and each token's
/// lexeme in the vocabulary. Every extractor reads it through a `TokenView`.
public struct Document: Sendable {
    public let text: String
    /// One per non-blank line, without the surrounding whitespace.
    public let paragraphs: [TextSpan]
    public let sentences: [TextSpan]
    public let tokens: [Token]
    /// The tokens of each sentence (by sentence index): the ones that begin before its end and
    /// end after its beginning.
    public let sentenceTokens: [Range<Int>]
    /// Each token's lexeme in the vocabulary (0 for a token that is none of its words) and its
    /// number in the lexicon's further list (-1 for none), both found by one lookup.
    let lexemes: [UInt16]
    let listLexemes: [Int32]
    /// The lexicon they were found in.
    let lexiconTag: Lexicon.Tag
    /// The classes of each lexeme (the vocabulary's `classesByLexeme`).
    let lexemeClasses: [WordClass]
    /// Scalar ↔ byte offsets of the text.
    public let scalarMap: ScalarMap

    /// `sentenceTokens` comes from the sentence splitter, which makes each sentence of a run
    /// of tokens.
    init(text: String, paragraphs: [TextSpan], sentences: [TextSpan], sentenceTokens: [Range<Int>], tokens: [Token],
         lexemes: [UInt16], listLexemes: [Int32], lexicon: Lexicon, scalarMap: ScalarMap) {
        self.lexemes = lexemes
        self.listLexemes = listLexemes
        lexemeClasses = lexicon.classes
        lexiconTag = lexicon.tag
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.sentenceTokens = sentenceTokens
        self.tokens = tokens
        self.scalarMap = scalarMap
    }

    /// The tokens' numbers in `lexicon`'s further list, if the document was looked up in it.
    func listLexemes(in lexicon: Lexicon) -> [Int32]? { lexiconTag === lexicon.tag ? listLexemes : nil }

    /// For each sentence in text order, the range of tokens it holds, found from the spans
    /// (what `sentenceTokens` holds, for a test to check it against).
    static func tokenRanges(of sentences: [TextSpan], _ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(sentences.count)
        var k = 0
        for s in sentences {
            while k < tokens.count, Int(tokens[k].end) <= s.begin { k += 1 }
            var end = k
            while end < tokens.count, Int(tokens[end].begin) < s.end { end += 1 }
            out.append(k..<end)
            k = end
        }
        return out
    }

    /// Runs `body` with a view of the tokens over the text's bytes; the view is valid only
    /// inside `body`. (Inlined, so each use is specialized and no view is copied through
    /// generic code.)
    @inline(__always)
    func withView<R>(_ body: (TokenView) -> R) -> R {
        var text = text
        let tokens = tokens, lexemes = lexemes, classes = lexemeClasses
        return text.withUTF8 { body(TokenView(tokens: tokens, lexemes: lexemes, classes: classes, bytes: $0)) }
    }
}
