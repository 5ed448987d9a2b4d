import TutorCore

/// A read-modify-write race through a Manager proxy that the recorded values prove: A and B read the same value of
/// one item (a dict's or list's item, a Namespace attribute, a Value) and each then wrote a different value without
/// reading again, so one write replaced the other unseen.
///
/// A proxy call runs in the manager's server at some moment between the call's start (`t - waited_ns`) and its
/// `manager.call` event. Both reads ran before both writes: a read that ran after the other's write (which wrote
/// something else) would have seen the old value again only if a third write put it back in between, so after the
/// earlier write's start and before the later read's end; no other write of that value may overlap that stretch. (The
/// write that first put the old value there may overlap the reads: both saw its value, so both ran after it.) Which
/// write ran second is stated only when the stretches prove it (`ordered`: A's write ended before B's began).
public struct ProxyRace: Sendable, Equatable {
    /// Event indices: A's read, B's read, A's write, B's write.
    public var readA: Int, readB: Int, writeA: Int, writeB: Int

    /// Every such race in the run, in the order of B's write.
    ///
    /// A's write is looked for among every other thread's writes after B's read whose own read saw the value B read,
    /// not only each thread's latest: a process that stalled between its read and its write while another made many
    /// updates (one stale write wiping them all) races with the other's first write after the read, not its last.
    public static func all(in timeline: Timeline) -> [ProxyRace] {
        let events = timeline.events
        var lastRead: [String: [String: Int]] = [:]        // slot → thread → its last access, when a read
        var writesAfterReading: [String: [(write: Int, read: Int, thread: String)]] = [:]   // slot + value read → writes
        var races: [ProxyRace] = []
        var writesOfValue: [String: [Int]] = [:]            // slot + value written → every such write, for `holds`
        for i in timeline.indices(of: .managerCall) {
            if let access = Access(events[i]), !access.isRead { writesOfValue[access.slot + "\u{0}" + access.value, default: []].append(i) }
        }
        for i in timeline.indices(of: .managerCall) {
            guard let access = Access(events[i]) else { continue }
            let e = events[i]
            let me = "\(e.pid) \(e.thread)"
            if access.isRead {
                lastRead[access.slot, default: [:]][me] = i
                continue
            }
            guard let mine = lastRead[access.slot]?.removeValue(forKey: me), let read = Access(events[mine]) else { continue }
            let key = access.slot + "\u{0}" + read.value
            // latest first, and only writes after my read: the scan stops at the first write before it
            for theirs in (writesAfterReading[key] ?? []).reversed() {
                guard theirs.write > mine else { break }
                guard theirs.thread != me else { continue }
                let race = ProxyRace(readA: theirs.read, readB: mine, writeA: theirs.write, writeB: i)
                if race.holds(in: events, otherWrites: writesOfValue[key] ?? []) { races.append(race); break }
            }
            writesAfterReading[key, default: []].append((i, mine, me))
        }
        return races
    }

    /// True when the recorded events prove the race (see the type's comment).
    public func holds(in events: [TraceEvent]) -> Bool { holds(in: events, otherWrites: events.indices) }

    /// `holds(in:)`, looking for a write that put the old value back only among `otherWrites` (which must hold every
    /// write of that value to the item): `all(in:)` passes its index of writes by value, to stay linear.
    func holds<Writes: Sequence<Int>>(in events: [TraceEvent], otherWrites: Writes) -> Bool {
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
        // Where a write putting the old value back could have run between one's write and the other's read.
        let from = min(Self.start(events[writeA]), Self.start(events[writeB])), to = max(Self.end(events[readA]), Self.end(events[readB]))
        guard from < to else { return true }
        return !otherWrites.contains { x in
            guard x != writeA, x != writeB, let other = Access(events[x]), !other.isRead, other.slot == wb.slot,
                  other.value == rb.value else { return false }
            return Self.end(events[x]) > from && Self.start(events[x]) < to
        }
    }

    /// True when the record shows which write ran second: A's write ended before B's began.
    public func ordered(in events: [TraceEvent]) -> Bool { events[writeA].t < Self.start(events[writeB]) }

    /// When the call was sent: its stamp minus its round trip, or its stamp for a call stamped when sent (`asked`).
    static func start(_ e: TraceEvent) -> Int64 { e.bool(EventField.asked) == true ? e.t : e.t - max(0, e.waitedNs ?? 0) }

    /// When the call's answer came back: its stamp, or its stamp plus its round trip for a call stamped when sent.
    static func end(_ e: TraceEvent) -> Int64 { e.bool(EventField.asked) == true ? e.t + max(0, e.waitedNs ?? 0) : e.t }

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
            // setdefault() returns what the item holds once it ran (gaps 17B): a read of that value, and a set after it
            // that wrote back a value made from it is a read-modify-write (its test and insert are one call: no race)
            case "__getitem__", "get", "setdefault":
                (slot, place, isRead, value) = (object + " " + key, "\(object)[\(key)]", true, e.result ?? "?")
            case "__setitem__" where parts.count == 2: (slot, place, isRead, value) = (object + " " + key, "\(object)[\(key)]", false, parts[1])
            case "__getattribute__": (slot, place, isRead, value) = (object + " " + key, "\(object).\(key)", true, e.result ?? "?")
            case "__setattr__" where parts.count == 2: (slot, place, isRead, value) = (object + " " + key, "\(object).\(key)", false, parts[1])
            default: return nil
            }
        }
    }
}
