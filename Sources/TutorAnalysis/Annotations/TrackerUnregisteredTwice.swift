import TutorCore

/// The resource tracker's `KeyError: '<name>'` on its stderr, with what the record shows it was told (round 32P). Its
/// `main` keeps one set of names per type (`cache[rtype].add(name)` / `.remove(name)`, CPython 3.8–3.13's
/// resource_tracker.py): a name registered by any number of processes is held once, so when the record's last two
/// calls of that name before the error are both `tracker.unregister` (no register between them), the second found
/// nothing to remove. The tracker prints the traceback (`sys.excepthook`) and reads on; 3.13's tracker also ends with
/// exit status 3 for it.
public struct TrackerUnregisteredTwice: Sendable, Equatable {
    /// The name as registered (`/psm_…`, `/mp-…`).
    public var name: String
    /// `semaphore` or `shared_memory`.
    public var rtype: String
    /// The tracker's stderr row `KeyError: '<name>'`.
    public var error: Int
    /// The `tracker.register` rows of the name before the first unregister (since any unregister before it).
    public var registered: [Int]
    /// The two unregister rows, in the record's order.
    public var first: Int
    public var second: Int

    /// One per KeyError row of the tracker whose name the record shows unregistered twice with no register between.
    public static func all(in timeline: Timeline) -> [TrackerUnregisteredTwice] {
        let events = timeline.events
        var found: [TrackerUnregisteredTwice] = []
        for i in timeline.indices(of: .print) {
            let e = events[i]
            guard e.string(EventField.stream) == "stderr", let text = e.text, let name = keyErrorName(text),
                  timeline.process(pid: e.pid)?.role == "resource_tracker" else { continue }
            let calls = timeline.indices(of: .trackerRegister, .trackerUnregister).filter { $0 < i && events[$0].name == name }
            guard calls.count >= 2, let second = calls.last, let first = calls.dropLast().last,
                  events[first].is(.trackerUnregister), events[second].is(.trackerUnregister),
                  let rtype = events[second].string(EventField.rtype), TrackerLeak.rtypes.contains(rtype),
                  events[first].string(EventField.rtype) == rtype else { continue }
            let before = calls.prefix { $0 < first }
            let sinceLast = before.lastIndex { events[$0].is(.trackerUnregister) }.map { before[($0 + 1)...] } ?? before[...]
            found.append(TrackerUnregisteredTwice(name: name, rtype: rtype, error: i, registered: Array(sinceLast.prefix(8)),
                                                  first: first, second: second))
        }
        return found
    }

    /// Whether the record still shows this (the checker asks again).
    public func holds(in timeline: Timeline) -> Bool {
        Self.all(in: timeline).contains(self)
    }

    /// `KeyError: '/psm_ab12'` → `/psm_ab12`; nil for any other line.
    static func keyErrorName(_ text: String) -> String? {
        let head = "KeyError: '"
        guard text.hasPrefix(head), text.hasSuffix("'"), text.count > head.count + 1 else { return nil }
        let name = String(text.dropFirst(head.count).dropLast())
        return name.hasPrefix("/") && !name.contains("'") && name.count <= 256 ? name : nil
    }
}
