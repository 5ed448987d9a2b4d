/// Where the events of each kind lie in a run's events, found in one pass: the analysis asks "the events of
/// these kinds" some seventy times per run, and each answer was a scan of every event (6% of replaying a long
/// run's instructions); here it is the list made once, or a merge of a few.
///
/// It answers for the events it was made from: `covers` says whether it still has their count, and whoever
/// changes an event's kind after making it must make it again (`Timeline.indices(of:)` falls back to a scan
/// when the count differs).
public struct EventKindIndex: Sendable {
    /// The positions of each known kind's events in order, by `EventKind.position` (32 bits each: half the
    /// memory of `Int`, a long run holding a million of them).
    private var positions: [[Int32]]
    /// How many events it was made from.
    public private(set) var count: Int

    /// The index of no events.
    public init() {
        positions = []
        count = 0
    }

    /// The index of `events`.
    public init(_ events: [TraceEvent]) {
        var positions = [[Int32]](repeating: [], count: 256)
        events.withUnsafeBufferPointer { buffer in
            for i in buffer.indices {
                if let kind = buffer[i].known { positions[kind.position].append(Int32(truncatingIfNeeded: i)) }
            }
        }
        self.positions = positions
        count = events.count
    }

    /// Whether it was made from `count` events (what an index of other events cannot show is not checked).
    public func covers(_ count: Int) -> Bool { self.count == count && !positions.isEmpty || count == 0 }

    /// The positions of the events of these kinds, in order (each kind counted once).
    public func indices(of kinds: [EventKind]) -> [Int] {
        guard !positions.isEmpty else { return [] }
        var lists: [[Int32]] = []
        var seen = EventKindSet([])
        for kind in kinds where !seen.contains(kind) {
            seen.insert(kind)
            if !positions[kind.position].isEmpty { lists.append(positions[kind.position]) }
        }
        // Merged two at a time: a few lists, each already in order, and no position in two of them.
        while lists.count > 1 {
            var merged: [[Int32]] = []
            merged.reserveCapacity((lists.count + 1) / 2)
            var i = 0
            while i + 1 < lists.count {
                merged.append(Self.merge(lists[i], lists[i + 1]))
                i += 2
            }
            if i < lists.count { merged.append(lists[i]) }
            lists = merged
        }
        return lists.first.map { $0.map(Int.init) } ?? []
    }
}

private extension EventKindIndex {
    static func merge(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { out.append(a[i]); i += 1 } else { out.append(b[j]); j += 1 }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }
}
