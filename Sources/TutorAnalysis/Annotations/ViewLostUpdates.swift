import TutorCore

/// Finds the lost updates (`LostUpdateFigures`) to one field of shared memory accessed through views
/// (`cells[0].hits += 1`, `best.pos.n += 2`), proved by arithmetic that needs no order of the accesses across processes
/// (a view takes no lock, so the recorded order of two processes' accesses is not certainly the order the memory saw).
///
/// It holds when every write to the place is its writer's read of the place plus one and the same step `delta`
/// (a read-modify-write: the thread's access before each write is a read), the writes come from two processes or
/// more, and a process reads the place after it saw every writer end (`process.reaped` or `process.join`), then
/// finding less than every update would give. The values then only move by `delta`, so the first write the memory
/// saw read the place's first value: the least value any write's read saw (the greatest, when `delta` < 0).
public enum ViewLostUpdates {
    /// At most one per place, in the order of the final reads.
    public static func all(in timeline: Timeline) -> [LostUpdateFigures] {
        let events = timeline.events
        var viewSlots: [String: String] = [:]     // slot → place, for places some access reached through a view
        // A ShareableList's items (`list`, round 6) take no lock either: the same arithmetic proves their lost updates.
        for at in timeline.indices(of: .sharedRead, .sharedWrite) where events[at].bool(EventField.view) == true || events[at].bool(EventField.list) == true {
            let e = events[at]
            if let (slot, place) = key(e) { viewSlots[slot] = place }
        }
        return viewSlots.compactMap { slot, place in figures(slot: slot, place: place, in: events) }.sorted { $0.finalStep < $1.finalStep }
    }

    /// The figures of one place, or nil when the record does not prove lost updates there.
    static func figures(slot: String, place: String, in events: [TraceEvent]) -> LostUpdateFigures? {
        var lastRead: [String: Double] = [:]       // thread → the value it read, until it writes
        var reads: [Double] = [], deltas: Set<Double> = [], writers: [Int32: String] = [:], writes = 0
        var finalStep: Int?
        for i in events.indices(of: .sharedRead, .sharedWrite) {
            let e = events[i]
            guard let (s, _) = key(e), s == slot else { continue }
            guard let value = e.string(EventField.value).flatMap(Double.init) else { return nil }
            let me = "\(e.pid) \(e.thread)"
            if e.is(.sharedRead) {
                lastRead[me] = value
                if !writers.isEmpty, writers[e.pid] == nil, sawEnd(of: Array(writers.keys), by: e.pid, before: i, in: events) { finalStep = i }
                continue
            }
            guard let read = lastRead.removeValue(forKey: me) else { return nil }    // a write that read nothing first
            reads.append(read)
            deltas.insert(value - read)
            writers[e.pid] = e.process
            writes += 1
            finalStep = nil                 // a read counts as final only after every write
        }
        return LostUpdateFigures.proved(slot: slot, place: place, reads: reads, deltas: deltas, writes: writes,
                                        writerCount: writers.count, writers: writers.values.sorted(), finalStep: finalStep,
                                        final: finalStep.flatMap { events[$0].string(EventField.value).flatMap(Double.init) })
    }

    static func key(_ e: TraceEvent) -> (String, String)? {
        guard let object = e.object else { return nil }
        let attr = e.attr ?? "value"
        return (object + " " + attr, object + (attr.hasPrefix("[") ? attr : "." + attr))
    }

    /// The reader saw each of these processes end before `step` (its own `process.reaped`, or a `process.join` that did not time out).
    static func sawEnd(of pids: [Int32], by reader: Int32, before step: Int, in events: [TraceEvent]) -> Bool {
        pids.allSatisfy { pid in
            events[..<step].contains { $0.pid == reader && $0.childPid == pid
                && ($0.is(.processReaped) || ($0.is(.processJoin) && $0.bool(EventField.timedOut) != true)) }
        }
    }
}
