/// Spans as a collection (indexed from 0) that may be a window onto storage shared with
/// others: an article's actors keep their mentions in one array between them, rather than one
/// allocation each (a 25,000-article corpus has hundreds of thousands of actors).
public struct SpanList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral, CustomStringConvertible {
    private let storage: [TextSpan]
    private let lower: Int32
    private let upper: Int32

    public init(_ spans: [TextSpan]) {
        storage = spans
        lower = 0
        upper = Int32(spans.count)
    }

    public init(arrayLiteral spans: TextSpan...) { self.init(spans) }

    /// `range` of `storage`, which the caller shares among several lists.
    init(storage: [TextSpan], range: Range<Int>) {
        self.storage = storage
        lower = Int32(range.lowerBound)
        upper = Int32(range.upperBound)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(upper - lower) }
    public subscript(position: Int) -> TextSpan { storage[Int(lower) + position] }

    public static func == (a: SpanList, b: SpanList) -> Bool { a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for s in self { hasher.combine(s) }
    }

    public var description: String { Array(self).description }

    /// Gives the lists one shared array (in order), so they hold one allocation between them.
    static func pack(_ lists: inout [SpanList]) {
        var all: [TextSpan] = []
        all.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(lists.count)
        for l in lists {
            ranges.append(all.count..<(all.count + l.count))
            all.append(contentsOf: l)
        }
        for k in lists.indices { lists[k] = SpanList(storage: all, range: ranges[k]) }
    }
}
