import TutorCore

/// What the record shows about the writes to one place of a synchronized Value/Array (`Value#1.value`,
/// `Array#1[3]`): how many there were, how many overwrote a value another thread had written since the writer
/// last read the place, and, when every write after the first was a read-modify-write, how many of them the
/// last value builds on.
///
/// Only accesses through the synchronized wrapper count (`GenericRules.access`): each is recorded inside the
/// lock hold that orders it, so the recorded order is the order the shared memory saw.
public struct SharedWriteFigures: Sendable, Equatable {
    /// Writes to the place.
    public var writes = 0
    /// Writes whose writer had read the place, after which another thread wrote it before this write.
    public var overwrites = 0
    /// The chain of the last write: the write whose value its writer had read before writing, and so on back.
    /// Counted only when every write after the first had a read of the place by its writer since that writer's
    /// write before (nil otherwise: a write that read nothing first breaks the chain's meaning).
    public var kept: Int?
    /// The last value written.
    public var last = "?"

    /// Updates not on the last write's chain: the ones lost if every write computed its value from its writer's
    /// read just before it (nil when `kept` is).
    public var lost: Int? { kept.map { writes - $0 } }

    /// The figures of `slot` (`GenericRules.access(_:).slot`) over the whole record.
    public static func of(slot: String, in events: [TraceEvent]) -> SharedWriteFigures {
        var figures = SharedWriteFigures()
        var seen: [String: Int?] = [:]      // thread → the write its last read saw (nil: none yet), until it writes
        var parent: [Int?] = []             // per write: the write its writer's read saw; nil: none (or no read)
        var readFirst: [Bool] = []
        for e in events {
            guard let access = GenericRules.access(e), access.slot == slot else { continue }
            let me = "\(e.pid) \(e.thread)", lastWrite: Int? = parent.isEmpty ? nil : parent.count - 1
            if access.isRead {
                seen[me] = .some(lastWrite)
                continue
            }
            let saw = seen.removeValue(forKey: me)
            if let saw, saw != lastWrite { figures.overwrites += 1 }
            parent.append(saw ?? nil)
            readFirst.append(saw != nil)
            figures.last = access.value
        }
        figures.writes = parent.count
        guard !parent.isEmpty, readFirst.dropFirst().allSatisfy({ $0 }) else { return figures }
        var chain = 1, at = parent.count - 1
        while let up = parent[at], chain <= parent.count {
            chain += 1
            at = up
        }
        figures.kept = chain
        return figures
    }
}
