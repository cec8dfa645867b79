import Testing
@testable import NewsModel

@Suite("JSON")
struct JSONTests {
    @Test func parsesValuesEscapesAndSurrogates() throws {
        let v = try JSONParser.parse(#"{"a": [1, -2.5e3, true, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00", "id": 1234}"#).get()
        #expect(v["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .null]))
        #expect(v["s"]?.stringValue == "x\"\\/\né😀")
        #expect(v["id"]?.scalarText == "1234")
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        let v = try JSONParser.parse(#"["\ud800x", "\udc00"]"#).get()
        #expect(v == .array([.string("\u{FFFD}x"), .string("\u{FFFD}")]))
    }

    @Test func errorsNameLineAndColumn() {
        guard case .failure(let f) = JSONParser.parse("{\n  \"a\": 1,\n  \"b\": tru\n}") else {
            Issue.record("expected a failure")
            return
        }
        #expect(f.line == 3)
        #expect(f.column == 8)
        #expect(f.reason == "invalid literal, expected 'true'")
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        guard case .failure(let f) = JSONParser.parse(deep) else {
            Issue.record("expected a failure")
            return
        }
        #expect(f.reason == "nesting deeper than 256 levels")
    }

    @Test func writerEscapesControlCharactersAndRoundTrips() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("text", "a\"b\\c\nd\u{1B}[31m\u{85}\u{2028}é")
        w.key("n")
        w.number(1_200_000)
        w.key("x")
        w.number(2.5)
        w.key("none")
        w.number(nil)
        w.endObject()
        #expect(w.output == #"{"text":"a\"b\\c\nd\u001b[31m\u0085\u2028é","n":1200000,"x":2.5,"none":null}"#)
        let back = try JSONParser.parse(w.output).get()
        #expect(back["text"]?.stringValue == "a\"b\\c\nd\u{1B}[31m\u{85}\u{2028}é")
    }

    @Test func prettyWriterNestsAndStaysValid() throws {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.key("a")
        w.beginArray()
        w.int(1)
        w.int(2)
        w.endArray()
        w.key("b")
        w.beginArray()
        w.endArray()
        w.endObject()
        #expect(w.output == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": []\n}")
        _ = try JSONParser.parse(w.output).get()
    }
}
