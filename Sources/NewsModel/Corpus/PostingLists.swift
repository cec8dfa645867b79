/// Many ascending lists of numbers in one array (compressed sparse rows): list `k` is
/// `items[start[k]..<start[k + 1]]`. Two allocations for all the lists of a corpus, and no
/// room left over from appending.
struct PostingLists: Sendable {
    private let start: [Int32]
    private let items: [Int32]

    var count: Int { start.count - 1 }

    subscript(list: Int) -> ArraySlice<Int32> { items[Int(start[list])..<Int(start[list + 1])] }

    /// (item, list) pairs, gathered in item order.
    struct Pairs {
        fileprivate var items: [Int32] = []
        fileprivate var lists: [Int32] = []

        /// Room for at most `n` pairs, made once.
        mutating func reserve(_ n: Int) {
            items.reserveCapacity(n)
            lists.reserveCapacity(n)
        }

        mutating func add(_ item: Int32, to list: Int32) {
            items.append(item)
            lists.append(list)
        }
    }

    /// The lists the pairs make, laid out by a counting sort (which keeps each list in the
    /// pairs' order).
    init(lists count: Int, pairs: Pairs) {
        var start = [Int32](repeating: 0, count: count + 1)
        for l in pairs.lists { start[Int(l) + 1] += 1 }
        for k in 0..<count { start[k + 1] += start[k] }
        var next = start
        var items = [Int32](repeating: 0, count: pairs.items.count)
        for (item, l) in zip(pairs.items, pairs.lists) {
            items[Int(next[Int(l)])] = item
            next[Int(l)] += 1
        }
        self.start = start
        self.items = items
    }
}
