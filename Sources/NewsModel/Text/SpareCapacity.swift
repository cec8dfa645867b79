extension Array {
    /// The elements with no room to spare: an array grown by appending keeps up to twice the
    /// room it needs, which adds up over a corpus's millions of items. A copy when there is
    /// room to drop.
    func withoutSpareCapacity() -> [Element] {
        capacity == count ? self : withUnsafeBufferPointer { Array($0) }
    }
}

extension Array where Element: Comparable {
    /// Sorted, each element once: in place, with no second array.
    mutating func sortAndRemoveDuplicates() {
        sort()
        var n = 0
        for j in indices where n == 0 || self[n - 1] != self[j] {
            self[n] = self[j]
            n += 1
        }
        removeLast(count - n)
    }
}
