import Testing
@testable import NewsModel

/// The compact forms a corpus keeps (32-bit spans, shared mention storage, posting lists in
/// one array) read back exactly what was put in.
@Suite("Compact storage")
struct CompactStorageTests {
    @Test func spansKeepTheirOffsetsInEightBytes() {
        var s = TextSpan(7, 1 << 30)
        #expect(MemoryLayout<TextSpan>.size == 8)
        #expect(s.begin == 7 && s.end == 1 << 30)
        s.begin += 3
        s.end -= 1
        #expect(s == TextSpan(10, (1 << 30) - 1))
        #expect(TextSpan(1, 5) < TextSpan(1, 6) && TextSpan(1, 9) < TextSpan(2, 3))
    }

    @Test func packedListsShareOneArrayAndReadTheSame() {
        let original: [[TextSpan]] = [[TextSpan(0, 3), TextSpan(9, 12)], [], [TextSpan(4, 8)], [TextSpan(20, 25), TextSpan(30, 31), TextSpan(40, 44)]]
        var lists = original.map(SpanList.init)
        SpanList.pack(&lists)
        #expect(lists.map(Array.init) == original)
        #expect(lists[3][2] == TextSpan(40, 44))
        #expect(lists[1].isEmpty && lists[1].first == nil)
        #expect(lists[0] == SpanList([TextSpan(0, 3), TextSpan(9, 12)]))
        #expect(lists[0] != lists[2])
        #expect(Set(lists + [SpanList(original[2])]).count == 4)
    }

    @Test func anArticlesActorsHoldTheirMentionsInOrder() throws {
        let a = ArticleAnalyzer.article(id: "a", path: "a.txt", date: CivilDate(year: 2024, month: 5, day: 2)!,
                        text: "Russia and Ukraine met. Russia said Ukraine must leave. Kaja Kallas spoke.")
        let russia = try #require(a.actors.first { $0.id == "russia" })
        #expect(russia.mentions.map { a.slice($0) } == ["Russia", "Russia"])
        #expect(russia.mentions.count == 2 && russia.mentions[1].begin > russia.mentions[0].begin)
    }

    @Test func postingListsAreTheListsThatWereAdded() {
        // (item, list) pairs in item order, as the corpus walks its events.
        let pairs: [(Int32, Int32)] = [(0, 2), (1, 0), (1, 2), (3, 2), (4, 1), (7, 0)]
        var gathered = PostingLists.Pairs()
        gathered.reserve(100)
        for (item, list) in pairs { gathered.add(item, to: list) }
        let lists = PostingLists(lists: 4, pairs: gathered)
        #expect(lists.count == 4)
        #expect(Array(lists[0]) == [1, 7])
        #expect(Array(lists[1]) == [4])
        #expect(Array(lists[2]) == [0, 1, 3])
        #expect(lists[3].isEmpty)
    }

    @Test func arraysDropTheRoomAppendingLeft() {
        var a: [Int] = []
        for k in 0..<1000 { a.append(k) }
        let exact = a.withoutSpareCapacity()
        #expect(exact == a)
        #expect(exact.capacity < a.capacity || a.capacity == a.count)
        #expect(exact.capacity - exact.count < 8)
    }
}
