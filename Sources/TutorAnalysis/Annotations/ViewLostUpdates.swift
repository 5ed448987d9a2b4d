import TutorCore

/// Lost updates to one field of shared memory accessed through views (`cells[0].hits += 1`, `best.pos.n += 2`), proved
/// by arithmetic that needs no order of the accesses across processes (a view takes no lock, so the recorded order of
/// two processes' accesses is not certainly the order the memory saw).
///
/// It holds when every write to the place is its writer's read of the place plus one and the same step `delta`
/// (a read-modify-write: the thread's access before each write is a read), the writes come from two processes or
/// more, and a process reads the place after it saw every writer end (`process.reaped` or `process.join`), then
/// finding less than every update would give. The values then only move by `delta`, so the first write the memory
/// saw read the place's first value: the least value any write's read saw (the greatest, when `delta` < 0).
public struct ViewLostUpdates: Sendable, Equatable {
    public var slot: String
    public var place: String
    public var writes: Int
    public var delta: Double
    public var initial: Double
    public var final: Double
    /// The read after every writer ended.
    public var finalStep: Int
    public var writers: [String]

    /// How many updates the final value holds, and how many were lost.
    public var landed: Int { Int(((final - initial) / delta).rounded()) }
    public var lost: Int { writes - landed }

    /// At most one per place, in the order of the final reads.
    public static func all(in timeline: Timeline) -> [ViewLostUpdates] {
        let events = timeline.events
        var viewSlots: [String: String] = [:]     // slot → place, for places some access reached through a view
        // A ShareableList's items (`list`, round 6) take no lock either: the same arithmetic proves their lost updates.
        for at in events.indices(of: .sharedRead, .sharedWrite) where events[at].bool(EventField.view) == true || events[at].bool(EventField.list) == true {
            let e = events[at]
            if let (slot, place) = key(e) { viewSlots[slot] = place }
        }
        return viewSlots.compactMap { slot, place in figures(slot: slot, place: place, in: events) }.sorted { $0.finalStep < $1.finalStep }
    }

    /// The figures of one place, or nil when the record does not prove lost updates there.
    static func figures(slot: String, place: String, in events: [TraceEvent]) -> ViewLostUpdates? {
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
        guard let finalStep, writers.count >= 2, deltas.count == 1, let delta = deltas.first, delta != 0,
              let initial = delta > 0 ? reads.min() : reads.max(),
              let final = events[finalStep].string(EventField.value).flatMap(Double.init) else { return nil }
        let steps = (final - initial) / delta
        guard abs(steps - steps.rounded()) < 1e-6, steps.rounded() >= 0, Int(steps.rounded()) < writes else { return nil }
        return ViewLostUpdates(slot: slot, place: place, writes: writes, delta: delta, initial: initial, final: final,
                               finalStep: finalStep, writers: writers.values.sorted())
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

    /// A number as the program would print it: `12` for 12.0.
    static func text(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v) }
}
