/// Many ascending lists of numbers in one array (compressed sparse rows): list `k` is
/// `items[start[k]..<start[k + 1]]`. Two allocations for all the lists of a corpus, and no
/// room left over from appending.
struct PostingLists: Sendable {
    private let start: [Int32]
    private let items: [Int32]

    var count: Int { start.count - 1 }

    subscript(list: Int) -> ArraySlice<Int32> { items[Int(start[list])..<Int(start[list + 1])] }

    /// Lists built from a walk that reports each (item, list) pair in item order: run twice,
    /// once to count each list's length and once to fill the lists in place, so nothing
    /// grows and no pairs are gathered.
    static func build(lists: Int, _ walk: (_ add: (_ item: Int32, _ list: Int32) -> Void) -> Void) -> PostingLists {
        var start = [Int32](repeating: 0, count: lists + 1)
        walk { _, list in start[Int(list) + 1] += 1 }
        for k in 0..<lists { start[k + 1] += start[k] }
        var next = start
        var items = [Int32](repeating: 0, count: Int(start[lists]))
        walk { item, list in
            items[Int(next[Int(list)])] = item
            next[Int(list)] += 1
        }
        return PostingLists(start: start, items: items)
    }
}
