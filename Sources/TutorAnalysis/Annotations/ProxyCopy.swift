import TutorCore

/// A value read through a Manager proxy that came back as a plain list, dict or set: a copy of the server's value. The
/// tracer saw the program's next step call a method that changes it in place (`d["k"].append(x)`, `copy_method`), so
/// the change stays in the copy and the Manager's object does not change. `later` is the last read of the same item
/// after it, if the record has one: what the item held then.
struct ProxyCopy: Sendable, Equatable {
    var step: Int
    var later: Int?

    /// One per process, item and method, in the order of the reads.
    static func all(in events: [TraceEvent]) -> [ProxyCopy] {
        var seen: Set<String> = []
        var found: [ProxyCopy] = []
        for i in events.indices(of: .managerCall) {
            let e = events[i]
            guard let method = e.string(EventField.copyMethod), let access = ProxyRace.Access(e), access.isRead,
                  seen.insert("\(e.pid) \(access.slot) \(method)").inserted else { continue }
            let later = events.indices.last { $0 > i && ProxyRace.Access(events[$0]).map { $0.isRead && $0.slot == access.slot } == true }
            found.append(ProxyCopy(step: i, later: later))
        }
        return found
    }

    func holds(in events: [TraceEvent]) -> Bool {
        guard events.indices.contains(step), events[step].string(EventField.copyMethod) != nil,
              let read = ProxyRace.Access(events[step]), read.isRead,
              read.value.hasPrefix("[") || read.value.hasPrefix("{") || read.value.hasPrefix("set(") else { return false }
        guard let later else { return true }
        guard events.indices.contains(later), later > step, let again = ProxyRace.Access(events[later]) else { return false }
        return again.isRead && again.slot == read.slot
    }
}
