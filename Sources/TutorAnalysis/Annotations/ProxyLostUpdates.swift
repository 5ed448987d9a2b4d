import TutorCore

/// Finds the whole figure (`LostUpdateFigures`) of lost updates to one item through Manager proxies
/// (`d[k] = d.get(k, 0) + 1` by several processes), proved by arithmetic as `ViewLostUpdates` proves it for views, so
/// that the note need not give only the floor the order-based `ProxyRace` proves.
///
/// It holds when every write to the item is its writer thread's read of it just before plus one same step `delta`,
/// the writes come from two threads or more, no other call changes the object (only the reads and writes below, and
/// calls that change nothing), and a read was sent after every write's answer had come back (the server ran each
/// write before answering it, so that read saw them all). The values then move only by `delta` from the item's first
/// value, which the first write the server ran had read: the least value any write's read saw (the greatest when
/// `delta` < 0). Writes that landed: (final − initial) / delta; lost: the rest. Writes before any read (setting the
/// first value) are allowed when every later call of the item was sent after their answer came back.
public enum ProxyLostUpdates {
    /// Calls on a proxied dict, list, Namespace or Value that change nothing (anything else on the object: no proof).
    static let unchanging: Set<String> = ["__getitem__", "get", "__getattribute__", "keys", "values", "items", "copy", "__len__",
                                          "__contains__", "__str__", "__repr__", "count", "index", "_getvalue", "#GETVALUE"]

    /// The figures of one item, or nil when the record does not prove lost updates there.
    public static func figures(slot: String, in events: [TraceEvent]) -> LostUpdateFigures? {
        var lastRead: [String: Double] = [:]        // thread → the value it read, until it writes
        var reads: [Double] = [], deltas: Set<Double> = [], writers: [String: String] = [:], writes = 0
        var place = "", lastWriteT = Int64.min, setUpT = Int64.min
        var finalStep: Int?
        let object = slot.split(separator: " ", maxSplits: 1).first.map(String.init) ?? slot
        for i in events.indices(of: .managerCall) {
            let e = events[i]
            guard e.object == object else { continue }
            guard let access = ProxyRace.Access(e) else {
                // a failed call changed nothing; any other call might have (update, pop, clear, …)
                if e.ok == false || unchanging.contains(e.method ?? "") { continue }
                return nil
            }
            guard access.slot == slot else { continue }
            guard let value = Double(access.value) else { return nil }
            let me = "\(e.pid) \(e.thread)"
            // A first value set before anything read the item (`d["n"] = 0`): every later call must have been sent
            // after its answer came back, so that no read or write can have come before it in the server.
            guard ProxyRace.start(e) > setUpT else { return nil }
            if !access.isRead, reads.isEmpty, lastRead.isEmpty {
                setUpT = e.t
                continue
            }
            if access.isRead {
                lastRead[me] = value
                if writes > 0, ProxyRace.start(e) > lastWriteT { finalStep = finalStep ?? i }
                continue
            }
            guard let read = lastRead.removeValue(forKey: me) else { return nil }    // a write that read nothing first
            reads.append(read)
            deltas.insert(value - read)
            writers[me] = Self.name(e)
            writes += 1
            lastWriteT = max(lastWriteT, e.t)
            place = access.place
            finalStep = nil                 // a read counts as final only after every write
        }
        return LostUpdateFigures.proved(slot: slot, place: place, reads: reads, deltas: deltas, writes: writes,
                                        writerCount: writers.count, writers: Array(Set(writers.values)).sorted(), finalStep: finalStep,
                                        final: finalStep.flatMap { ProxyRace.Access(events[$0]).flatMap { Double($0.value) } })
    }

    private static func name(_ e: TraceEvent) -> String { e.thread == "MainThread" ? e.process : "\(e.process) · \(e.thread)" }
}
