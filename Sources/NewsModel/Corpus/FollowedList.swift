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
        var lo = 0, hi = moved.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if moved[mid] - mid > k { hi = mid } else { lo = mid + 1 }
        }
        return k + lo
    }

    /// The row of `base[b]` in this list (nil for a moved element: it is in `front`).
    func row(ofBase b: Int) -> Int? {
        var lo = 0, hi = moved.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if moved[mid] < b { lo = mid + 1 } else { hi = mid }
        }
        if lo < moved.count, moved[lo] == b { return nil }
        return front.count + b - lo
    }
}
