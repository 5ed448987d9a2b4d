import TutorCore

extension RunState {
    /// True when event `e` may change `watched`: called for every event only while the run has a Condition or a
    /// Manager list or dict, else for their creations alone.
    static func mayChangeWatched(_ e: TraceEvent, _ watched: WatchedObjects) -> Bool {
        !watched.isEmpty || e.is(.conditionCreate) || e.is(.managerMade)
    }

    /// Advances `watched` over event `index` (gaps 38B).
    mutating func applyWatched(_ index: Int, of timeline: Timeline) {
        let e = timeline.events[index]
        let who = e.thread == "MainThread" ? e.process : "\(e.process)/\(e.threadRole)"
        switch e.known {
        case .conditionCreate:
            guard let label = e.object, !watched.conditions.contains(where: { $0.label == label }) else { return }
            let key = e.string(EventField.lock)
            let lock = key.flatMap { key in
                timeline.indices(of: .lockCreate).last { $0 < index && timeline.events[$0].string(EventField.key) == key }
                    .flatMap { timeline.events[$0].object }
            }
            watched.conditions.append(.init(label: label, lock: lock))
        case .conditionWait:
            guard let c = watched.conditions.firstIndex(where: { $0.label == e.object }) else { return }
            watched.conditions[c].waiters.append(.init(who: who, pid: e.pid, thread: e.thread, since: e.t))
        case .conditionWake:
            guard let c = watched.conditions.firstIndex(where: { $0.label == e.object }) else { return }
            watched.conditions[c].waiters.removeAll { $0.pid == e.pid && $0.thread == e.thread }
        case .conditionNotify:
            guard let c = watched.conditions.firstIndex(where: { $0.label == e.object }) else { return }
            let all = e.bool(EventField.all) == true
            let count = e.int(EventField.count)
            let call = all ? "notify_all()" : "notify(\(count.map(String.init) ?? ""))"
            watched.conditions[c].lastNotify = (who, e.t, call, e.int(EventField.waiting))
            // which waiter a notify(n) wakes is the semaphore's choice: marked only when every waiter is woken
            if all || (count ?? 1) >= Int64(watched.conditions[c].waiters.count) {
                for w in watched.conditions[c].waiters.indices where watched.conditions[c].waiters[w].notifiedAt == nil {
                    watched.conditions[c].waiters[w].notifiedAt = e.t
                }
            }
        case .processExit:
            for c in watched.conditions.indices { watched.conditions[c].waiters.removeAll { $0.pid == e.pid } }
        case .managerMade:
            guard let label = e.object, let type = e.string(EventField.objectType), ["list", "dict"].contains(type),
                  !watched.proxied.contains(where: { $0.label == label }) else { return }
            watched.proxied.append(.init(label: label, type: type))
        case .managerCall:
            guard let p = watched.proxied.firstIndex(where: { $0.label == e.object }) else { return }
            let method = e.string(EventField.method) ?? "?"
            let result = e.ok == true ? e.string(EventField.result) : nil
            if method == "__len__", let n = result.flatMap({ Int64($0) }) { watched.proxied[p].length = (n, who, e.t) }
            watched.proxied[p].calls.append(.init(who: who, method: method, args: e.string(EventField.args) ?? "",
                                                  result: result, error: e.ok == false ? e.string(EventField.error) ?? "?" : nil))
            if watched.proxied[p].calls.count > WatchedObjects.callsKept { watched.proxied[p].calls.removeFirst() }
        default:
            return
        }
    }
}
