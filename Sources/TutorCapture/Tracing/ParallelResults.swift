import Foundation

/// One slot per iteration of a `DispatchQueue.concurrentPerform`, each written by its own iteration and
/// read once they all ended.
final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every slot's value, in order (call after the iterations ended: each slot was written).
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
