/// A list with some of its elements brought to the front: `front`, then the rest of `base`
/// in its order without the elements at `moved` (ascending indexes into `base`). Reading a
/// row is two binary searches, so following a cursor never copies the whole list.
public struct FollowedList<Element: Sendable>: RandomAccessCollection, Sendable {
    public let front: [Element]
    let base: [Element]
    let moved: [Int]

    public init(_ base: [Element]) {
        self.base = base
        front = []
        moved = []
    }

    init(front: [Element], base: [Element], moved: [Int]) {
        self.front = front
        self.base = base
        self.moved = moved
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { front.count + base.count - moved.count }

    public subscript(i: Int) -> Element {
        i < front.count ? front[i] : base[baseIndex(ofRest: i - front.count)]
    }

    /// The index in `base` of the k-th element not moved.
    func baseIndex(ofRest k: Int) -> Int {
        // The number j of moved elements before the answer is the first j with
        // moved[j] - j > k (elements kept before moved[j] are moved[j] - j).
        k + BinarySearch.first(in: 0..<moved.count) { moved[$0] - $0 > k }
    }

    /// The row of `base[b]` in this list (nil for a moved element: it is in `front`).
    func row(ofBase b: Int) -> Int? {
        let before = BinarySearch.first(in: 0..<moved.count) { moved[$0] >= b }
        if before < moved.count, moved[before] == b { return nil }
        return front.count + b - before
    }
}
