import TutorCore

extension StateQueries {
    /// One pass of one thread over the items of a shared Array, `arr[i]` read one at a time, with writes to that Array
    /// by other processes between its first and last read (gaps 36A, round 35S's `r35s_array_torn_snapshot`).
    struct TornSweep: Equatable {
        let object: String
        /// The `shared.read` steps of the sweep, each of another item, in order.
        let reads: [Int]
        /// The other processes' `shared.write` steps on that Array between the first and the last read.
        let writes: [Int]
    }

    /// A sweep ends at a read of an item it read already (the next pass begins), at a write by its own thread to that
    /// Array, or at a slice or `.value` access. Only Arrays made with a lock (each item access takes it) count; a raw
    /// array's accesses are not traced. Returns every sweep of two or more reads with writes between them, in order.
    static func tornSweeps(in timeline: Timeline) -> [TornSweep] {
        let events = timeline.events
        var locked: Set<String> = []
        for i in timeline.indices(of: .sharedCreate) where events[i].objectType == "Array" && events[i].string(EventField.lock) != nil {
            locked.insert(events[i].object ?? "")
        }
        guard !locked.isEmpty else { return [] }
        struct Open { var reads: [Int]; var attrs: Set<String>; var writes: [Int] }
        var open: [String: Open] = [:]   // "pid thread object"
        var found: [TornSweep] = []
        func close(_ key: String) {
            guard let sweep = open.removeValue(forKey: key), sweep.reads.count >= 2, let last = sweep.reads.last else { return }
            let between = sweep.writes.filter { $0 < last }
            if !between.isEmpty, let object = events[last].object { found.append(TornSweep(object: object, reads: sweep.reads, writes: between)) }
        }
        for i in timeline.indices(of: .sharedRead, .sharedWrite).sorted() {
            let e = events[i]
            guard let object = e.object, locked.contains(object) else { continue }
            let key = "\(e.pid) \(e.thread) \(object)"
            let item = Self.itemIndex(e.attr)
            if e.is(.sharedWrite) {
                close(key)
                for (other, sweep) in open where other.hasSuffix(" \(object)") && !other.hasPrefix("\(e.pid) ") && !sweep.reads.isEmpty {
                    open[other]?.writes.append(i)
                }
                continue
            }
            guard let item else { close(key); continue }
            if open[key]?.attrs.contains(item) == true { close(key) }
            open[key, default: Open(reads: [], attrs: [], writes: [])].reads.append(i)
            open[key]?.attrs.insert(item)
        }
        for key in open.keys.sorted() { close(key) }
        return found.sorted { $0.reads[0] < $1.reads[0] }
    }

    /// Whether the state model shows the sweep as said: its reads one thread's reads of distinct items of `object`,
    /// each write another process's write of an item of it between the first and last read, and at each write the
    /// Array's lock held by no thread of the reading process (each `arr[i]` had let it go).
    static func holdsTornSweep(_ sweep: TornSweep, in replayer: StateReplayer) -> Bool {
        let events = replayer.timeline.events
        guard sweep.reads.count >= 2, !sweep.writes.isEmpty,
              (sweep.reads + sweep.writes).allSatisfy({ events.indices.contains($0) }) else { return false }
        let first = events[sweep.reads[0]], last = sweep.reads[sweep.reads.count - 1]
        let items = sweep.reads.map { events[$0].attr }
        guard Set(items).count == items.count, sweep.reads.allSatisfy({ r in
            events[r].is(.sharedRead) && events[r].object == sweep.object && events[r].pid == first.pid
                && events[r].thread == first.thread && itemIndex(events[r].attr) != nil
        }) else { return false }
        let reader = first.process
        return sweep.writes.allSatisfy { w in
            let write = events[w]
            guard write.is(.sharedWrite), write.object == sweep.object, write.pid != first.pid, w > sweep.reads[0], w < last else { return false }
            let state = replayer.state(after: w)
            guard let lock = state.shared.first(where: { $0.label == sweep.object })?.lock,
                  let held = state.locks.first(where: { $0.label == lock }) else { return false }
            return !held.holders.contains { $0.who == reader || $0.who.hasPrefix(reader + "/") }
        }
    }

    /// "[3]" → "3"; nil for a slice, a field or `.value`.
    static func itemIndex(_ attr: String?) -> String? {
        guard let attr, attr.hasPrefix("["), attr.hasSuffix("]") else { return nil }
        let inner = attr.dropFirst().dropLast()
        return !inner.isEmpty && inner.allSatisfy(\.isNumber) ? String(inner) : nil
    }
}
