import TutorCore

/// A read-modify-write race through a Manager proxy that the recorded values prove: A and B read the same value of
/// one item (a dict's or list's item, a Namespace attribute, a Value), A wrote a different value, then B wrote without
/// reading again, so A's write was replaced unseen.
///
/// A proxy call runs in the manager's server at some moment between the call's start (`t - waited_ns`) and its
/// `manager.call` event, so the order is asserted only where those stretches prove it: A's write ended before B's
/// write began, and no other write of the item ran anywhere near (B's read of the old value then came before A's
/// write, since A wrote something else).
public struct ProxyRace: Sendable, Equatable {
    /// Event indices: A's read, B's read, A's write, B's write.
    public var readA: Int, readB: Int, writeA: Int, writeB: Int

    /// Every such race in the run, in the order of B's write.
    public static func all(in timeline: Timeline) -> [ProxyRace] {
        let events = timeline.events
        var lastRead: [String: [String: Int]] = [:]        // slot → thread → its last access, when a read
        var lastWrite: [String: [String: (index: Int, read: Int?)]] = [:]
        var races: [ProxyRace] = []
        for (i, e) in events.enumerated() {
            guard let access = Access(e) else { continue }
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
              ra.value == rb.value, wa.value != rb.value,
              events[readA].pid == events[writeA].pid, events[readA].thread == events[writeA].thread,
              events[readB].pid == events[writeB].pid, events[readB].thread == events[writeB].thread,
              !(events[readA].pid == events[readB].pid && events[readA].thread == events[readB].thread),
              readA < writeA, readB < writeB, events[writeA].t < Self.start(events[writeB]) else { return false }
        let from = min(Self.start(events[writeA]), Self.start(events[readB])), to = Self.start(events[writeB])
        return !events.indices.contains { x in
            guard x != writeA, x != writeB, let other = Access(events[x]), !other.isRead, other.slot == wb.slot else { return false }
            return events[x].t >= from && Self.start(events[x]) <= to
        }
    }

    static func start(_ e: TraceEvent) -> Int64 { e.t - max(0, e.int("waited_ns") ?? 0) }

    /// One read or write of a value through a proxy: from the tracer's `access`, `key` and `value`, or, in an
    /// older transcript, from the method and the recorded arguments of a dict's or Namespace's item.
    struct Access {
        var slot: String, place: String, isRead: Bool, value: String

        init?(_ e: TraceEvent) {
            guard e.kind == EventKind.managerCall, let object = e.object, e.bool("ok") != false else { return nil }
            if let access = e.string("access") {
                let key = e.string("key")
                guard let value = e.string("value") else { return nil }
                isRead = access == "read"
                slot = object + " " + (key ?? "")
                place = key.map { e.string("type") == "Namespace" ? "\(object).\($0.trimmingCharacters(in: ["'"]))" : "\(object)[\($0)]" }
                    ?? "\(object).value"
                self.value = value
                return
            }
            guard let method = e.string("method"), let args = e.string("args") else { return nil }
            let parts = CallArguments.inner(args).split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let key = parts.first, !key.isEmpty, !args.hasSuffix("...") else { return nil }
            switch method {
            case "__getitem__", "get": (slot, place, isRead, value) = (object + " " + key, "\(object)[\(key)]", true, e.string("result") ?? "?")
            case "__setitem__" where parts.count == 2: (slot, place, isRead, value) = (object + " " + key, "\(object)[\(key)]", false, parts[1])
            case "__getattribute__": (slot, place, isRead, value) = (object + " " + key, "\(object).\(key)", true, e.string("result") ?? "?")
            case "__setattr__" where parts.count == 2: (slot, place, isRead, value) = (object + " " + key, "\(object).\(key)", false, parts[1])
            default: return nil
            }
        }
    }
}
