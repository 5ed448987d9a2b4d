import TutorCore

/// A value read through a Manager proxy that came back as a plain list, dict or set: a copy of the server's value. The
/// tracer saw the program's next step call a method that changes it in place (`d["k"].append(x)`, `copy_method`), so
/// the change stays in the copy and the Manager's object does not change. `later` is the first read of the same item by
/// another process after it and before anything may have written that item again (a `d[k] = …`, or a call on the object
/// that is not a read), if the record has one: what the item held while only the copy had changed. A read after another
/// write would show that write, not the copy's fate (r11_manager_dict_of_lists: "Later MainProcess read dict#1['a']:
/// [0, 1, 2]", the list a later process stored back).
struct ProxyCopy: Sendable, Equatable {
    var step: Int
    var later: Int?

    /// One per item (a Namespace's attribute, a dict's key), the first read whose copy was changed, in the order of the
    /// reads: the same mistake on another item is said again, not the same one by each process (gaps 15A).
    static func all(in events: [TraceEvent]) -> [ProxyCopy] {
        var seen: Set<String> = []
        var found: [ProxyCopy] = []
        for i in events.indices(of: .managerCall) {
            let e = events[i]
            guard let method = e.string(EventField.copyMethod), let access = ProxyRace.Access(e), access.isRead,
                  !method.isEmpty, seen.insert(access.slot).inserted else { continue }
            found.append(ProxyCopy(step: i, later: laterRead(of: access, after: i, in: events)))
        }
        return found
    }

    func holds(in events: [TraceEvent]) -> Bool {
        guard events.indices.contains(step), events[step].string(EventField.copyMethod) != nil,
              let read = ProxyRace.Access(events[step]), read.isRead,
              read.value.hasPrefix("[") || read.value.hasPrefix("{") || read.value.hasPrefix("set(") else { return false }
        guard let later else { return true }
        guard events.indices.contains(later), later > step else { return false }
        return Self.laterRead(of: read, after: step, in: events, upTo: later) == later
    }
}

private extension ProxyCopy {
    /// Methods of a dict, list or Namespace proxy that change nothing on the server.
    static let readOnly: Set<String> = ["keys", "values", "items", "get", "__getitem__", "__len__", "__contains__", "copy",
                                        "__repr__", "__str__", "__getattribute__", "index", "count", "__iter__"]

    /// The first read of `access`'s item by another process after `step` (not after `limit`, when given), before any
    /// call on the same object that may write it: a write of that item, or a call that is not a read.
    static func laterRead(of access: ProxyRace.Access, after step: Int, in events: [TraceEvent], upTo limit: Int? = nil) -> Int? {
        guard let object = events[step].object else { return nil }
        let copier = events[step].pid
        for j in events.indices(of: .managerCall) where j > step {
            if let limit, j > limit { break }
            let e = events[j]
            guard e.object == object else { continue }
            if let other = ProxyRace.Access(e) {
                if other.slot == access.slot {
                    guard other.isRead else { return nil }
                    if e.pid != copier { return j }
                } else if !other.isRead, other.slot.hasSuffix(" ") { return nil }
                continue
            }
            if let method = e.method, readOnly.contains(method) { continue }
            return nil
        }
        return nil
    }
}
