import TutorCore

/// A read-modify-write race through a Manager proxy that the recorded values prove: A and B read the same value of
/// one item (a dict's or list's item, a Namespace attribute, a Value) and each then wrote a different value without
/// reading again, so one write replaced the other unseen.
///
/// A proxy call runs in the manager's server at some moment between the call's start (`t - waited_ns`) and its
/// `manager.call` event. Both reads ran before both writes: a read that ran after the other's write (which wrote
/// something else) would have seen the old value again only if a third write put it back, and no other write of that
/// value overlaps the stretch from the first of the four calls to the end of the later read. Which write ran second is
/// stated only when the stretches prove it (`ordered`: A's write ended before B's began).
public struct ProxyRace: Sendable, Equatable {
    /// Event indices: A's read, B's read, A's write, B's write.
    public var readA: Int, readB: Int, writeA: Int, writeB: Int

    /// Every such race in the run, in the order of B's write.
    public static func all(in timeline: Timeline) -> [ProxyRace] {
        let events = timeline.events
        var lastRead: [String: [String: Int]] = [:]        // slot → thread → its last access, when a read
        var lastWrite: [String: [String: (index: Int, read: Int?)]] = [:]
        var races: [ProxyRace] = []
        for i in timeline.indices(of: .managerCall) {
            guard let access = Access(events[i]) else { continue }
            let e = events[i]
            let me = "\(e.pid) \(e.thread)"
            if access.isRead {
                lastRead[access.slot, default: [:]][me] = i
                continue
            }
            let mine = lastRead[access.slot]?[me]
            lastRead[access.slot]?[me] = nil
            defer { lastWrite[access.slot, default: [:]][me] = (i, mine) }
            guard let mine else { continue }
            let candidates = (lastWrite[access.slot] ?? [:]).filter { $0.key != me && $0.value.index > mine }.values
            for theirs in candidates.sorted(by: { $0.index > $1.index }) {
                guard let readA = theirs.read else { continue }
                let race = ProxyRace(readA: readA, readB: mine, writeA: theirs.index, writeB: i)
                if race.holds(in: events) { races.append(race); break }
            }
        }
        return races
    }

    /// True when the recorded events prove the race (see the type's comment).
    public func holds(in events: [TraceEvent]) -> Bool {
        let indices = [readA, readB, writeA, writeB]
        guard indices.allSatisfy(events.indices.contains),
              let ra = Access(events[readA]), let rb = Access(events[readB]), let wa = Access(events[writeA]), let wb = Access(events[writeB]),
              ra.isRead, rb.isRead, !wa.isRead, !wb.isRead,
              Set([ra.slot, rb.slot, wa.slot, wb.slot]).count == 1,
              ra.value == rb.value, wa.value != rb.value, wb.value != ra.value,
              events[readA].pid == events[writeA].pid, events[readA].thread == events[writeA].thread,
              events[readB].pid == events[writeB].pid, events[readB].thread == events[writeB].thread,
              !(events[readA].pid == events[readB].pid && events[readA].thread == events[readB].thread),
              readA < writeA, readB < writeB else { return false }
        let from = indices.map { Self.start(events[$0]) }.min() ?? 0, to = max(events[readA].t, events[readB].t)
        return !events.indices.contains { x in
            guard x != writeA, x != writeB, let other = Access(events[x]), !other.isRead, other.slot == wb.slot,
                  other.value == rb.value else { return false }
            return events[x].t >= from && Self.start(events[x]) <= to
        }
    }

    /// True when the record shows which write ran second: A's write ended before B's began.
    public func ordered(in events: [TraceEvent]) -> Bool { events[writeA].t < Self.start(events[writeB]) }

    /// When the call was sent: its stamp minus its round trip, or its stamp for a call stamped when sent (`asked`).
    static func start(_ e: TraceEvent) -> Int64 { e.bool(EventField.asked) == true ? e.t : e.t - max(0, e.waitedNs ?? 0) }

    /// One read or write of a value through a proxy: from the tracer's `access`, `key` and `value`, or, in an
    /// older transcript, from the method and the recorded arguments of a dict's or Namespace's item.
    struct Access {
        var slot: String, place: String, isRead: Bool, value: String

        init?(_ e: TraceEvent) {
            guard e.is(.managerCall), let object = e.object, e.ok != false else { return nil }
            if let access = e.string(EventField.access) {
                let key = e.string(EventField.key)
                guard let value = e.string(EventField.value) else { return nil }
                isRead = access == "read"
                slot = object + " " + (key ?? "")
                place = key.map { e.objectType == "Namespace" ? "\(object).\($0.trimmingCharacters(in: ["'"]))" : "\(object)[\($0)]" }
                    ?? "\(object).value"
                self.value = value
                return
            }
            guard let method = e.method, let args = e.args else { return nil }
            let parts = CallArguments.inner(args).split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let key = parts.first, !key.isEmpty, !args.hasSuffix("...") else { return nil }
            switch method {
            case "__getitem__", "get": (slot, place, isRead, value) = (object + " " + key, "\(object)[\(key)]", true, e.result ?? "?")
            case "__setitem__" where parts.count == 2: (slot, place, isRead, value) = (object + " " + key, "\(object)[\(key)]", false, parts[1])
            case "__getattribute__": (slot, place, isRead, value) = (object + " " + key, "\(object).\(key)", true, e.result ?? "?")
            case "__setattr__" where parts.count == 2: (slot, place, isRead, value) = (object + " " + key, "\(object).\(key)", false, parts[1])
            default: return nil
            }
        }
    }
}
