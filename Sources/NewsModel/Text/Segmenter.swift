/// Splits a text into paragraphs, sentences and tokens: its `Document`.
public enum Segmenter {
    /// Tokens are looked up in `lexicon` (the vocabulary, or a gazetteer's lexicon that holds it).
    public static func segment(_ text: String, lexicon: Lexicon = .standard) -> Document {
        var bytes = text
        return bytes.withUTF8 { u in
            let scanned = ScannedText(u)
            return scanned.withSource(u, ascii: { segment($0, text: text, bytes: u, map: scanned.scalarMap, lexicon: lexicon) },
                                      decoded: { segment($0, text: text, bytes: u, map: scanned.scalarMap, lexicon: lexicon) })
        }
    }

    private static func segment<S: CharSource>(_ src: S, text: String, bytes u: UnsafeBufferPointer<UInt8>, map: ScalarMap,
                                               lexicon: Lexicon) -> Document {
        let tokens = Tokenizer.tokenize(src)
        let (sentences, ranges) = SentenceSplitter.split(src, tokens: tokens, bytes: u)
        let (lexemes, listLexemes) = lexicon.lookUp(tokens, bytes: u)
        return Document(text: text, paragraphs: paragraphs(tokens), sentences: sentences, sentenceTokens: ranges, tokens: tokens,
                        lexemes: lexemes, listLexemes: listLexemes, lexicon: lexicon, scalarMap: map)
    }

    /// Paragraphs are the lines that hold tokens: from the first token of a line to the
    /// end of its last one (so surrounding whitespace is left out).
    static func paragraphs(_ tokens: [Token]) -> [TextSpan] {
        var result: [TextSpan] = []
        // Counted first, so the array is made once at its size.
        var count = 0
        for t in tokens where t.has(.paragraphStart) { count += 1 }
        result.reserveCapacity(count)
        var start = -1, end = -1
        for t in tokens {
            if t.has(.paragraphStart) {
                if start >= 0 { result.append(TextSpan(start, end)) }
                start = Int(t.begin)
            }
            end = Int(t.end)
        }
        if start >= 0 { result.append(TextSpan(start, end)) }
        return result
    }
}
