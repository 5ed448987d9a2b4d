#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Every event's words, plain and lower-case, built on a thread of its own (from when a long run's timeline is
/// built, or once the view opens), so that `/` find scans memory (memchr, then memcmp) instead of putting in
/// words every event it passes: on a million events that was tens of seconds. Events not indexed yet are still found, by describing them
/// as before. The index matches bytes of the lower-cased UTF-8 text.
///
/// Held in blocks of `batch` events, each its own buffer with a newline after each event: a typed needle
/// has no newline, so no match crosses an event, let alone a block; and a block never moves once made,
/// where one growing buffer was copied whole each time it doubled (a second copy of the index at the peak).
final class SearchIndex: @unchecked Sendable {
    /// One batch of events' words.
    private struct Block {
        var firstEvent: Int
        var bytes: [UInt8]
        /// Where each event's text ends in `bytes` (its newline).
        var ends: [Int32]
    }

    private let lock = NSLock()
    private var blocks: [Block] = []
    private var indexed = 0
    private var started = false

    /// Events per block: indexed before the builder hands them over, so the lock is taken once per batch.
    let batch: Int

    init(batch: Int = 4096) {
        self.batch = max(1, batch)
    }

    /// Starts indexing `texts` on a thread of its own, once `beforehand` has returned there; later calls do nothing.
    func start(_ texts: EventTexts, after beforehand: @escaping @Sendable () -> Void = {}) {
        guard claim() else { return }
        let thread = Thread { [self] in
            beforehand()
            build(texts, upTo: texts.endIndex)
        }
        thread.start()
    }

    /// Indexes `texts` on the calling thread up to event `end` (from where it stands), with no thread of its
    /// own: tests hold an index part-built, at an event they choose, to ask a find what it answers then.
    func buildNow(_ texts: EventTexts, upTo end: Int) {
        _ = claim()
        build(texts, upTo: min(end, texts.endIndex))
    }

    /// Marks the index started; whether it was not before.
    private func claim() -> Bool {
        lock.withLock {
            defer { started = true }
            return !started
        }
    }

    /// Indexes the events from the first not indexed up to `end`, a block at a time.
    private func build(_ texts: EventTexts, upTo end: Int) {
        var bytes: [UInt8] = [], ends: [Int32] = [], firstEvent = indexedCount
        guard firstEvent < end else { return }
        for index in firstEvent..<end {
            texts.appendUTF8(of: index, to: &bytes)
            ends.append(Int32(bytes.count))
            bytes.append(0x0A)
            // A block ends early past a gigabyte of words (a program may print anything): its offsets stay 32-bit.
            if ends.count == batch || bytes.count >= 1 << 30 || index == end - 1 {
                // Copied out at its size: the scratch buffers keep their spare room for the next batch.
                let block = Block(firstEvent: firstEvent, bytes: Array(bytes), ends: Array(ends))
                lock.withLock {
                    blocks.append(block)
                    indexed = index + 1
                }
                bytes.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                firstEvent = index + 1
            }
        }
    }

    /// How many events (from the first) are indexed so far.
    var indexedCount: Int { lock.withLock { indexed } }

    /// Whether a thread is building (or has built) the index.
    var isStarted: Bool { lock.withLock { started } }

    /// The first event in `range` whose indexed text contains `needle`, searched as far as the index is
    /// built; and the first event of `range` not searched (`range.upperBound` when all of it was).
    func firstMatch(_ needle: [UInt8], in range: Range<Int>) -> (found: Int?, searchedUpTo: Int) {
        // The blocks made so far: a block never changes once appended, so it is searched without the lock.
        let (made, count) = lock.withLock { (blocks, indexed) }
        let upper = min(range.upperBound, count)
        guard !needle.isEmpty, range.lowerBound < upper else { return (nil, max(range.lowerBound, upper)) }
        // The block holding the range's first event: the last that starts at or before it.
        var low = 0, high = made.count
        while low < high {
            let middle = (low + high) / 2
            if made[middle].firstEvent <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var b = max(0, low - 1)
        while b < made.count, made[b].firstEvent < upper {
            let block = made[b]
            let lowEvent = max(range.lowerBound, block.firstEvent) - block.firstEvent
            let highEvent = min(upper - block.firstEvent, block.ends.count)
            let from = lowEvent == 0 ? 0 : Int(block.ends[lowEvent - 1]) + 1
            let to = Int(block.ends[highEvent - 1])
            let hit: Int? = to - from < needle.count ? nil : block.bytes.withUnsafeBytes { all in
                needle.withUnsafeBytes { pattern in
                    Self.search(pattern, in: UnsafeRawBufferPointer(rebasing: all[from..<to])).map { from + $0 }
                }
            }
            if let hit {
                // The event whose text holds the first byte of the match: the first whose end is past it.
                var low = lowEvent, high = highEvent - 1
                while low < high {
                    let middle = (low + high) / 2
                    if Int(block.ends[middle]) <= hit { low = middle + 1 } else { high = middle }
                }
                return (block.firstEvent + low, upper)
            }
            b += 1
        }
        return (nil, upper)
    }

    /// The offset of the first occurrence of `pattern` in `text` (memmem is a GNU extension Swift's Glibc
    /// module does not show; memchr finds candidates at memory speed). The candidates are the places of the
    /// pattern's rarest byte in rows' words (`rarity`), not of its first: `/exit` looked at every `e` of a
    /// million rows and compared each, where its `x` is in a few.
    static func search(_ pattern: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer) -> Int? {
        guard !pattern.isEmpty, pattern.count <= text.count, let base = text.baseAddress, let needle = pattern.baseAddress else { return nil }
        var pick = 0
        for i in 1..<pattern.count where rarity[Int(pattern[i])] < rarity[Int(pattern[pick])] { pick = i }
        let rare = Int32(pattern[pick])
        // Each place of the rare byte at `pick` or after, in order, is the match starting `pick` before it: the
        // first that matches whole is the first match.
        var offset = pick
        let last = text.count - pattern.count + pick
        while offset <= last {
            guard let found = memchr(base + offset, rare, last - offset + 1) else { return nil }
            let at = UnsafeRawPointer(found) - base - pick
            if memcmp(base + at, needle, pattern.count) == 0 { return at }
            offset = at + pick + 1
        }
        return nil
    }

    /// How common each byte is in rows' words, lower for rarer (a rank, not a count): lower-case letters by
    /// their frequency in English, digits and the punctuation rows are full of (`task 3.1`, `square(2)`, `Queue#1`)
    /// among them, the space the commonest; any other byte (a byte of a character beyond ASCII) counts as rare. Only the speed of a search hangs on it.
    private static let rarity: [UInt8] = {
        var rank = [UInt8](repeating: 0, count: 256)
        let common = Array("zqjxkvbpygfwmucldrhsnioate".utf8)
        for (i, byte) in common.enumerated() { rank[Int(byte)] = UInt8(10 + i) }
        for byte in Array("0123456789".utf8) { rank[Int(byte)] = 30 }
        for byte in Array(".,:()#-".utf8) { rank[Int(byte)] = 25 }
        rank[Int(UInt8(ascii: " "))] = 60
        return rank
    }()
}
