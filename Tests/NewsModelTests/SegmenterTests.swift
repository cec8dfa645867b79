import Testing
@testable import NewsModel

@Suite("Segmentation")
struct SegmenterTests {
    private func sentences(_ text: String) -> [String] {
        let seg = Segmenter.segment(text)
        let map = ScalarMap(text)
        return seg.sentences.map { text.slice($0, map: map) }
    }

    private func tokens(_ text: String) -> [String] {
        let seg = Segmenter.segment(text)
        let map = ScalarMap(text)
        return seg.tokens.map { text.slice($0.span, map: map) }
    }

    @Test(arguments: [
        // Abbreviations and titles do not end sentences.
        ("Gen. Kim met Mr. Park on Oct. 8 in the U.S. capital. They talked.",
         ["Gen. Kim met Mr. Park on Oct. 8 in the U.S. capital.", "They talked."]),
        ("The No. 2 official left. He did not return.", ["The No. 2 official left.", "He did not return."]),
        // Initials.
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        // Decimals.
        ("Growth was 2.5 percent. Prices rose.", ["Growth was 2.5 percent.", "Prices rose."]),
        // An initialism at the end of a sentence, followed by a typical opener.
        ("Sanctions were imposed by the U.S. The talks stalled.", ["Sanctions were imposed by the U.S.", "The talks stalled."]),
        // A quote closing the sentence stays with it.
        ("He said it \"poses a threat to the international community.\" Officials agreed.",
         ["He said it \"poses a threat to the international community.\"", "Officials agreed."]),
        ("“It is over,” she said. “We won.” Then she left.", ["“It is over,” she said.", "“We won.”", "Then she left."]),
        // Ellipses: before a capital they end a sentence, before lower case they do not.
        ("He paused... and went on. Then... Nothing happened.", ["He paused... and went on.", "Then...", "Nothing happened."]),
        // Question and exclamation marks.
        ("Why now? Nobody knows! Really.", ["Why now?", "Nobody knows!", "Really."]),
        // Company suffixes.
        ("Apple Inc. said sales rose. Samsung Electronics Co. Ltd. declined to comment.",
         ["Apple Inc. said sales rose.", "Samsung Electronics Co. Ltd. declined to comment."]),
        // Lower case after a dot does not start a sentence.
        ("Prices rose approx. five percent. Markets fell.", ["Prices rose approx. five percent.", "Markets fell."]),
        // A time with a.m. inside a sentence.
        ("The blast came at 10:30 a.m. local time. Police arrived.", ["The blast came at 10:30 a.m. local time.", "Police arrived."]),
        // No final punctuation.
        ("Seoul summons envoy", ["Seoul summons envoy"]),
    ])
    func sentenceSplitting(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func sentencesNeverCrossParagraphs() {
        #expect(sentences("Headline without a dot\nBody starts here. It goes on") ==
                ["Headline without a dot", "Body starts here.", "It goes on"])
    }

    @Test func paragraphsAreNonBlankLinesWithOffsets() {
        let text = "  First line.  \n\n \nSecond line.\n"
        let seg = Segmenter.segment(text)
        #expect(seg.paragraphs == [TextSpan(2, 13), TextSpan(19, 31)])
    }

    @Test func offsetsAreUnicodeScalarsNotBytesOrCharacters() {
        // "é" as e + combining accent is one Character but two scalars; "서울" is 6 UTF-8 bytes.
        let text = "Cafe\u{301} in 서울. Next “quote” here."
        let seg = Segmenter.segment(text)
        #expect(seg.sentences == [TextSpan(0, 12), TextSpan(13, 31)])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[13..<31])) == "Next “quote” here.")
        #expect(seg.tokens[0].span == TextSpan(0, 5))  // Café, with its combining mark
        #expect(seg.tokens[2].span == TextSpan(9, 11))  // 서울
        #expect(seg.tokens[2].byteBegin == 10 && seg.tokens[2].byteEnd == 16)
    }

