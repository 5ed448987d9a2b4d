#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every event's words, plain and lower-case, in one buffer (a newline after each), built on a thread of
/// its own once the view opens, so that `/` find scans memory (memchr, then memcmp) instead of putting in words every
/// event it passes: on a million events that was tens of seconds. Events not indexed yet are still found,
/// by describing them as before. The index matches bytes of the lower-cased UTF-8 text.
final class SearchIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    /// Where each indexed event's text ends in `bytes` (its newline).
    private var ends: [Int] = []
    private var started = false

    /// Events indexed before the builder hands them over, so the lock is taken once per batch.
    static let batch = 4096

    /// Starts indexing `texts` on a thread of its own; later calls do nothing.
    func start(_ texts: EventTexts) {
        let first = lock.withLock {
            defer { started = true }
            return !started
        }
        guard first else { return }
        let thread = Thread { [self] in
            var chunk: [UInt8] = [], chunkEnds: [Int] = []
            for index in texts.indices {
                chunk.append(contentsOf: texts[index].utf8)
                chunkEnds.append(chunk.count)
                chunk.append(0x0A)
                if chunkEnds.count == Self.batch || index == texts.endIndex - 1 {
                    lock.withLock {
                        let base = bytes.count
                        bytes.append(contentsOf: chunk)
                        ends.append(contentsOf: chunkEnds.lazy.map { base + $0 })
                    }
                    chunk.removeAll(keepingCapacity: true)
                    chunkEnds.removeAll(keepingCapacity: true)
                }
            }
        }
        thread.start()
    }

    /// How many events (from the first) are indexed so far.
    var indexedCount: Int { lock.withLock { ends.count } }

    /// Whether a thread is building (or has built) the index.
    var isStarted: Bool { lock.withLock { started } }

    /// The first event in `range` whose indexed text contains `needle`, searched as far as the index is
    /// built; and the first event of `range` not searched (`range.upperBound` when all of it was).
    func firstMatch(_ needle: [UInt8], in range: Range<Int>) -> (found: Int?, searchedUpTo: Int) {
        lock.withLock {
            let upper = min(range.upperBound, ends.count)
            guard !needle.isEmpty, range.lowerBound < upper else { return (nil, max(range.lowerBound, min(range.upperBound, ends.count))) }
            let from = range.lowerBound == 0 ? 0 : ends[range.lowerBound - 1] + 1
            let to = ends[upper - 1]
            guard to - from >= needle.count else { return (nil, upper) }
            let hit: Int? = bytes.withUnsafeBytes { all in
                needle.withUnsafeBytes { pattern in
                    Self.search(pattern, in: UnsafeRawBufferPointer(rebasing: all[from..<to])).map { from + $0 }
                }
            }
            guard let hit else { return (nil, upper) }
            // The event whose text holds the first byte of the match: the first whose end is past it.
            var low = range.lowerBound, high = upper - 1
            while low < high {
                let middle = (low + high) / 2
                if ends[middle] <= hit { low = middle + 1 } else { high = middle }
            }
            return (low, upper)
        }
    }

    /// The offset of the first occurrence of `pattern` in `text` (memmem is a GNU extension Swift's Glibc
    /// module does not show; memchr finds candidates at memory speed).
    static func search(_ pattern: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count, let base = text.baseAddress else { return nil }
        var offset = 0
        let last = text.count - pattern.count
        while offset <= last {
            guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
            let at = UnsafeRawPointer(found) - base
            if memcmp(base + at, pattern.baseAddress!, pattern.count) == 0 { return at }
            offset = at + 1
        }
        return nil
    }
}
