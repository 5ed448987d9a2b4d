import TutorCore

/// A test made on a stale read of a synchronized Value or Array item (gaps 17A, r16_bank_overdraft_check_then_act):
/// `if balance.value >= 30: balance.value -= 30`. Thread B read the place (`check`), then read it again (`read`) and
/// wrote it (`write`), recording nothing else in between but the place's own lock; between its two reads other threads
/// wrote it (`others`), so the second read saw their value, not the first's, and nothing wrote between B's second read
/// and its write. Each access takes the Value's lock on its own, so the record's order is the order memory saw.
public struct StaleCheck: Sendable, Equatable {
    /// Event indices: B's first read, the others' writes between its reads, its second read, its write.
    public var check: Int, others: [Int], read: Int, write: Int

    /// Every such test in the run, in the order of B's write. Only reads and writes of a place are looked at: whether B
    /// recorded anything else between its reads and its write is `holds(in:)`'s to prove, for the few candidates left.
    public static func all(in events: [TraceEvent]) -> [StaleCheck] {
        var recent: [String: [Int]] = [:]            // slot and thread → its last two accesses of that slot
        var found: [StaleCheck] = []
        for (i, e) in events.enumerated() where e.is(.sharedRead) || e.is(.sharedWrite) {
            guard let access = GenericRules.access(e) else { continue }
            let me = "\(e.pid) \(e.thread)"
            let key = access.slot + "\u{1}" + me
            var mine = recent[key] ?? []
            if !access.isRead, mine.count == 2, GenericRules.access(events[mine[0]])?.isRead == true,
               GenericRules.access(events[mine[1]])?.isRead == true {
                let check = mine[0], read = mine[1]
                let others = othersWrites(slot: access.slot, me: me, from: check, to: read, in: events)
                let race = StaleCheck(check: check, others: others, read: read, write: i)
                if race.holds(in: events) { found.append(race) }
            }
            mine.append(i)
            recent[key] = Array(mine.suffix(2))
        }
        return found
    }

    /// True when the recorded events prove it (see the type's comment).
    public func holds(in events: [TraceEvent]) -> Bool {
        guard [check, read, write].allSatisfy(events.indices.contains), check < read, read < write, !others.isEmpty,
              let c = GenericRules.access(events[check]), let r = GenericRules.access(events[read]),
              let w = GenericRules.access(events[write]), c.isRead, r.isRead, !w.isRead, c.slot == r.slot, r.slot == w.slot,
              c.value != r.value, w.value != r.value else { return false }
        let me = "\(events[check].pid) \(events[check].thread)"
        func thread(_ i: Int) -> String { "\(events[i].pid) \(events[i].thread)" }
        guard thread(read) == me, thread(write) == me,
              Self.othersWrites(slot: c.slot, me: me, from: check, to: read, in: events) == others,
              let last = others.last, GenericRules.access(events[last])?.value == r.value,
              Self.othersWrites(slot: c.slot, me: me, from: read, to: write, in: events).isEmpty else { return false }
        // B recorded nothing between its first read and its write but its second read and the place's own lock
        let locks: Set<String> = Self.lock(of: check, in: events).map { [$0] } ?? []
        return !events[(check + 1)..<write].indices.contains { i in
            thread(i) == me && i != read && !Self.isOwnLock(events[i], locks)
        }
    }

    /// The lock a synchronized Value or Array was made with (its `shared.create`'s label), by object.
    static func valueLocks(in events: [TraceEvent]) -> [String: String] {
        var locks: [String: String] = [:]
        for e in events where e.is(.sharedCreate) {
            if let object = e.object, let lock = e.string(EventField.lockLabel) { locks[object] = lock }
        }
        return locks
    }

    /// The lock the place at `access` was made with (nil for a raw one).
    static func lock(of access: Int, in events: [TraceEvent]) -> String? {
        guard events.indices.contains(access), let object = events[access].object else { return nil }
        return valueLocks(in: events)[object]
    }
}

private extension StaleCheck {
    /// A wait for, an acquire or a release of one of `locks` (locks Values or Arrays were made with: each access takes
    /// its own).
    static func isOwnLock(_ e: TraceEvent, _ locks: Set<String>) -> Bool {
        guard e.is(.lockAcquire) || e.is(.lockRelease) || e.is(.lockWait), let object = e.object else { return false }
        return locks.contains(object)
    }

    static func othersWrites(slot: String, me: String, from: Int, to: Int, in events: [TraceEvent]) -> [Int] {
        events[(from + 1)..<to].indices.filter { i in
            guard let a = GenericRules.access(events[i]), !a.isRead, a.slot == slot else { return false }
            return "\(events[i].pid) \(events[i].thread)" != me
        }
    }
}
