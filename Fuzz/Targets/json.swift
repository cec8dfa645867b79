// libFuzzer target (b): the JSON parser on any bytes, and what parses written back and read
// again to the same value; records made of it as the loader makes them.
import NewsModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let value) = JSONParser.parse(bytes) else { return 0 }
    var w = JSONWriter()
    write(value, to: &w)
    guard case .success(let again) = JSONParser.parse(w.bytes) else { fatalError("written JSON does not parse: \(w.output)") }
    if again != value { fatalError("round trip changed the value") }
    _ = ArticleLoader.load(bytes: bytes, from: InputSource(kind: .file, path: "fuzz.json", named: true))
    return 0
}

private func write(_ v: JSONValue, to w: inout JSONWriter) {
    switch v {
    case .null: w.null()
    case .bool(let b): w.bool(b)
    case .number(let n): w.number(literal: n)
    case .string(let s): w.string(s)
    case .array(let items):
        w.beginArray()
        for i in items { write(i, to: &w) }
        w.endArray()
    case .object(let members):
        w.beginObject()
        for (k, m) in members.sorted(by: { $0.key < $1.key }) {
            w.key(text: k)
            write(m, to: &w)
        }
        w.endObject()
    }
}