    @Test func tokensKeepCompoundsNumbersAndSplitPossessives() {
        #expect(tokens("South Korea's Vice Foreign Minister Kim Hong-kyun cited 1,500 troops, 2.5% and $3bn.") == [
            "South", "Korea", "'s", "Vice", "Foreign", "Minister", "Kim", "Hong-kyun", "cited", "1,500", "troops", ",",
            "2.5", "%", "and", "$", "3bn", ".",
        ])
        #expect(tokens("O'Brien didn't visit the U.S.-led coalition's anti-tank unit at 10:30 on 10/21/2024.") == [
            "O'Brien", "didn't", "visit", "the", "U.S.", "-", "led", "coalition", "'s", "anti-tank", "unit", "at", "10:30",
            "on", "10/21/2024", ".",
        ])
        #expect(tokens("AT&T and www.state.gov; containers' worth") == [
            "AT&T", "and", "www.state.gov", ";", "containers", "'", "worth",
        ])
    }

    @Test func tokenKindsAndFlags() {
        let seg = Segmenter.segment("NATO fired 1,500 shells in mid-2024 at U.S. bases.")
        let t = seg.tokens
        #expect(t[0].kind == .word && t[0].has(.allUpper) && t[0].has(.capitalized) && t[0].has(.spaceBefore))
        #expect(t[0].has(.paragraphStart))
        #expect(t[2].kind == .number)
        #expect(t[1].kind == .word && !t[1].has(.capitalized))
        #expect(t[5].has(.hasHyphen) && t[5].has(.hasDigit))
        #expect(t[7].has(.initialism))
        #expect(t[9].kind == .punctuation && !t[9].has(.spaceBefore))
    }

    @Test func hostileTextDoesNotTrapTheScanner() {
        let weird = "\u{0}\u{1B}[31m\u{202E}abc\u{FFFD}\u{1F600}\u{200D}\u{1F466}......''\"\"--\n\n\u{2028}x.y.z. "
        let seg = Segmenter.segment(weird)
        #expect(!seg.tokens.isEmpty)
        for t in seg.tokens { #expect(t.begin < t.end) }
        for s in seg.sentences { #expect(s.begin < s.end) }
        #expect(Segmenter.segment("").tokens.isEmpty)
        #expect(Segmenter.segment("").sentences.isEmpty)
    }

    /// Word tables look tokens up by the hash the tokenizer stored: it must be the hash of the
    /// token's bytes, in ASCII and in every UTF-8 width, so "Côte d'Ivoire" and "KÖLN" are
    /// found as if hashed from their bytes.
    @Test func tokenHashesAreTheWordTableHashOfTheirBytes() {
        let text = "Côte d'Ivoire, KÖLN and Zürich; 東京 said €5 (😀) Jean-Luc's U.S. 1,500 ſ"
        let seg = Segmenter.segment(text)
        let bytes = Array(text.utf8)
        #expect(seg.tokens.count > 10)
        for t in seg.tokens {
            let own = bytes[Int(t.byteBegin)..<Int(t.byteEnd)]
            #expect(t.wordHash == WordTable<Bool>.hash(own), "\(String(decoding: own, as: UTF8.self))")
        }
        let table = WordTable<Bool>(words: ["côte", "köln", "東京", "€"])
        let found = bytes.withUnsafeBufferPointer { u in
            seg.tokens.filter { table.contains(u, $0) }.map { String(decoding: u[Int($0.byteBegin)..<Int($0.byteEnd)], as: UTF8.self) }
        }
        // ASCII letters fold; "Ö" is not ASCII, so "KÖLN" does not meet "köln".
        #expect(found == ["Côte", "東京", "€"])
    }

    /// Words without a capital are compared with keys byte for byte, the others folded: both
    /// ways find the same keys, and a word's capitals always send it the folding way.
    @Test func lowerCaseWordsMatchKeysWithoutFolding() {
        let text = "the Minister met the minister and the MINISTER; ministers, Ministry, élan Élan"
        let seg = Segmenter.segment(text)
        let bytes = Array(text.utf8)
        let table = WordTable<Int>([("minister", 1), ("ministry", 2), ("élan", 3)])
        bytes.withUnsafeBufferPointer { u in
            var found: [Int] = []
            for t in seg.tokens where t.kind == .word {
                let word = String(decoding: u[Int(t.byteBegin)..<Int(t.byteEnd)], as: UTF8.self)
                let hasCapital = word.unicodeScalars.contains { $0.properties.isUppercase }
                #expect(t.has(.noUpper) == !hasCapital, "\(word)")
                let value = table.lookup(u, t)
                #expect(value == table.lookup(u, Int(t.byteBegin), Int(t.byteEnd)), "\(word)")
                if let value { found.append(value) }
            }
            // "Élan" keeps its capital: only ASCII letters fold.
            #expect(found == [1, 1, 1, 2, 3])
        }
    }

    /// ASCII text is read from its bytes, other text from decoded arrays: both readers must
    /// make the same tokens and sentences of the same text.
    @Test func asciiAndDecodedReadersAgree() {
        let text = """
            Gen. Kim met Mr. Park on Oct. 8 in the U.S. capital... They talked about the 1,500 troops, \
            AT&T's 10:30 call and 3/4 of the O'Brien family's al-Qaeda-linked "mid-2024" plans!
            South Korea's NIS (National Intelligence Service) said: it's 2.5 percent. Dec.14th? Yes.
            """
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { m in
            let u = UnsafeBufferPointer(m)
            let ascii = CharClass.asciiTable.withUnsafeBufferPointer { table in
                let src = ASCIISource(bytes: u, table: table)
                let tokens = Tokenizer.tokenize(src)
                return (tokens, SentenceSplitter.split(src, tokens: tokens, bytes: u).spans)
            }
            // The same text through the decoded arrays, as non-ASCII text would go.
            let classes = u.map { CharClass.of(Unicode.Scalar($0)) }
            let scalars = u.map { Unicode.Scalar($0) }
            let offsets = (0...u.count).map { Int32($0) }
            let decoded = classes.withUnsafeBufferPointer { c in
                scalars.withUnsafeBufferPointer { s in
                    offsets.withUnsafeBufferPointer { o in
                        let src = DecodedSource(classes: c, scalars: s, offsets: o)
                        let tokens = Tokenizer.tokenize(src)
                        return (tokens, SentenceSplitter.split(src, tokens: tokens, bytes: u).spans)
                    }
                }
            }
            #expect(ascii.0 == decoded.0)
            #expect(ascii.1 == decoded.1)
            #expect(ascii.0.count >= 50)
            #expect(ascii.1.count == 5)
        }
    }
}
