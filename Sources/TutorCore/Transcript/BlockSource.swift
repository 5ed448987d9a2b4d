import Foundation

/// A file descriptor read in blocks into one reused buffer: the bytes not yet consumed stay at its front.
struct BlockSource {
    private let descriptor: Int32
    private var buffer: [UInt8]
    private var count = 0
    /// True once a read returned nothing more.
    private(set) var atEnd = false

    init(descriptor: Int32, capacity: Int) {
        self.descriptor = descriptor
        // Not zeroed: only bytes a read put there are ever looked at, and zeroing 4 MB (touching every page of
        // it) cost a small transcript's replay more than reading it.
        buffer = [UInt8](unsafeUninitializedCapacity: capacity) { _, initialized in initialized = capacity }
    }

    /// The number of bytes read and not yet consumed.
    var unreadCount: Int { count }

    /// Calls `body` with the bytes read and not yet consumed.
    func withUnread<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }
    /// Whether the buffer is full of unread bytes.
    var isFull: Bool { count == buffer.count }

    /// Drops the first `n` unread bytes.
    mutating func consume(_ n: Int) {
        guard n > 0 else { return }
        let rest = count - n
        if rest > 0 {
            buffer.withUnsafeMutableBytes { raw in
                _ = memmove(raw.baseAddress!, raw.baseAddress! + n, rest)
            }
        }
        count = rest
    }

    /// Reads until `atLeast` more bytes came, the buffer is full, or the file ended; false on a read error.
    mutating func fill(atLeast wanted: Int) throws -> Bool {
        let goal = min(buffer.count, count + wanted)
        while count < goal, !atEnd {
            let n = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { atEnd = true } else { count += n }
        }
        return true
    }
}
