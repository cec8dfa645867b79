import Foundation

/// A map over items on worker threads whose results are consumed in the items' order, each as
/// soon as it and all before it are done: a streaming pipeline. At most `window` results wait
/// to be consumed, so memory does not grow with the number of items.
enum OrderedMap {
    static func run<T: Sendable, R>(_ items: [T], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                    window: Int? = nil, transform: @escaping @Sendable (T) -> R,
                                    consume: (R) -> Void) {
        let workers = max(1, min(workers, items.count))
        if workers == 1 {
            for item in items { consume(transform(item)) }
            return
        }
        let slots = Slots<R>(count: items.count, window: max(window ?? 8 * workers, workers))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            // Threads of our own: extraction recurses deeper than a dispatch worker's stack allows
            // on some systems.
            let thread = Thread {
                while let k = slots.claim() { slots.put(k, transform(items[k])) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for k in 0..<items.count { consume(slots.take(k)) }
        group.wait()
    }

    /// Results waiting for their turn, and which item is the next to start.
    private final class Slots<R>: @unchecked Sendable {
        private let condition = NSCondition()
        private var waiting: [Int: R] = [:]
        private var next = 0
        private var consumed = 0
        private let count: Int
        private let window: Int

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        /// The next item to work on, once it is within the window; nil when all are taken.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while next < count, next >= consumed + window { condition.wait() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        func put(_ k: Int, _ result: R) {
            condition.lock()
            waiting[k] = result
            condition.broadcast()
            condition.unlock()
        }

        /// Item `k`'s result, waiting until it is done.
        func take(_ k: Int) -> R {
            condition.lock()
            defer { condition.unlock() }
            while waiting[k] == nil { condition.wait() }
            consumed = k + 1
            condition.broadcast()
            return waiting.removeValue(forKey: k)!
        }
    }
}
