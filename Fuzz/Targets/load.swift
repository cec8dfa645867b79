// libFuzzer target (a): one input loaded as an article file of the kind its first byte picks
// (native text, JSON, JSON Lines, or sniffed), fully extracted, then written as its JSON
// record and its table. Built by Fuzz/run.sh with NewsModel compiled into the same binary.
import Foundation
import NewsModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoad(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let names = ["input.txt", "input.json", "input.jsonl", "input"]
    let name = names[Int(data[0]) % names.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let load = ArticleLoader.load(bytes: bytes, from: InputSource(kind: .file, path: name, named: true))
    for a in load.articles {
        var w = JSONWriter()
        ExtractRecord.write(a, to: &w)
        // The record must be JSON the parser reads back.
        if case .failure(let f) = JSONParser.parse(w.bytes) { fatalError("record is not JSON: \(f)") }
        let table = TableSummary.render(a)
        if table.unicodeScalars.contains(where: { ($0.value < 0x20 && $0.value != 10) || (0x7F...0x9F).contains($0.value) }) {
            fatalError("the table holds a control character")
        }
        for w in a.warnings { _ = TerminalSafety.line(w.description) }
    }
    if !load.articles.isEmpty { _ = Corpus(articles: load.articles, warnings: load.warnings) }
    return 0
}
