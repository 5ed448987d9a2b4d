import Foundation

/// A block of event lines cut into stretches that the reader's thread and a second thread share as work taken, not
/// waited for: the second thread decodes stretches from the first on (`EventLineBatch`); the reader's thread goes
/// through them in order and takes the lines of a stretch nobody began itself, the decoded lines of one that is
/// ready, and while the other thread is still on the stretch it needs next, decodes the next stretch nobody began
/// rather than wait. It waits only when every stretch is begun and the one it needs is not done.
///
/// The reader shared each 4 MB block half and half and waited for the other half (replay 17, 22): about 47 meetings
/// on a million events, where a thread that lost its core to another process held the other up. Now a thread that
/// lost its core holds up at most the stretch it is on.
final class AheadStretches: @unchecked Sendable {
    /// How many stretches a block is cut into: a wait is for one stretch at most.
    static let count = 16

    /// What the reader's thread does with a stretch.
    enum Turn {
        /// Nobody began it: take its lines, read the general way.
        case read
        /// Its lines are decoded (`batches[i]`), by either thread.
        case decoded
    }

    private enum Owner { case nobody, other, mine, decoded }

    /// Each stretch's decoded lines, for `Turn.decoded`.
    let batches = (0..<count).map { _ in EventLineBatch() }
    private let otherDecoder = EventLineDecoder()
    private let ownDecoder = EventLineDecoder()
    private let condition = NSCondition()
    private var block = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var bounds: [Range<Int>] = []
    private var owners: [Owner] = []
    /// The first stretch nobody began (they are begun in order).
    private var next = 0
    /// Which block the second thread works on: a thread left from the block before begins nothing of this one.
    private var generation = 0

    /// The number of stretches of the block `begin` gave.
    var stretchCount: Int { bounds.count }

    /// Cuts `block` (whole lines, each ending with a newline) into stretches at newlines and lets a second thread
    /// begin decoding them. The block must stay as it is until every stretch is taken or `settle` returns.
    func begin(_ block: UnsafeBufferPointer<UInt8>) {
        condition.lock()
        generation += 1
        self.block = block
        bounds = Self.cut(block)
        owners = Array(repeating: .nobody, count: bounds.count)
        next = 0
        let current = generation
        condition.unlock()
        DispatchQueue.global(qos: .userInitiated).async { [self] in work(current) }
    }

    /// The bytes of stretch `i`.
    func stretch(_ i: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: block[bounds[i]]) }

    /// What the reader's thread does with stretch `i`; it asks for each stretch once, in order.
    func turn(_ i: Int) -> Turn {
        condition.lock()
        defer { condition.unlock() }
        while true {
            switch owners[i] {
            case .nobody:
                owners[i] = .mine
                next = i + 1
                return .read
            case .decoded:
                return .decoded
            case .mine:
                preconditionFailure("stretch \(i) asked for twice")
            case .other:
                if next < bounds.count {
                    decodeNext(as: .mine, with: ownDecoder)
                } else {
                    condition.wait()
                }
            }
        }
    }

    /// Before the reader leaves a block with stretches not taken (an error, the trailer): nothing more is begun,
    /// and what the second thread began is waited for (it reads the block's bytes).
    func settle() {
        condition.lock()
        next = bounds.count
        while owners.contains(.other) { condition.wait() }
        condition.unlock()
    }
}

private extension AheadStretches {
    /// The second thread: decodes stretches nobody began, in order, while the block is the one it was started for.
    func work(_ started: Int) {
        condition.lock()
        while started == generation, next < bounds.count {
            decodeNext(as: .other, with: otherDecoder)
        }
        condition.unlock()
    }

    /// Begins the first stretch nobody began as `owner`'s and decodes it with `decoder`, the lock let go meanwhile;
    /// called with the lock held, returns with it held. Waiters are woken when it is done (the reader's thread
    /// waits only for the second thread's stretches, but a wake-up that finds nothing new costs one look).
    private func decodeNext(as owner: Owner, with decoder: EventLineDecoder) {
        let i = next
        next += 1
        owners[i] = owner
        let bytes = stretch(i)
        condition.unlock()
        batches[i].decode(bytes, with: decoder)
        condition.lock()
        owners[i] = .decoded
        condition.broadcast()
    }

    /// `count` stretches of about equal size, each ending after a newline (fewer when lines are long).
    static func cut(_ block: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = block.baseAddress else { return [] }
        var bounds: [Range<Int>] = []
        var start = 0
        for k in 1...count where start < block.count {
            var end = block.count
            let target = max(start, block.count * k / count - 1)
            if k < count, target < block.count, let found = memchr(base + target, 0x0A, block.count - target) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            bounds.append(start..<end)
            start = end
        }
        return bounds
    }
}
