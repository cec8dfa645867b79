extension Array {
    /// The elements with no room to spare: an array grown by appending keeps up to twice the
    /// room it needs, which adds up over a corpus's millions of items. A copy when there is
    /// room to drop.
    func withoutSpareCapacity() -> [Element] {
        capacity == count ? self : withUnsafeBufferPointer { Array($0) }
    }
}
